package io.minicrm.application.importing;

import java.util.Locale;

/**
 * The size of a CSV file the importer reads, declared once: the longest cell, the most columns and the longest line.
 * They bound the memory a row costs (a batch holds a thousand of them), so a file beyond one is refused at the line
 * where it passes it rather than read in part.
 */
public final class CsvLimits {

    public static final int MAX_CELL_CHARACTERS = 10_000;
    public static final int MAX_COLUMNS = 500;
    /** A row whose quoted cells hold line breaks spans several lines; its characters count together. */
    public static final int MAX_LINE_CHARACTERS = 30_000;

    public static final String CELL_RULE = "a cell holds at most " + grouped(MAX_CELL_CHARACTERS) + " characters";
    public static final String COLUMNS_RULE = "a file has at most " + grouped(MAX_COLUMNS) + " columns";
    public static final String LINE_RULE = "a line holds at most " + grouped(MAX_LINE_CHARACTERS)
            + " characters (a row whose quoted cells hold line breaks counts all its lines)";

    private CsvLimits() {}

    private static String grouped(int number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
