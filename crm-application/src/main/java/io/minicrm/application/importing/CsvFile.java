package io.minicrm.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.minicrm.application.CrmException;
import io.minicrm.domain.shared.Problem;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A UTF-8 CSV file read one record at a time, header first, blank lines left out. Reading blocks, so it happens on the
 * bounded-elastic scheduler, and only as fast as the rows are asked for.
 */
final class CsvFile implements AutoCloseable {

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;

    private CsvFile(CsvReader<CsvRecord> reader) {
        this.reader = reader;
        this.records = reader.iterator();
    }

    /** Reads nothing yet. */
    static CsvFile open(InputStream csv) {
        // Rows with too few or too many fields are rejected one by one rather than failing the whole file.
        return new CsvFile(CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                .ofCsvRecord(new CsvText(new InputStreamReader(csv, StandardCharsets.UTF_8))));
    }

    Mono<Header> header() {
        return Mono.fromCallable(() -> {
            if (!records.hasNext()) {
                throw new CrmException(Problem.Invalid.of("header", "the file is empty; its first line must name the columns"));
            }
            return new Header(records.next().getFields());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    Flux<Row> rows(Header header) {
        return Flux.fromIterable(() -> records)
                .subscribeOn(Schedulers.boundedElastic())
                .map(record -> new Row(record.getStartingLineNumber(), record.getFields(), header))
                .filter(row -> !row.isBlank());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
