package io.minicrm.domain.delivery;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import io.minicrm.domain.campaign.CampaignId;
import io.minicrm.domain.customer.CustomerId;
import io.minicrm.domain.shared.Problem;
import io.minicrm.domain.template.RenderedMessage;
import io.minicrm.domain.workspace.WorkspaceId;
import io.vavr.control.Either;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** One campaign's message to one customer, and how far it has got: the communication log. */
@AggregateRoot
public record Delivery(
        WorkspaceId workspace,
        @Identity DeliveryId id,
        CampaignId campaign,
        CustomerId customer,
        String recipient,
        RenderedMessage message,
        DeliveryStatus status,
        int attempts,
        Optional<String> vendorId,
        Optional<String> failureReason,
        Instant createdAt,
        Instant updatedAt) {

    public Delivery {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!id.isOf(campaign, customer)) {
            throw new IllegalArgumentException("delivery " + id + " is not campaign " + campaign + " to " + customer);
        }
        recipient = Objects.requireNonNull(recipient, "recipient").strip();
        if (recipient.isEmpty() != (status == DeliveryStatus.SKIPPED)) {
            throw new IllegalArgumentException("a delivery has a recipient address exactly when it is not skipped");
        }
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
        }
        if (failureReason.isPresent() && status != DeliveryStatus.FAILED) {
            throw new IllegalArgumentException("only a failed delivery has a failure reason");
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a delivery cannot be updated before it was created");
        }
    }

    /** A message rendered for one recipient and not yet sent. */
    public static Delivery pending(
            WorkspaceId workspace,
            CampaignId campaign,
            CustomerId customer,
            String recipient,
            RenderedMessage message,
            Instant now) {
        return new Delivery(
                workspace,
                DeliveryId.of(campaign, customer),
                campaign,
                customer,
                recipient,
                message,
                DeliveryStatus.PENDING,
                0,
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /** A customer the campaign's channel cannot reach: nothing is rendered or sent, yet the customer is counted. */
    public static Delivery skipped(WorkspaceId workspace, CampaignId campaign, CustomerId customer, Instant now) {
        return unsent(workspace, campaign, customer, "", DeliveryStatus.SKIPPED, now);
    }

    /** A customer on the suppression list for the campaign's channel: nothing is rendered or sent. */
    public static Delivery suppressed(
            WorkspaceId workspace, CampaignId campaign, CustomerId customer, String recipient, Instant now) {
        return unsent(workspace, campaign, customer, recipient, DeliveryStatus.SUPPRESSED, now);
    }

    private static Delivery unsent(
            WorkspaceId workspace,
            CampaignId campaign,
            CustomerId customer,
            String recipient,
            DeliveryStatus status,
            Instant now) {
        return new Delivery(
                workspace,
                DeliveryId.of(campaign, customer),
                campaign,
                customer,
                recipient,
                RenderedMessage.NONE,
                status,
                0,
                Optional.empty(),
                Optional.empty(),
                now,
                now);
    }

    /** Counts one more try at sending; only a delivery still pending is sent. */
    public Either<Problem, Delivery> attempted(Instant now) {
        if (status != DeliveryStatus.PENDING) {
            return Either.left(new Problem.Conflict("delivery " + id + " is " + status + ", so it is not sent again"));
        }
        return Either.right(new Delivery(
                workspace,
                id,
                campaign,
                customer,
                recipient,
                message,
                status,
                attempts + 1,
                vendorId,
                failureReason,
                createdAt,
                later(now)));
    }

    /**
     * Applies a receipt that moves the status forward and tells from which status it moved; a late or repeated receipt
     * changes nothing and gives empty.
     */
    public Optional<DeliveryUpdated> advance(Receipt receipt, Instant now) {
        if (!receipt.delivery().equals(id)) {
            throw new IllegalArgumentException("a receipt for " + receipt.delivery() + " cannot update " + id);
        }
        if (!status.canMoveTo(receipt.status())) {
            return Optional.empty();
        }
        Optional<String> reason = receipt.status() == DeliveryStatus.FAILED ? receipt.reason() : Optional.empty();
        Delivery moved = new Delivery(
                workspace,
                id,
                campaign,
                customer,
                recipient,
                message,
                receipt.status(),
                attempts,
                receipt.vendorId().or(() -> vendorId),
                reason,
                createdAt,
                later(now));
        return Optional.of(new DeliveryUpdated(moved, status, now));
    }

    private Instant later(Instant now) {
        return now.isAfter(updatedAt) ? now : updatedAt;
    }
}
