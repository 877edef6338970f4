package io.minicrm.domain.campaign;

/**
 * Where a campaign is in its life: {@code DRAFT → QUEUED → DISPATCHING → COMPLETED}, or stopped as
 * {@code CANCELLED} or {@code FAILED} before it completes.
 */
public enum CampaignStatus {
    DRAFT,
    QUEUED,
    DISPATCHING,
    COMPLETED,
    CANCELLED,
    FAILED;

    public boolean canMoveTo(CampaignStatus next) {
        return switch (this) {
            case DRAFT -> next == QUEUED || next == CANCELLED;
            case QUEUED -> next == DISPATCHING || next == CANCELLED || next == FAILED;
            case DISPATCHING -> next == COMPLETED || next == CANCELLED || next == FAILED;
            case COMPLETED, CANCELLED, FAILED -> false;
        };
    }
}
