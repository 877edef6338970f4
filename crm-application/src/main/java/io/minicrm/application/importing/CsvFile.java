package io.minicrm.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import io.minicrm.application.CrmException;
import io.minicrm.application.port.shared.ImportFailure;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A CSV file read one record at a time, header first, blank lines left out, its bytes decoded in its charset and held
 * to the {@link CsvLimits}. A file that breaks a limit, is not text in its charset or is not well-formed CSV fails as
 * {@link FileRefused}, naming the line (and the column where one cell is at fault). Reading blocks, so it happens on
 * the bounded-elastic scheduler, and only as fast as the rows are asked for.
 */
final class CsvFile implements AutoCloseable {

    // Past the guard's limits, so that only a case the guard missed reaches them; they keep memory bounded all the
    // same.
    private static final int READER_BUFFER = 4 * CsvLimits.MAX_LINE_CHARACTERS;
    private static final Pattern RECORD_LINE = Pattern.compile("started in line (\\d+)");

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;

    private CsvFile(CsvReader<CsvRecord> reader) {
        this.reader = reader;
        this.records = reader.iterator();
    }

    /** Reads nothing yet. */
    static CsvFile open(InputStream csv, Charset charset) {
        CsvRecordHandler handler = CsvRecordHandler.builder()
                .maxFields(CsvLimits.MAX_COLUMNS + 1)
                .maxFieldSize(CsvLimits.MAX_CELL_CHARACTERS + 1)
                .maxRecordSize(CsvLimits.MAX_LINE_CHARACTERS + 1)
                .build();
        // Rows with too few or too many fields are rejected one by one rather than failing the whole file.
        return new CsvFile(CsvReader.builder()
                .allowMissingFields(true)
                .allowExtraFields(true)
                .maxBufferSize(READER_BUFFER)
                .build(handler, new CsvGuard(new CsvText(new CsvDecoder(csv, charset)))));
    }

    Mono<Header> header() {
        return Mono.fromCallable(() -> {
                    if (!records.hasNext()) {
                        throw new CrmException(Problem.Invalid.of(
                                "header", "the file is empty; its first line must name the columns"));
                    }
                    Header header = new Header(records.next().getFields());
                    for (int column = 0; column < header.size(); column++) {
                        int position = column;
                        UnprintableText.in(header.name(column)).ifPresent(reason -> {
                            throw new FileRefused(ImportFailure.at(
                                    1, Optional.of(position(position)), "the column's name " + reason));
                        });
                    }
                    return header;
                })
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(failure -> located(failure, CsvFile::position));
    }

    Flux<Row> rows(Header header) {
        return Flux.fromIterable(() -> records)
                .subscribeOn(Schedulers.boundedElastic())
                .map(record -> new Row(record.getStartingLineNumber(), record.getFields(), header))
                .filter(row -> !row.isBlank())
                .onErrorMap(failure -> located(
                        failure,
                        cell -> cell < header.size() && !header.name(cell).isBlank()
                                ? header.name(cell)
                                : position(cell)));
    }

    /** The refusal a failure to read stands for, naming the cell at fault as {@code columnName} gives it. */
    private static Throwable located(Throwable failure, IntFunction<String> columnName) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CsvGuard.CsvFault fault) {
                Optional<String> column = fault.cell < 0 ? Optional.empty() : Optional.of(columnName.apply(fault.cell));
                return new FileRefused(ImportFailure.at(fault.line, column, String.valueOf(fault.getMessage())));
            }
            if (cause instanceof CsvParseException unparsable) {
                Matcher line = RECORD_LINE.matcher(String.valueOf(unparsable.getMessage()));
                return new FileRefused(
                        line.find()
                                ? ImportFailure.at(
                                        Long.parseLong(line.group(1)),
                                        Optional.empty(),
                                        "the row cannot be read as CSV")
                                : ImportFailure.of("the file cannot be read as CSV"));
            }
        }
        return failure;
    }

    /** A column known by its place alone: {@code column 3} is the third. */
    private static String position(int cell) {
        return "column " + (cell + 1);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
