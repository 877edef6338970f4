package io.minicrm.application.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The names a file's first line gives its columns. */
record Header(List<String> names) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    Header {
        names = names.stream().map(String::strip).toList();
    }

    int size() {
        return names.size();
    }

    /** The column's name as written, for messages. */
    String name(int column) {
        return names.get(column);
    }

    /** The column's name as aliases are compared: lower case, inner spaces as '_' ({@code "Full Name"} is {@code full_name}). */
    String key(int column) {
        return SPACES.matcher(names.get(column).toLowerCase(Locale.ROOT)).replaceAll("_");
    }
}
