package com.example.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import io.minicrm.application.Crm;
import io.minicrm.application.CrmSettings;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;

/** Imports a shop's customers, picks its best ones by a rule, thanks them by e-mail and waits until that is done. */
public final class EmbeddingExample {

    public static void main(String[] args) throws IOException {
        Campaign done = thankBestCustomers(Path.of(args.length > 0 ? args[0] : "customers.csv"));
        CampaignCounters counters = done.counters();
        System.out.printf(
                "%s: %d recipients, %d sent, %d delivered, %d failed%n",
                done.status(), counters.audience(), counters.sent(), counters.delivered(), counters.failed());
    }

    public static Campaign thankBestCustomers(Path customersCsv) throws IOException {
        try (Crm crm = Crm.builder()
                .settings(new CrmSettings(
                        Currency.getInstance("INR"),
                        FieldCatalogue.standard(),
                        Clock.system(ZoneId.of("Asia/Kolkata")),
                        IdGenerator.TIME_ORDERED))
                .build()
                .start()) {
            WorkspaceId shop = WorkspaceId.DEFAULT;
            crm.imports()
                    .run(ImportKind.CUSTOMERS, shop, Files.newInputStream(customersCsv))
                    .blockLast();
            Segment best = crm.segments()
                    .define(
                            shop,
                            new SegmentDraft(
                                    "Best customers",
                                    "",
                                    new RuleSource.Text("total_spend > 5000 and order_count >= 3"),
                                    "me"))
                    .block();
            Campaign campaign = crm.campaigns()
                    .create(
                            shop,
                            new NewCampaign(
                                    "Thank you",
                                    best.id(),
                                    Channel.EMAIL,
                                    Optional.of("A gift for you, {{first_name|friend}}"),
                                    "Hi {{first_name|there}}, {{discount}}% off for you.",
                                    Map.of("discount", "10")),
                            "me")
                    .block();
            crm.campaigns().queue(shop, campaign.id()).block();
            return crm.campaigns().completion(shop, campaign.id()).block(Duration.ofMinutes(1));
        }
    }
}
