package io.minicrm.application.assistant;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.Figure;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.OrderStore;
import io.minicrm.application.port.out.SegmentStore;
import io.minicrm.application.port.shared.OrderListing;
import io.minicrm.application.port.shared.PageRequest;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * When a segment's customers order: their orders of the last year counted by weekday and hour in the engine's zone,
 * and the slot with the most orders proposed, with the counts as evidence.
 */
final class SendTimes {

    /** Customers of the segment whose orders are counted; a larger audience is sampled (its first customers). */
    static final int CUSTOMER_SAMPLE = 1_000;

    private static final int ORDERS_PER_CUSTOMER = 200;
    private static final Duration LOOKBACK = Duration.ofDays(365);

    private final SegmentStore segments;
    private final CustomerStore customers;
    private final OrderStore orders;
    private final CrmSettings settings;
    private final Wording wording;

    SendTimes(
            SegmentStore segments, CustomerStore customers, OrderStore orders, CrmSettings settings, Wording wording) {
        this.segments = segments;
        this.customers = customers;
        this.orders = orders;
        this.settings = settings;
        this.wording = wording;
    }

    Mono<WordedFigures> suggest(WorkspaceId workspace, SegmentId id) {
        Instant now = settings.clock().instant();
        ZoneId zone = settings.clock().getZone();
        return segments.findById(workspace, id)
                .switchIfEmpty(CrmException.notFound("segment", id))
                .flatMapMany(segment -> customers.audience(
                        workspace, new AudienceQuery(segment.rule(), settings.catalogue(), now, zone)))
                .take(CUSTOMER_SAMPLE)
                .concatMap(customer -> orders.list(
                                workspace,
                                new OrderListing(
                                        Optional.of(customer.id()),
                                        Optional.of(now.minus(LOOKBACK)),
                                        Optional.of(now),
                                        new PageRequest(0, ORDERS_PER_CUSTOMER)))
                        .flatMapMany(page -> Flux.fromIterable(page.items())))
                .map(order -> Slot.of(order.placedAt().atZone(zone)))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .flatMap(histogram -> histogram.isEmpty()
                        ? CrmException.refuse(new Problem.Unanswerable(
                                "the segment's customers placed no order in the last 365 days, so there is no time to"
                                        + " suggest"))
                        : worded(workspace, histogram, zone));
    }

    private Mono<WordedFigures> worded(WorkspaceId workspace, Map<Slot, Long> histogram, ZoneId zone) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        List<Map.Entry<Slot, Long>> ranked = histogram.entrySet().stream()
                .sorted(Map.Entry.<Slot, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map.Entry<Slot, Long> best = ranked.getFirst();
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("orders counted", Long.toString(total)));
        figures.add(new Figure("time zone", zone.getId()));
        ranked.stream()
                .limit(3)
                .forEach(entry -> figures.add(new Figure(
                        "orders on " + entry.getKey(), entry.getValue().toString())));
        Map<DayOfWeek, Long> byDay = histogram.entrySet().stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.getKey().day(), Collectors.summingLong(Map.Entry::getValue)));
        byDay.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(day -> figures.add(new Figure(
                        "orders on " + name(day.getKey()), day.getValue().toString())));
        String offline = "Send on " + best.getKey() + " (" + zone.getId() + "): " + best.getValue() + " of the " + total
                + " orders these customers placed in the last year fell in that hour, more than in any other.";
        return wording.word(
                workspace,
                "send-time",
                "Suggest to a marketer the best weekday and hour to send a campaign, from when its audience orders.",
                figures,
                offline);
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A weekday and an hour of it. */
    record Slot(DayOfWeek day, int hour) implements Comparable<Slot> {

        static Slot of(ZonedDateTime time) {
            return new Slot(time.getDayOfWeek(), time.getHour());
        }

        @Override
        public int compareTo(Slot other) {
            return Comparator.comparing(Slot::day).thenComparingInt(Slot::hour).compare(this, other);
        }

        @Override
        public String toString() {
            return name(day) + " " + String.format(Locale.ROOT, "%02d:00", hour);
        }
    }
}
