package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.minicrm.application.CrmException;
import io.minicrm.application.port.in.Figure;
import io.minicrm.application.port.in.WordedFigures;
import io.minicrm.application.port.out.CampaignStore;
import io.minicrm.application.port.out.CustomerStore;
import io.minicrm.application.port.out.DeliveryStore;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A campaign's performance summary: its counters, its success rate, and the success rate in its three largest
 * cities, all computed here; the words come from {@link Wording}, which may quote these numbers and no other.
 */
final class PerformanceFigures {

    /** Settled deliveries looked at for the per-city figures; a larger campaign's city figures are a sample. */
    static final int CITY_SAMPLE = 2_000;

    private final CampaignStore campaigns;
    private final DeliveryStore deliveries;
    private final CustomerStore customers;
    private final Wording wording;

    PerformanceFigures(CampaignStore campaigns, DeliveryStore deliveries, CustomerStore customers, Wording wording) {
        this.campaigns = campaigns;
        this.deliveries = deliveries;
        this.customers = customers;
        this.wording = wording;
    }

    Mono<WordedFigures> summarise(WorkspaceId workspace, CampaignId id) {
        return campaigns
                .findById(workspace, id)
                .switchIfEmpty(CrmException.notFound("campaign", id))
                .flatMap(campaign -> cities(workspace, id).map(cities -> figures(campaign, cities)))
                .flatMap(figures -> wording.word(
                        workspace,
                        "summary",
                        "Summarise a marketing campaign's performance for a marketer in two or three sentences.",
                        figures.figures(),
                        figures.offline()));
    }

    private record Summary(List<Figure> figures, String offline) {}

    private static Summary figures(Campaign campaign, List<CityRate> cities) {
        CampaignCounters c = campaign.counters();
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("campaign", campaign.name()),
                new Figure("status", campaign.status().name()),
                new Figure("audience", Long.toString(c.audience())),
                new Figure("sent", Long.toString(c.sent() + c.delivered())),
                new Figure("delivered", Long.toString(c.delivered())),
                new Figure("failed", Long.toString(c.failed())),
                new Figure("pending", Long.toString(c.pending()))));
        String rate = c.successRate().isPresent() ? percent(c.successRate().getAsDouble()) : "none settled yet";
        figures.add(new Figure("success rate", rate));
        cities.forEach(city -> figures.add(
                new Figure("success rate in " + city.city(), percent(city.rate()) + " of " + city.settled())));
        StringBuilder text = new StringBuilder("'" + campaign.name() + "' (" + campaign.status() + ") reached "
                + c.audience() + " customers: " + (c.sent() + c.delivered()) + " sent, " + c.delivered()
                + " delivered, " + c.failed() + " failed, " + c.pending() + " pending; success rate " + rate + ".");
        if (!cities.isEmpty()) {
            text.append(" By city: ")
                    .append(cities.stream()
                            .map(city -> city.city() + " " + percent(city.rate()) + " of " + city.settled())
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        return new Summary(figures, text.toString());
    }

    private record CityRate(String city, long settled, double rate) {}

    private Mono<List<CityRate>> cities(WorkspaceId workspace, CampaignId id) {
        Flux<Delivery> settled = Flux.concat(
                        deliveries.findByStatus(workspace, id, DeliveryStatus.DELIVERED),
                        deliveries.findByStatus(workspace, id, DeliveryStatus.SENT),
                        deliveries.findByStatus(workspace, id, DeliveryStatus.FAILED))
                .take(CITY_SAMPLE);
        return settled.flatMap(
                        delivery -> customers
                                .findById(workspace, delivery.customer())
                                .map(customer -> Map.entry(
                                        customer.profile().city().orElse("no city"),
                                        delivery.status() != DeliveryStatus.FAILED)),
                        8)
                .collectList()
                .map(PerformanceFigures::byCity);
    }

    private static List<CityRate> byCity(List<Map.Entry<String, Boolean>> outcomes) {
        Map<String, List<Boolean>> grouped = outcomes.stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return grouped.entrySet().stream()
                .map(entry -> new CityRate(
                        entry.getKey(),
                        entry.getValue().size(),
                        entry.getValue().stream()
                                        .filter(Function.<Boolean>identity()::apply)
                                        .count()
                                / (double) entry.getValue().size()))
                .sorted(Comparator.comparingLong(CityRate::settled).reversed().thenComparing(CityRate::city))
                .limit(3)
                .toList();
    }

    static String percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
