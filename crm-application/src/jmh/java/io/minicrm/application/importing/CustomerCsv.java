package io.minicrm.application.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * A reproducible customer file with the spread of a shop's export: one distinct e-mail per row, quoted names now and
 * then, phones, cities, a few tags, and purchase figures that are blank for customers who never ordered.
 */
public final class CustomerCsv {

    static final String HEADER = "email,name,phone,city,tags,total_spend,visits,last_order_at";

    private static final String[] FIRST = {
        "Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rohan", "Meera", "Aditya", "Isha", "Karan"
    };
    private static final String[] LAST = {
        "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Khan", "Das", "Mehta", "Joshi"
    };
    private static final String[] CITIES = {
        "Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata", "Jaipur", "Surat"
    };
    private static final String[] TAGS = {"vip", "churned", "new", "newsletter", "wholesale"};
    private static final LocalDateTime EXPORTED = LocalDateTime.of(2026, 3, 1, 0, 0);

    private CustomerCsv() {}

    /** Writes the header and {@code rows} rows to a new temporary file. */
    public static Path write(int rows, long seed) {
        Random random = new Random(seed);
        try {
            Path file = Files.createTempFile("customers-", ".csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER + '\n');
                StringBuilder line = new StringBuilder(160);
                for (int i = 0; i < rows; i++) {
                    line.setLength(0);
                    row(line, i, random);
                    out.append(line).append('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder line, int index, Random random) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        line.append(first).append('.').append(last).append(index).append("@example.com,");
        // Some exports write "Last, First", which the file must quote.
        if (random.nextInt(10) == 0) {
            line.append('"').append(last).append(", ").append(first).append("\",");
        } else {
            line.append(first).append(' ').append(last).append(',');
        }
        line.append("+91 9").append(100_000_000 + random.nextInt(900_000_000)).append(',');
        line.append(CITIES[random.nextInt(CITIES.length)]).append(',');
        String separator = "";
        for (String tag : TAGS) {
            if (random.nextInt(4) == 0) {
                line.append(separator).append(tag);
                separator = ";";
            }
        }
        int visits = random.nextInt(10);
        if (visits == 0) {
            line.append(",,0,");
            return;
        }
        int paise = random.nextInt(2_000_000);
        line.append(',')
                .append(paise / 100)
                .append('.')
                .append(paise % 100 / 10)
                .append(paise % 10)
                .append(',')
                .append(visits)
                .append(',');
        LocalDateTime lastOrder = EXPORTED.minusSeconds(random.nextInt(365 * 86_400));
        // Half the exports give the moment, the other half only the day.
        line.append(
                random.nextBoolean()
                        ? lastOrder.toString().replace('T', ' ')
                        : lastOrder.toLocalDate().toString());
    }
}
