package io.minicrm.application.assistant;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.blocking.BlockingCrm;
import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.OrderDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.out.LanguageModel;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;

/** An engine in rupees on a fixed clock in Kolkata (a Tuesday noon), offline or with a given model, and its data. */
final class Shop implements AutoCloseable {

    static final WorkspaceId SHOP = WorkspaceId.DEFAULT;
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    final Crm crm;
    final BlockingCrm engine;

    Shop(Optional<LanguageModel> model) {
        Crm.Builder builder = Crm.builder()
                .settings(new CrmSettings(
                        Currency.getInstance("INR"),
                        FieldCatalogue.standard(),
                        Clock.fixed(NOW, KOLKATA),
                        IdGenerator.TIME_ORDERED));
        model.ifPresent(language -> builder.languageModel(language, 1_000_000));
        this.crm = builder.build();
        this.engine = crm.blocking();
    }

    Customer customer(String email, String city, Set<String> tags) {
        return engine.customers()
                .create(
                        SHOP,
                        new CustomerDraft(
                                email,
                                Optional.of("Name"),
                                Optional.of("+919800000000"),
                                Optional.of(city),
                                tags,
                                Map.of()));
    }

    void order(Customer customer, long amount, Instant at) {
        engine.orders()
                .record(
                        SHOP,
                        new OrderDraft(
                                Optional.empty(),
                                customer.id().value(),
                                BigDecimal.valueOf(amount),
                                Optional.empty(),
                                List.of(),
                                Optional.of(at)));
    }

    Segment segment(String name, String rule) {
        return engine.segments().define(SHOP, new SegmentDraft(name, "", new RuleSource.Text(rule), "me"));
    }

    @Override
    public void close() {
        crm.close();
    }
}
