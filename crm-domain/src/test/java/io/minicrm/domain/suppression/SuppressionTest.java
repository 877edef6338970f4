package io.minicrm.domain.suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.minicrm.domain.campaign.Channel;
import io.minicrm.domain.segment.OptOuts;
import io.minicrm.domain.shared.TextLimits;
import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Suppression with(String address, Optional<String> detail) {
        return new Suppression(
                WorkspaceId.DEFAULT,
                Channel.EMAIL,
                address,
                SuppressionReason.HARD_BOUNCED,
                detail,
                Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void a_long_server_reply_is_cut_to_the_length_of_a_failure_reason_and_a_blank_one_dropped() {
        String reply = "550 5.1.1 " + "x".repeat(5_000);

        assertThat(with("a@example.com", Optional.of(reply)).detail().orElseThrow())
                .hasSize(TextLimits.FAILURE_REASON.maxLength())
                .startsWith("550 5.1.1");
        assertThat(with("a@example.com", Optional.of("  ")).detail()).isEmpty();
    }

    @Test
    void a_suppression_needs_an_address() {
        assertThatThrownBy(() -> with(" ", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_opt_outs_are_the_unsubscribed_and_the_complaints_of_every_channel_but_not_the_hard_bounces() {
        Instant since = Instant.parse("2026-12-01T00:00:00Z");
        OptOuts optOuts = Suppression.optOuts(List.of(
                new Suppression(
                        WorkspaceId.DEFAULT,
                        Channel.EMAIL,
                        "asha@example.com",
                        SuppressionReason.UNSUBSCRIBED,
                        Optional.empty(),
                        since),
                new Suppression(
                        WorkspaceId.DEFAULT,
                        Channel.SMS,
                        "+919800000001",
                        SuppressionReason.COMPLAINED,
                        Optional.empty(),
                        since),
                with("bela@example.com", Optional.of("550 5.1.1 user unknown"))));

        assertThat(optOuts).isEqualTo(new OptOuts(Set.of("asha@example.com"), Set.of("+919800000001")));
    }
}
