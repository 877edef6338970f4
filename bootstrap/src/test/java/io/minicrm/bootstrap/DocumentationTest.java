package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * README's configuration table, every relative link of the documentation, and every Java snippet and dependency of the
 * documentation, held to the repository as it is.
 */
class DocumentationTest {

    // Tests run in the module's directory; the repository is its parent.
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path README = ROOT.resolve("README.md");

    private static final Pattern VARIABLE =
            Pattern.compile("\\b(CRM_[A-Z0-9_]+|PORT|GOOGLE_CLIENT_ID|GOOGLE_CLIENT_SECRET)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(CRM_[A-Z0-9_]+|PORT)[:}]");
    // Google's two keep the original system's names; every other variable is CRM_….
    private static final Pattern CRM_VARIABLE =
            Pattern.compile("\\b(CRM_[A-Z0-9_]+|GOOGLE_CLIENT_ID|GOOGLE_CLIENT_SECRET)\\b");
    private static final Pattern LINK =
            Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("<!-- include: ([^#\\s]+)(?:#(\\S+))? -->");
    private static final Pattern DEPENDENCY_VERSION = Pattern.compile(
            "<groupId>io\\.minicrm</groupId>\\s*<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>");
    /** The example application built against the published artifacts, and where the build compiles its twins. */
    private static final Path EXAMPLE_APPLICATION =
            ROOT.resolve("crm-application/contract-kit/src/it/embedding-app/src");

    private static final List<Path> EXAMPLE_TWINS = List.of(
            ROOT.resolve("crm-application/src/test/java/com/example/shop"),
            ROOT.resolve("crm-application/contract-kit/src/test/java/com/example/shop"));

    @Test
    void every_variable_the_code_reads_is_in_the_readme_configuration_table() {
        assertThat(documentedVariables()).containsAll(variablesTheCodeReads());
    }

    @Test
    void every_variable_in_the_readme_configuration_table_is_read_by_the_code() {
        assertThat(variablesTheCodeReads()).containsAll(documentedVariables());
    }

