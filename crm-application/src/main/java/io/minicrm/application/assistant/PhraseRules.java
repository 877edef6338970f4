package io.minicrm.application.assistant;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.vavr.control.Either;

/**
 * The offline twin of "describe an audience": splits a description at {@code and}, {@code or}, {@code who} and commas,
 * reads each piece with the {@link PhraseClauses phrase book} (a leading {@code not}, {@code except} or
 * {@code excluding} negates it) and joins the pieces as rule text, {@code and} binding tighter than {@code or}. A piece
 * it cannot read makes the whole description not understood, naming the piece.
 */
final class PhraseRules {

    private static final Pattern CONNECTOR = Pattern.compile(
            "\\s*(?:,(?!\\d)\\s*(?:and|or|but)?|;|\\b(?:and|or|but|who|whose|that|while|plus)\\b|(?<!tagged )\\bwith\\b)\\s*");
    private static final Pattern FILLER = Pattern.compile(
            "^(?:show me|find me|find|get|list|give me|i want|i need"
                    + "|target|select|all|any|the|our|my|customers?|people|persons|users|shoppers|buyers|clients|members"
                    + "|those|everyone|everybody|anyone|ones|folks|audience|segment|of|with|having|are(?! not)|is(?! not))\\b\\s*");
    private static final Pattern NEGATION = Pattern.compile("^(?:not|are not|is not|do not|does not|except(?: for)?"
            + "|excluding|exclude|but not|other than|without|minus|no longer)\\s+(.+)$");
    private static final String AMOUNT_WORDS = "((?:[₹$€]|rs\\.? ?|inr ?)?\\d[\\d,.]*\\s*[a-z]*)";
    private static final Pattern TRAILING_FILLER =
            Pattern.compile("\\s+(?:customers|people|shoppers|buyers|users|clients|members|only)$");
    /** Contractions spelt out, and misspellings seen in marketers' requests corrected word for word; no other typo is guessed at. */
    private static final List<String[]> REWRITES = List.of(
            new String[] {"custmers", "customers"},
            new String[] {"costumers", "customers"},
            new String[] {"cusomers", "customers"},
            new String[] {"peopel", "people"},
            new String[] {"spnt", "spent"},
            new String[] {"spendt", "spent"},
            new String[] {"purchsed", "purchased"},
            new String[] {"oders", "orders"},
            new String[] {"ordrs", "orders"},
            new String[] {"haven't", "have not"},
            new String[] {"hasn't", "has not"},
            new String[] {"hadn't", "had not"},
            new String[] {"didn't", "did not"},
            new String[] {"don't", "do not"},
            new String[] {"doesn't", "does not"},
            new String[] {"aren't", "are not"},
            new String[] {"isn't", "is not"},
            new String[] {"weren't", "were not"},
            new String[] {"wasn't", "was not"});

    private PhraseRules() {}

    /** Rule text for the description, or what was not understood. */
    static Either<String, String> read(String description, Currency currency) {
        String text = normalised(description);
        List<String> pieces = new ArrayList<>();
        List<Boolean> conjunctions = new ArrayList<>();
        Matcher connector = CONNECTOR.matcher(text);
        int start = 0;
        while (connector.find()) {
            pieces.add(text.substring(start, connector.start()));
            conjunctions.add(!connector.group().strip().equals("or"));
            start = connector.end();
        }
        pieces.add(text.substring(start));
        return joined(pieces, conjunctions, currency);
    }

    private static Either<String, String> joined(List<String> pieces, List<Boolean> conjunctions, Currency currency) {
        List<Clause> clauses = new ArrayList<>();
        List<Boolean> joins = new ArrayList<>();
        boolean or = false;
        for (int i = 0; i < pieces.size(); i++) {
            String piece = stripped(pieces.get(i));
            if (!piece.isEmpty()) {
                Either<String, Clause> clause = clause(piece, currency);
                boolean continues = clause.isLeft()
                        && !clauses.isEmpty()
                        && clauses.getLast().listing()
                        && PhraseClauses.bareName(piece);
                if (continues) {
                    clauses.set(clauses.size() - 1, clauses.getLast().with(PhraseClauses.name(piece), !or));
                } else if (clause.isLeft()) {
                    return Either.left(clause.getLeft());
                } else {
                    if (!clauses.isEmpty()) {
                        joins.add(!or);
                    }
                    clauses.add(clause.get());
                }
                or = false;
            }
            // An "or" between two clauses wins over the implicit "and" of a "who" or a comma beside it.
            or = or || i < conjunctions.size() && !conjunctions.get(i);
        }
        if (clauses.isEmpty()) {
            return Either.right("all()");
        }
        StringBuilder rule = new StringBuilder(clauses.getFirst().text());
        for (int i = 1; i < clauses.size(); i++) {
            rule.append(joins.get(i - 1) ? " and " : " or ")
                    .append(clauses.get(i).text());
        }
        return Either.right(rule.toString());
    }

    private static Either<String, Clause> clause(String piece, Currency currency) {
        Optional<Either<String, Clause>> read = PhraseClauses.read(piece, currency);
        if (read.isPresent()) {
            return read.get();
        }
        Matcher negation = NEGATION.matcher(piece);
        if (negation.matches()) {
            return clause(stripped(negation.group(1)), currency).map(Clause::negate);
        }
        return Either.left("'" + piece + "' was not understood");
    }

    private static String stripped(String piece) {
        String rest = piece.strip();
        Matcher filler = FILLER.matcher(rest);
        while (filler.find()) {
            rest = rest.substring(filler.end()).strip();
            filler = FILLER.matcher(rest);
        }
        return TRAILING_FILLER.matcher(rest).replaceAll("");
    }

    private static String normalised(String description) {
        String text = description.toLowerCase(Locale.ROOT).replace('’', '\'').replace('\u00a0', ' ');
        for (String[] rewrite : REWRITES) {
            text = text.replaceAll("\\b" + Pattern.quote(rewrite[0]) + "(?![a-z])", rewrite[1]);
        }
        text = text.replaceAll("[.!?]+$", "").replaceAll("\\s+", " ").strip();
        // "between 1000 and 5000" and "3 or more" must not be split at their "and" and "or".
        text = text.replaceAll("between (\\S+(?: \\S+)?) and ", "between $1 to ")
                .replaceAll(AMOUNT_WORDS + " or more", "at least $1")
                .replaceAll(AMOUNT_WORDS + " or (?:fewer|less)", "at most $1")
                .replaceAll(AMOUNT_WORDS + "\\+", "at least $1");
        return text;
    }
}
