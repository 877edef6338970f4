package io.minicrm.application.importing;

import java.io.IOException;
import java.io.Reader;

import org.jspecify.annotations.Nullable;

/**
 * Passes a file's characters on to the CSV reader while holding them to the {@link CsvLimits} and to the quoting the
 * reader expects, so that a file it would choke on, or read into memory whole, is refused first at the line and cell
 * where it goes wrong. It follows the CSV reader's rules: a quote opens a quoted cell only as the cell's first
 * character; within it, two quotes stand for one and a single one closes it, and the cell must end there.
 */
final class CsvGuard extends Reader {

    private enum State {
        CELL_START,
        PLAIN,
        QUOTED,
        CLOSING_QUOTE
    }

    private final Reader in;
    private State state = State.CELL_START;
    private long line = 1;
    private long rowLine = 1;
    private int cell;
    private int cellLength;
    private int rowLength;
    // A fault waits until the characters before it are read, so that the rows before it are read whole.
    private @Nullable CsvFault fault;

    /** Reads characters with lone carriage returns already made line feeds, as {@link CsvText} gives them. */
    CsvGuard(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (fault != null) {
            throw fault;
        }
        int count;
        try {
            count = in.read(buffer, offset, length);
        } catch (CsvDecoder.Undecodable undecodable) {
            // Every character before the bad bytes has been taken: the line and cell are theirs.
            throw new CsvFault(line, cell, String.valueOf(undecodable.getMessage()));
        }
        if (count < 0 && state == State.QUOTED) {
            throw new CsvFault(rowLine, cell, "the quote that opens this cell is never closed");
        }
        for (int at = offset; at < offset + count; at++) {
            try {
                take(buffer[at]);
            } catch (CsvFault found) {
                if (at == offset) {
                    throw found;
                }
                fault = found;
                return at - offset;
            }
        }
        return count;
    }

    private void take(char next) throws CsvFault {
        if (next != '\n' && next != '\r' && ++rowLength > CsvLimits.MAX_LINE_CHARACTERS) {
            throw new CsvFault(rowLine, -1, CsvLimits.LINE_RULE);
        }
        switch (state) {
            case CELL_START -> {
                if (next == '"') {
                    state = State.QUOTED;
                } else {
                    plain(next);
                }
            }
            case PLAIN -> plain(next);
            case QUOTED -> {
                if (next == '"') {
                    state = State.CLOSING_QUOTE;
                } else {
                    grow();
                    if (next == '\n') {
                        line++;
                    }
                }
            }
            case CLOSING_QUOTE -> {
                if (next == '"') {
                    grow();
                    state = State.QUOTED;
                } else if (next != '\r') {
                    if (next != ',' && next != '\n') {
                        throw new CsvFault(
                                rowLine,
                                cell,
                                "a quoted cell ends at its closing quote, but '" + next
                                        + "' follows it; write a quote inside a quoted cell as two quotes (\"\")");
                    }
                    plain(next);
                }
            }
        }
    }

    /** A character outside quotes: a comma ends the cell, a line feed the row; a carriage return is half a CRLF. */
    private void plain(char next) throws CsvFault {
        if (next == ',') {
            if (++cell >= CsvLimits.MAX_COLUMNS) {
                throw new CsvFault(rowLine, -1, CsvLimits.COLUMNS_RULE);
            }
            cellLength = 0;
            state = State.CELL_START;
        } else if (next == '\n') {
            line++;
            rowLine = line;
            cell = 0;
            cellLength = 0;
            rowLength = 0;
            state = State.CELL_START;
        } else if (next != '\r') {
            grow();
            state = State.PLAIN;
        }
    }

    private void grow() throws CsvFault {
        if (++cellLength > CsvLimits.MAX_CELL_CHARACTERS) {
            throw new CsvFault(rowLine, cell, CsvLimits.CELL_RULE);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Where a file went wrong: its line, the position of the cell at fault in its row (-1 for the row as a whole), and why. */
    static final class CsvFault extends IOException {

        final long line;
        final int cell;

        CsvFault(long line, int cell, String reason) {
            super(reason, null);
            this.line = line;
            this.cell = cell;
        }
    }
}
