package io.minicrm.domain.suppression;

/** Why an address is suppressed: the person unsubscribed, the server said it does not exist, or it was reported as spam. */
public enum SuppressionReason {
    UNSUBSCRIBED,
    HARD_BOUNCED,
    COMPLAINED
}