    @Test
    void every_relative_link_in_the_documentation_leads_to_a_file_or_heading_that_exists() {
        List<String> broken = new ArrayList<>();
        for (Path page : markdownPages()) {
            for (String target : links(read(page))) {
                problemWith(page, target)
                        .ifPresent(problem -> broken.add(ROOT.relativize(page) + ": " + target + " " + problem));
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void every_java_snippet_of_the_documentation_is_word_for_word_the_source_the_build_compiles_and_runs() {
        List<String> wrong = new ArrayList<>();
        int snippets = 0;
        for (Path page : markdownPages()) {
            List<String> lines = List.of(read(page).split("\n", -1));
            for (int at = 0; at < lines.size(); at++) {
                if (!lines.get(at).strip().equals("```java")) {
                    continue;
                }
                snippets++;
                int end = at + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                String snippet = String.join("\n", lines.subList(at + 1, Math.min(end, lines.size())));
                Matcher include = at > 0 ? INCLUDE.matcher(lines.get(at - 1).strip()) : INCLUDE.matcher("");
                String where = ROOT.relativize(page) + ":" + (at + 1);
                if (!include.matches()) {
                    wrong.add(where + " names no source (<!-- include: path#tag --> on the line before)");
                } else if (!snippet.equals(region(ROOT.resolve(include.group(1)), include.group(2)))) {
                    wrong.add(where + " differs from " + include.group(1)
                            + (include.group(2) == null ? "" : "#" + include.group(2)));
                }
                at = end;
            }
        }
        assertThat(snippets).as("Java snippets in the documentation").isPositive();
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_example_application_built_against_the_published_artifacts_holds_the_examples_word_for_word() {
        Map<String, Path> built = new HashMap<>();
        for (Path folder : EXAMPLE_TWINS) {
            javaFiles(folder).forEach(file -> built.put(file.getFileName().toString(), file));
        }
        Map<String, Path> published = new HashMap<>();
        javaFiles(EXAMPLE_APPLICATION)
                .forEach(file -> published.put(file.getFileName().toString(), file));

        assertThat(published.keySet())
                .as("examples the example application runs")
                .containsAll(built.keySet());
        built.forEach((name, file) -> assertThat(read(published.get(name)))
                .as(ROOT.relativize(published.get(name)) + " is " + ROOT.relativize(file) + " word for word")
                .isEqualTo(read(file)));
    }

    @Test
    void every_dependency_on_the_project_in_the_documentation_names_its_version() {
        Matcher project = Pattern.compile("<artifactId>mini-crm</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(ROOT.resolve("pom.xml")));
        assertThat(project.find()).isTrue();
        List<String> versions = new ArrayList<>();
        for (Path page : markdownPages()) {
            Matcher dependency = DEPENDENCY_VERSION.matcher(read(page));
            while (dependency.find()) {
                versions.add(ROOT.relativize(page) + ": " + dependency.group(1));
            }
        }
        assertThat(versions).isNotEmpty().allSatisfy(named -> assertThat(named).endsWith(": " + project.group(1)));
    }

    /**
     * The file's text, without its package line, or the lines between {@code // tag::name[]} and
     * {@code // end::name[]} with their common indentation taken away; either without the blank lines around it.
     */
    private static String region(Path file, String tag) {
        if (!Files.isRegularFile(file)) {
            return "(no such file)";
        }
        List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
        if (tag == null) {
            lines.removeIf(line -> line.startsWith("package "));
        } else {
            int start = lines.indexOf(lines.stream()
                    .filter(line -> line.strip().equals("// tag::" + tag + "[]"))
                    .findFirst()
                    .orElse("(none)"));
            int end = lines.indexOf(lines.stream()
                    .filter(line -> line.strip().equals("// end::" + tag + "[]"))
                    .findFirst()
                    .orElse("(none)"));
            if (start < 0 || end < start) {
                return "(no region " + tag + ")";
            }
            lines = new ArrayList<>(lines.subList(start + 1, end));
            int indent = lines.stream()
                    .filter(line -> !line.isBlank())
                    .mapToInt(line -> line.length() - line.stripLeading().length())
                    .min()
                    .orElse(0);
            lines.replaceAll(line -> line.isBlank() ? "" : line.substring(indent));
        }
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The variables named in the first column of the table under README's "Configuration" heading. */
    private static Set<String> documentedVariables() {
        Set<String> variables = new TreeSet<>();
        boolean inSection = false;
        for (String line : withoutFencedCode(read(README)).split("\n")) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals("## Configuration");
            } else if (inSection && line.startsWith("|")) {
                String firstCell = line.substring(1).split("(?<!\\\\)\\|", 2)[0];
                Matcher variable = VARIABLE.matcher(firstCell);
                while (variable.find()) {
                    variables.add(variable.group(1));
                }
            }
        }
        assertThat(variables).as("README's configuration table").isNotEmpty();
        return variables;
    }

    /** The ${…} placeholders of application.yml, and CRM_… in string literals of main code and in the launcher. */
    private static Set<String> variablesTheCodeReads() {
        Set<String> variables = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(read(ROOT.resolve("bootstrap/src/main/resources/application.yml")));
        while (placeholder.find()) {
            variables.add(placeholder.group(1));
        }
        for (Path source : mainJavaSources()) {
            stringLiterals(read(source)).forEach(literal -> variables.addAll(crmVariables(literal)));
        }
        Path launcher = ROOT.resolve("crm");
        if (Files.exists(launcher)) {
            variables.addAll(crmVariables(read(launcher)));
        }
        return variables;
    }

    /** The contents of a Java source's string literals and text blocks; comments and character literals skipped. */
    private static List<String> stringLiterals(String code) {
        List<String> literals = new ArrayList<>();
        int at = 0;
        while (at < code.length()) {
            if (code.startsWith("//", at)) {
                at = endOf(code, "\n", at + 2);
            } else if (code.startsWith("/*", at)) {
                at = endOf(code, "*/", at + 2);
            } else if (code.startsWith("\"\"\"", at)) {
                int end = endOf(code, "\"\"\"", at + 3);
                literals.add(code.substring(at + 3, Math.max(at + 3, end - 3)));
                at = end;
            } else if (code.charAt(at) == '"' || code.charAt(at) == '\'') {
                char quote = code.charAt(at);
                int end = at + 1;
                while (end < code.length() && code.charAt(end) != quote && code.charAt(end) != '\n') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(code.substring(at + 1, Math.min(end, code.length())));
                }
                at = end + 1;
            } else {
                at++;
            }
        }
        return literals;
    }

    /** Where the first {@code end} at or after {@code from} finishes, or the end of the text. */
    private static int endOf(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? text.length() : found + end.length();
    }

    private static Set<String> crmVariables(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher variable = CRM_VARIABLE.matcher(text);
        while (variable.find()) {
            found.add(variable.group());
        }
        return found;
    }

    private static List<Path> mainJavaSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file ->
                            ROOT.relativize(file).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<Path> markdownPages() {
        List<Path> pages = new ArrayList<>(List.of(README));
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return pages;
    }

    /** Link targets outside code blocks and code spans, external ones (http, https, mailto) left out. */
    private static List<String> links(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(withoutCodeSpans(withoutFencedCode(markdown)));
        while (link.find()) {
            String target = link.group(1);
            String scheme = target.toLowerCase(Locale.ROOT);
            if (!scheme.startsWith("http://") && !scheme.startsWith("https://") && !scheme.startsWith("mailto:")) {
                targets.add(target);
            }
        }
        return targets;
    }

    /** Why the link from the page does not resolve; empty when it does. */
    private static Optional<String> problemWith(Path page, String target) {
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
            return Optional.of("leads to no file");
        }
        if (hash < 0) {
            return Optional.empty();
        }
        String anchor = target.substring(hash + 1);
        if (!resolved.toString().endsWith(".md")) {
            return Optional.empty();
        }
        return anchors(read(resolved)).contains(anchor)
                ? Optional.empty()
                : Optional.of("names no heading of " + ROOT.relativize(resolved));
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation but hyphens dropped, spaces as hyphens. */
    private static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutFencedCode(markdown).split("\n")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = heading.group(1)
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                        .replace(' ', '-');
                int repeats = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
            }
        }
        return anchors;
    }

    private static String withoutFencedCode(String markdown) {
        StringBuilder kept = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                kept.append('\n');
            } else {
                kept.append(fenced ? "" : line).append('\n');
            }
        }
        return kept.toString();
    }

    private static String withoutCodeSpans(String markdown) {
        return markdown.replaceAll("`[^`\\n]*`", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
