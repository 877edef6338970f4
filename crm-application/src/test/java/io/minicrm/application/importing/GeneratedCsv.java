package io.minicrm.application.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A CSV file made line by line as it is read, so that a test can feed a large file without holding it. */
final class GeneratedCsv {

    private final AtomicInteger rowsServed = new AtomicInteger();
    private final InputStream stream;

    GeneratedCsv(String header, int rows, IntFunction<String> row) {
        Iterator<InputStream> lines = Stream.concat(
                        Stream.of(header),
                        IntStream.range(0, rows)
                                .peek(served -> rowsServed.incrementAndGet())
                                .mapToObj(row))
                .map(line -> (InputStream) new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)))
                .iterator();
        stream = new SequenceInputStream(new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return lines.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return lines.next();
            }
        });
    }

    InputStream stream() {
        return stream;
    }

    int rowsServed() {
        return rowsServed.get();
    }
}
