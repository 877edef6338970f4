package io.minicrm.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A shop's customer and order files made from a seed, with rows that repeat earlier ones and rows that must be
 * rejected mixed in, and what importing them must leave behind, worked out while writing them rather than read back.
 */
record GeneratedShop(
        String customersCsv,
        String ordersCsv,
        Map<String, Person> people,
        List<Sale> sales,
        List<Refusal> refusedCustomers,
        List<Refusal> refusedOrders) {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Instant NOW = Instant.parse("2026-03-15T10:00:00Z");

    static final int CUSTOMERS = 10_000;
    static final int CUSTOMERS_AGAIN_UNCHANGED = 100;
    static final int CUSTOMERS_AGAIN_MOVED = 100;
    static final int BAD_EMAILS = 50;
    static final int ORDERS = 50_000;
    static final int ORDERS_AGAIN = 500;
    static final int BAD_AMOUNTS = 40;
    static final int BAD_DATES = 40;
    static final int UNKNOWN_CUSTOMERS = 40;
    static final int BAD_CUSTOMER_EMAILS = 40;

    private static final String CUSTOMER_HEADER = "email,name,phone,city,signup_date";
    private static final String ORDER_HEADER = "order_id,customer_email,amount,placed_at";
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Kolkata");
    private static final List<String> FIRST_NAMES =
            List.of("Asha", "Ravi", "Meera", "Arjun", "Priya", "Kabir", "Nisha", "Vikram");
    private static final List<String> LAST_NAMES = List.of("Rao", "Shah", "Iyer", "Gupta", "Khan", "Das");
    private static final List<String> BAD_AMOUNT_CELLS = List.of("abc", "-5.00", "1e3", "12.5.0");
    private static final List<String> BAD_DATE_CELLS = List.of("2026-13-01", "31/12/2025", "yesterday", "2026-02-30");

    /** A customer as the file leaves them: the last row with their e-mail wins. */
    record Person(String email, String name, String phone, String city, LocalDate signedUp) {

        String firstName() {
            return name.substring(0, name.indexOf(' '));
        }

        Instant createdAt() {
            return signedUp.atStartOfDay(KOLKATA).toInstant();
        }

        String row(String writtenEmail) {
            return String.join(",", writtenEmail, name, phone, city, signedUp.toString());
        }
    }

    /** An order the import must store: the first row with its reference. */
    record Sale(String ref, String email, BigDecimal amount, String placedAt) {

        String row() {
            return String.join(",", ref, email, amount.toPlainString(), placedAt);
        }
    }

    /** A row the import must reject: its line (the header is line 1), the column it must name, and the refused cell. */
    record Refusal(long line, String column, String cell) {}

    /** What a customer's accepted orders add up to. */
    record Figures(int orders, BigDecimal spend) {

        static final Figures NONE = new Figures(0, BigDecimal.ZERO.setScale(2));

        Figures plus(BigDecimal amount) {
            return new Figures(orders + 1, spend.add(amount));
        }
    }

    static GeneratedShop generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Person> people = new LinkedHashMap<>();
        List<Row> customerRows = new ArrayList<>();
        List<Person> originals = IntStream.range(0, CUSTOMERS)
                .mapToObj(number -> person(number, random))
                .toList();
        for (int number = 0; number < CUSTOMERS; number++) {
            Person person = originals.get(number);
            people.put(person.email(), person);
            customerRows.add(new Row(number, person.row(person.email()), Optional.empty()));
        }

        List<Integer> repeated =
                IntStream.range(0, CUSTOMERS).boxed().collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        Collections.shuffle(repeated, new Random(seed));
        for (int again = 0; again < CUSTOMERS_AGAIN_UNCHANGED + CUSTOMERS_AGAIN_MOVED; again++) {
            int number = repeated.get(again);
            Person first = originals.get(number);
            double later = number + 0.5 + random.nextInt(CUSTOMERS - number);
            if (again < CUSTOMERS_AGAIN_UNCHANGED) {
                // The same address in capitals and the same profile: found by its normalised e-mail, changing nothing.
                customerRows.add(new Row(later, first.row(first.email().toUpperCase()), Optional.empty()));
            } else {
                Person moved = new Person(
                        first.email(),
                        first.name(),
                        first.phone(),
                        CITIES.get(
                                (CITIES.indexOf(first.city()) + 1 + random.nextInt(CITIES.size() - 1)) % CITIES.size()),
                        first.signedUp());
                people.put(moved.email(), moved);
                customerRows.add(new Row(later, moved.row(moved.email()), Optional.empty()));
            }
        }
        for (int bad = 0; bad < BAD_EMAILS; bad++) {
            String email = switch (bad % 3) {
                case 0 -> "buyer%02d.example.com".formatted(bad);
                case 1 -> "buyer%02d@example".formatted(bad);
                default -> "buyer%02d@@example.com".formatted(bad);
            };
            Person refused = new Person(email, "Bad Address", "+919800000000", "Pune", LocalDate.of(2025, 1, 1));
            customerRows.add(new Row(
                    random.nextInt(CUSTOMERS) + 0.25, refused.row(email), Optional.of(new Cell("email", email))));
        }

        List<Sale> sales = new ArrayList<>();
        List<Row> orderRows = new ArrayList<>();
        for (int number = 0; number < ORDERS; number++) {
            Sale sale = new Sale(
                    "ORD-%06d".formatted(number),
                    originals.get(random.nextInt(CUSTOMERS)).email(),
                    BigDecimal.valueOf(random.nextLong(5_000, 1_000_000), 2),
                    placedAt(random));
            sales.add(sale);
            orderRows.add(new Row(number, sale.row(), Optional.empty()));
        }
        for (int again = 0; again < ORDERS_AGAIN; again++) {
            int number = random.nextInt(ORDERS);
            Sale first = sales.get(number);
            // Another amount under the same reference: only the first row may count.
            Sale repeat = new Sale(first.ref(), first.email(), first.amount().add(BigDecimal.ONE), first.placedAt());
            orderRows.add(new Row(number + 0.5 + random.nextInt(ORDERS - number), repeat.row(), Optional.empty()));
        }
        String anyone = originals.getFirst().email();
        for (int bad = 0; bad < BAD_AMOUNTS; bad++) {
            String amount = BAD_AMOUNT_CELLS.get(bad % BAD_AMOUNT_CELLS.size());
            orderRows.add(refusedOrder(
                    "X-AMOUNT-%02d,%s,%s,2026-01-10".formatted(bad, anyone, amount), "amount", amount, random));
        }
        for (int bad = 0; bad < BAD_DATES; bad++) {
            String date = BAD_DATE_CELLS.get(bad % BAD_DATE_CELLS.size());
            orderRows.add(
                    refusedOrder("X-DATE-%02d,%s,10.00,%s".formatted(bad, anyone, date), "placed_at", date, random));
        }
        for (int bad = 0; bad < UNKNOWN_CUSTOMERS; bad++) {
            String ghost = "ghost%02d@example.com".formatted(bad);
            orderRows.add(refusedOrder(
                    "X-GHOST-%02d,%s,10.00,2026-01-10".formatted(bad, ghost), "customer_email", ghost, random));
        }
        for (int bad = 0; bad < BAD_CUSTOMER_EMAILS; bad++) {
            String email = "ghost%02d-at-example.com".formatted(bad);
            orderRows.add(refusedOrder(
                    "X-MAIL-%02d,%s,10.00,2026-01-10".formatted(bad, email), "customer_email", email, random));
        }

        List<Refusal> refusedCustomers = new ArrayList<>();
        List<Refusal> refusedOrders = new ArrayList<>();
        return new GeneratedShop(
                file(CUSTOMER_HEADER, customerRows, refusedCustomers),
                file(ORDER_HEADER, orderRows, refusedOrders),
                Collections.unmodifiableMap(people),
                List.copyOf(sales),
                List.copyOf(refusedCustomers),
                List.copyOf(refusedOrders));
    }

    /** Each customer's figures from the accepted orders; customers without orders have none. */
    Map<String, Figures> figures() {
        Map<String, Figures> figures = new HashMap<>();
        people.keySet().forEach(email -> figures.put(email, Figures.NONE));
        sales.forEach(sale -> figures.computeIfPresent(sale.email(), (email, known) -> known.plus(sale.amount())));
        return figures;
    }

    BigDecimal revenue() {
        return sales.stream().map(Sale::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    long customerRowCount() {
        return CUSTOMERS + CUSTOMERS_AGAIN_UNCHANGED + CUSTOMERS_AGAIN_MOVED + BAD_EMAILS;
    }

    long orderRowCount() {
        return ORDERS + ORDERS_AGAIN + BAD_AMOUNTS + BAD_DATES + UNKNOWN_CUSTOMERS + BAD_CUSTOMER_EMAILS;
    }

    private static Person person(int number, SplittableRandom random) {
        String name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        LocalDate today = LocalDate.ofInstant(NOW, KOLKATA);
        return new Person(
                "customer%05d@example.com".formatted(number),
                name,
                "+9198%08d".formatted(number),
                CITIES.get(random.nextInt(CITIES.size())),
                today.minusDays(random.nextInt(400)));
    }

    /** A day within the last year, written as a date or as a UTC date-time. */
    private static String placedAt(SplittableRandom random) {
        LocalDate day = LocalDate.ofInstant(NOW, KOLKATA).minusDays(random.nextInt(1, 365));
        return random.nextBoolean()
                ? day.toString()
                : day.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60))) + ":00Z";
    }

    private static Row refusedOrder(String text, String column, String cell, SplittableRandom random) {
        return new Row(random.nextInt(ORDERS) + 0.25, text, Optional.of(new Cell(column, cell)));
    }

    /** The header, then the rows in order of position; the refusals are collected with the lines they land on. */
    private static String file(String header, List<Row> rows, List<Refusal> refusals) {
        StringBuilder text = new StringBuilder(header).append('\n');
        List<Row> ordered =
                rows.stream().sorted(Comparator.comparingDouble(Row::position)).toList();
        for (int index = 0; index < ordered.size(); index++) {
            Row row = ordered.get(index);
            long line = index + 2L;
            row.refused().ifPresent(cell -> refusals.add(new Refusal(line, cell.column(), cell.text())));
            text.append(row.text()).append('\n');
        }
        return text.toString();
    }

    private record Cell(String column, String text) {}

    private record Row(double position, String text, Optional<Cell> refused) {}
}
