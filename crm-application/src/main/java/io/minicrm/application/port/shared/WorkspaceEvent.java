package io.minicrm.application.port.shared;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignCounters;
import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.campaign.CampaignStatus;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.order.OrderId;
import io.minicrm.domain.segment.SegmentId;
import io.minicrm.domain.shared.Money;
import io.minicrm.domain.workspace.WorkspaceId;

/**
 * A change in a workspace as an embedding application receives it: one record per kind of change, carrying the ids
 * and key figures of its {@link LiveEvent} as typed values (counters as {@code long}s, amounts as {@link Money}), and
 * {@link Missed} where a subscriber that fell behind lost events. A {@code switch} over it names every kind.
 */
public sealed interface WorkspaceEvent {

    WorkspaceId workspace();

    /** When the change happened; for {@link Missed}, when the next event it did get happened. */
    Instant at();

    /** A campaign as an event shows it: its status and counters once the change was stored. */
    record CampaignSummary(CampaignId id, String name, CampaignStatus status, CampaignCounters counters) {
        public CampaignSummary {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(counters, "counters");
        }
    }

    record CustomerCreated(WorkspaceId workspace, Instant at, CustomerId customer, String email, Optional<String> name)
            implements WorkspaceEvent {}

    record CustomerUpdated(WorkspaceId workspace, Instant at, CustomerId customer, String email, Optional<String> name)
            implements WorkspaceEvent {}

    record CustomerDeleted(WorkspaceId workspace, Instant at, CustomerId customer) implements WorkspaceEvent {}

    record OrderCreated(
            WorkspaceId workspace,
            Instant at,
            OrderId order,
            Optional<String> externalRef,
            CustomerId customer,
            Money amount)
            implements WorkspaceEvent {}

    record SegmentCreated(WorkspaceId workspace, Instant at, SegmentId segment, String name)
            implements WorkspaceEvent {}

    record SegmentUpdated(WorkspaceId workspace, Instant at, SegmentId segment, String name)
            implements WorkspaceEvent {}

    record SegmentDeleted(WorkspaceId workspace, Instant at, SegmentId segment) implements WorkspaceEvent {}

    record CampaignCreated(WorkspaceId workspace, Instant at, CampaignSummary campaign) implements WorkspaceEvent {}

    record CampaignScheduled(WorkspaceId workspace, Instant at, CampaignSummary campaign, Optional<Instant> scheduledAt)
            implements WorkspaceEvent {}

    record CampaignQueued(WorkspaceId workspace, Instant at, CampaignSummary campaign) implements WorkspaceEvent {}

    record CampaignDispatching(WorkspaceId workspace, Instant at, CampaignSummary campaign) implements WorkspaceEvent {}

    record CampaignCancelled(WorkspaceId workspace, Instant at, CampaignSummary campaign) implements WorkspaceEvent {}

    record CampaignCompleted(WorkspaceId workspace, Instant at, CampaignSummary campaign) implements WorkspaceEvent {}

    /**
     * One stored batch of a campaign's deliveries: how many the fan-out created and how many receipts moved to each
     * status, with the campaign as it stood once the batch was counted.
     */
    record DeliveriesUpdated(
            WorkspaceId workspace,
            Instant at,
            CampaignSummary campaign,
            long created,
            long movedToSent,
            long movedToDelivered,
            long movedToFailed)
            implements WorkspaceEvent {}

    /** One stored batch of an import. */
    record ImportBatch(
            WorkspaceId workspace,
            Instant at,
            ImportKind kind,
            long customersCreated,
            long customersUpdated,
            long ordersCreated)
            implements WorkspaceEvent {}

    /**
     * The subscriber fell behind by more than its buffer holds and lost {@code count} events, the oldest it had not
     * taken; they came just before the event that follows this one. Figures a view keeps should be read afresh.
     */
    record Missed(WorkspaceId workspace, Instant at, long count) implements WorkspaceEvent {
        public Missed {
            if (count < 1) {
                throw new IllegalArgumentException("a subscriber misses at least one event, not " + count);
            }
        }
    }
}
