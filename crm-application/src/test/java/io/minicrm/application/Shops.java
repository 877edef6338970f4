package io.minicrm.application;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import io.minicrm.application.port.in.CustomerDraft;
import io.minicrm.application.port.in.RuleSource;
import io.minicrm.application.port.in.SegmentDraft;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.campaign.NewCampaign;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryStatus;
import io.minicrm.domain.delivery.Receipt;
import io.minicrm.domain.segment.Rule;
import io.minicrm.domain.segment.Segment;
import io.minicrm.domain.workspace.WorkspaceId;
import reactor.core.publisher.Mono;

/** A workspace with customers and a campaign to all of them, ready to queue. */
final class Shops {

    static final WorkspaceId SHOP = WorkspaceId.DEFAULT;

    private Shops() {}

    static CustomerDraft customer(String email) {
        return new CustomerDraft(email, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Map.of());
    }

    /** Sends the delivery as a blocking client would: holding its thread a few milliseconds. */
    static Mono<Receipt> sentBlocking(Delivery delivery) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Mono.error(interrupted);
        }
        return Mono.just(new Receipt(
                delivery.id(),
                DeliveryStatus.SENT,
                Optional.of("m-" + delivery.id()),
                Optional.empty(),
                delivery.createdAt()));
    }

    /** Registers {@code customers} customers, c0@example.com onwards, and drafts an e-mail to everyone. */
    static Campaign campaignToEveryone(Crm crm, int customers) {
        IntStream.range(0, customers)
                .forEach(n -> crm.customers()
                        .create(SHOP, customer("c" + n + "@example.com"))
                        .block());
        Segment everyone = crm.segments()
                .define(SHOP, new SegmentDraft("Everyone", "", new RuleSource.Tree(Rule.all()), "tester"))
                .block();
        return crm.campaigns()
                .create(
                        SHOP,
                        new NewCampaign(
                                "Hello",
                                everyone.id(),
                                Channel.EMAIL,
                                Optional.of("Hello"),
                                "Hi {{first_name|there}}",
                                Map.of()),
                        "tester")
                .block();
    }
}
