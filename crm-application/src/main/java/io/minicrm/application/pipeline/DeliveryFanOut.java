package io.minicrm.application.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.minicrm.application.CrmSettings;
import io.minicrm.application.PipelineSettings;
import io.minicrm.application.port.out.AudienceQuery;
import io.minicrm.application.port.out.CounterChange;
import io.minicrm.application.port.out.DispatchQueue.DeliveryRequest;
import io.minicrm.application.port.shared.DeliveryBatch;
import io.minicrm.domain.campaign.Campaign;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.customer.Customer;
import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.DeliveryId;
import io.minicrm.domain.delivery.DeliveryStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a dispatching campaign's audience into pending deliveries, batch by batch, and asks for each pending one to be
 * sent. Every customer the rule selects gets a delivery, so that the audience is the rule's and a recount from the
 * deliveries finds every figure: one the channel cannot reach (no phone for an SMS) a skipped one, one on the
 * workspace's suppression list for the channel a suppressed one; neither is rendered or sent.
 */
final class DeliveryFanOut {

    private final PipelinePorts ports;
    private final CrmSettings crm;
    // Batches whose delivery requests may be on their way to the queue at the same time.
    private static final int REQUESTS_UNDER_WAY = 4;

    private final int batchSize;
    private final PipelineSettings settings;

    DeliveryFanOut(PipelinePorts ports, CrmSettings crm, PipelineSettings settings) {
        this.ports = ports;
        this.crm = crm;
        this.batchSize = settings.dispatchBatch();
        this.settings = settings;
    }

    /**
     * Works through the whole audience, stopping before the next batch once the campaign is no longer dispatching. A
     * batch is stored while the requests of the few before it are still on their way to the queue, so that a queue
     * across the network does not hold up the fan-out by its round trip.
     */
    Mono<Void> fromAudience(Campaign campaign) {
        AudienceQuery query = AudienceQuery.of(campaign.audienceRule().orElseThrow(), crm.catalogue(), crm.clock());
        return ports.customers()
                .audience(campaign.workspace(), query)
                .buffer(batchSize)
                .concatMap(customers -> ports.campaigns()
                        .findById(campaign.workspace(), campaign.id())
                        .filter(current -> current.status() == CampaignStatus.DISPATCHING)
                        .flatMap(current -> stored(current, customers).map(Optional::of))
                        .defaultIfEmpty(Optional.empty()))
                .takeWhile(Optional::isPresent)
                .flatMap(pending -> request(pending.orElseThrow()), REQUESTS_UNDER_WAY)
                .then();
    }

    /** Asks again for every delivery still pending, when the queue may have lost the requests. */
    Mono<Void> stillPending(Campaign campaign) {
        return ports.deliveries()
                .findByStatus(campaign.workspace(), campaign.id(), DeliveryStatus.PENDING)
                .buffer(batchSize)
                .concatMap(this::request)
                .then();
    }

    /** Stores the batch's new deliveries and counts them; emits those of the batch still pending. */
    private Mono<List<Delivery>> stored(Campaign campaign, List<Customer> customers) {
        Instant now = crm.clock().instant();
        Channel channel = campaign.channel();
        List<String> addresses = customers.stream()
                .flatMap(customer -> channel.addressOf(customer).stream())
                .toList();
        return ports.suppressions()
                .suppressedAmong(campaign.workspace(), channel, addresses)
                .map(suppressed -> customers.stream()
                        .map(customer -> deliveryTo(campaign, customer, suppressed, now))
                        .toList())
                .flatMap(batch -> Uninterrupted.writes(ports.deliveries()
                                .insertNew(batch)
                                .collectList()
                                .flatMap(inserted ->
                                        counted(campaign, inserted, now).thenReturn(inserted)))
                        .flatMap(inserted -> pending(batch, inserted).collectList()));
    }

    private Delivery deliveryTo(Campaign campaign, Customer customer, Set<String> suppressed, Instant now) {
        Optional<String> address = campaign.channel().addressOf(customer);
        if (address.isEmpty()) {
            return Delivery.skipped(campaign.workspace(), campaign.id(), customer.id(), now);
        }
        if (suppressed.contains(address.get())) {
            return Delivery.suppressed(campaign.workspace(), campaign.id(), customer.id(), address.get(), now);
        }
        return Delivery.pending(
                campaign.workspace(),
                campaign.id(),
                customer.id(),
                address.get(),
                campaign.messageFor(customer, crm.clock().getZone()),
                now);
    }

    /** Counts the new deliveries, then tells listeners of the batch once: never one event per delivery. */
    private Mono<Void> counted(Campaign campaign, List<Delivery> inserted, Instant now) {
        if (inserted.isEmpty()) {
            return Mono.empty();
        }
        Map<DeliveryStatus, Long> byStatus =
                inserted.stream().collect(Collectors.groupingBy(Delivery::status, Collectors.counting()));
        CounterChange change = CounterChange.created(
                byStatus.getOrDefault(DeliveryStatus.PENDING, 0L),
                byStatus.getOrDefault(DeliveryStatus.SKIPPED, 0L),
                byStatus.getOrDefault(DeliveryStatus.SUPPRESSED, 0L));
        return Counting.untilCounted(ports.campaigns(), campaign.workspace(), campaign.id(), change, settings)
                .flatMap(counted -> ports.events().publish(DeliveryBatch.created(counted, inserted.size(), now)));
    }

    /** The batch's deliveries still pending: those just inserted, and those a previous run inserted but did not get sent. */
    private Flux<Delivery> pending(List<Delivery> batch, List<Delivery> inserted) {
        if (inserted.size() == batch.size()) {
            return Flux.fromIterable(inserted).filter(delivery -> delivery.status() == DeliveryStatus.PENDING);
        }
        Set<DeliveryId> fresh = inserted.stream().map(Delivery::id).collect(Collectors.toSet());
        return Flux.fromIterable(batch)
                .concatMap(delivery -> fresh.contains(delivery.id())
                        ? Mono.just(delivery)
                        : ports.deliveries().findById(delivery.id()))
                .filter(delivery -> delivery.status() == DeliveryStatus.PENDING);
    }

    private Mono<Void> request(List<Delivery> deliveries) {
        return ports.queue()
                .requestDeliveries(deliveries.stream()
                        .map(delivery -> new DeliveryRequest(delivery.workspace(), delivery.id(), delivery.customer()))
                        .toList());
    }
}
