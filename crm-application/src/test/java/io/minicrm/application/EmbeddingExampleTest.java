package io.minicrm.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.application.port.out.IdGenerator;
import io.minicrm.application.port.shared.ImportKind;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.segment.FieldCatalogue;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** The README's embedding example, kept compiling and true. */
class EmbeddingExampleTest {

    /** Asha spent much lately, Ravi little, Meera much but long ago. */
    private static String customers(LocalDate today) {
        return "email,name,total_spend,last_order_at\n"
                + "asha@example.com,Asha Rao,7200," + today.minusDays(20) + "\n"
                + "ravi@shop.in,Ravi,300," + today.minusDays(5) + "\n"
                + "meera@example.com,Meera,9100," + today.minusDays(400) + "\n";
    }

    @Test
    void the_readme_example_sends_a_campaign_to_big_recent_spenders() {
        Clock clock = Clock.system(ZoneId.of("Asia/Kolkata"));
        try (Crm crm = Crm.builder()
                .settings(new CrmSettings(Currency.getInstance("INR"), FieldCatalogue.standard(), clock, IdGenerator.TIME_ORDERED))
                .build()
                .start()) {
            WorkspaceId shop = WorkspaceId.DEFAULT;
            crm.imports().run(ImportKind.CUSTOMERS, shop, new ByteArrayInputStream(customers(LocalDate.now(clock)).getBytes(StandardCharsets.UTF_8))).blockLast();
            Segment big = crm.segments().define(shop, new SegmentDraft("Big spenders", "",
                    new RuleSource.Text("total_spend > 5000 and last_order_at within the last 90 days"), "me")).block();
            Campaign campaign = crm.campaigns().create(shop, new NewCampaign("Thank you", big.id(), Channel.EMAIL,
                    Optional.of("A gift for you, {{first_name|friend}}"), "Hi {{first_name|there}}, {{discount}}% off for you.",
                    Map.of("discount", "10")), "me").block();
            crm.campaigns().queue(shop, campaign.id()).block();

            Campaign done = Mono.defer(() -> crm.campaigns().get(shop, campaign.id()))
                    .filter(current -> current.status() == CampaignStatus.COMPLETED)
                    .repeatWhenEmpty(200, ticks -> ticks.delayElements(Duration.ofMillis(25)))
                    .block(Duration.ofSeconds(10));

            assertThat(done.counters().audience()).isEqualTo(1);
            assertThat(done.counters().pending()).isZero();
        }
    }
}
