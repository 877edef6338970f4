package io.minicrm.application.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.customer.Email;
import io.minicrm.domain.customer.Profile;
import io.minicrm.domain.customer.PurchaseHistory;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.RuleParser;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A shop's customers as an import would bring them: a few cities and tags, spend, visits and a last order; the same
 * for every storage's benchmarks.
 */
public final class MillionCustomers {

    public static final WorkspaceId SHOP = new WorkspaceId("shop");
    public static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    private static final List<String> CITIES = List.of("Pune", "Mumbai", "Delhi", "Bengaluru", "Chennai", "Jaipur");
    private static final List<Set<String>> TAGS =
            List.of(Set.of(), Set.of("vip"), Set.of("churned"), Set.of("new", "vip"), Set.of());
    private static final Currency INR = Currency.getInstance("INR");

    private MillionCustomers() {}

    /**
     * The six-condition rule of the rule engine's benchmark, over these customers, as every storage's audience
     * benchmark asks it.
     */
    public static AudienceQuery sixConditionAudience() {
        return new AudienceQuery(
                RuleParser.parse("total_spend > 500 and (order_count < 3 or last_order_at more than 90 days ago)"
                                + " and city in (\"Pune\", \"Mumbai\", \"Delhi\") and not tags has any (\"churned\")"
                                + " and created_at within the last 365 days")
                        .getOrElseThrow(error -> new IllegalStateException(error.message())),
                FieldCatalogue.standard(),
                NOW,
                ZoneId.of("Asia/Kolkata"));
    }

    public static List<Customer> of(int count) {
        return of(count, SHOP);
    }

    public static List<Customer> of(int count, WorkspaceId workspace) {
        Random random = new Random(20261124);
        List<Customer> customers = new ArrayList<>(count);
        IntStream.range(0, count).forEach(n -> customers.add(customer(workspace, n, random)));
        return customers;
    }

    /** The delivery of a campaign's message to the customer, waiting to be sent. */
    public static Delivery pendingDelivery(CampaignId campaign, Customer customer) {
        return Delivery.pending(
                customer.workspace(),
                campaign,
                customer.id(),
                customer.email().value(),
                new RenderedMessage(
                        Optional.of("Monsoon sale"),
                        "Hi " + customer.profile().name().orElse("there") + ", 20% off this week"),
                NOW);
    }

    private static Customer customer(WorkspaceId workspace, int n, Random random) {
        Profile profile = new Profile(
                Optional.of("Customer " + n),
                Optional.of("+91 98200 " + (10_000 + n % 90_000)),
                Optional.of(CITIES.get(random.nextInt(CITIES.size()))),
                TAGS.get(random.nextInt(TAGS.size())),
                Map.of());
        int visits = random.nextInt(8);
        Instant created = NOW.minus(Duration.ofDays(random.nextInt(700)));
        Optional<Instant> last =
                visits == 0 ? Optional.empty() : Optional.of(NOW.minus(Duration.ofDays(random.nextInt(400))));
        PurchaseHistory purchases = new PurchaseHistory(
                new Money(BigDecimal.valueOf(visits * (50 + random.nextInt(5_000)), 1), INR),
                visits,
                last,
                last,
                Set.<OrderId>of());
        return new Customer(
                workspace,
                new CustomerId(String.format("c-%07d", n)),
                new Email("c" + n + "@example.com"),
                profile,
                purchases,
                created,
                last.filter(created::isBefore).orElse(created));
    }
}
