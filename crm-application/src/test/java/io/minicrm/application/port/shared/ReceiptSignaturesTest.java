package io.minicrm.application.port.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.minicrm.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class ReceiptSignaturesTest {

    private static final byte[] SECRET =
            "the vendor's secret, thirty-two bytes at least".getBytes(StandardCharsets.UTF_8);
    private static final WorkspaceId SHOP = new WorkspaceId("shop");
    private static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");
    private static final byte[] BODY = "{\"receipts\":[]}".getBytes(StandardCharsets.UTF_8);

    private final ReceiptSignatures signatures = new ReceiptSignatures(Map.of(SHOP, SECRET), Duration.ofMinutes(5));

    private Optional<String> refusal(WorkspaceId workspace, String header, byte[] body) {
        return signatures.refusal(workspace, Optional.of(header), body, NOW);
    }

    @Test
    void a_body_signed_with_the_workspaces_secret_a_moment_ago_is_taken() {
        String header = ReceiptSignatures.sign(SECRET, NOW.minusSeconds(30), BODY);

        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
        assertThat(refusal(SHOP, header, BODY)).isEmpty();
    }

    @Test
    void signs_as_the_worked_example_of_the_security_page_does_with_openssl() {
        byte[] body =
                "{\"receipts\":[{\"deliveryId\":\"c1:k1\",\"status\":\"DELIVERED\",\"occurredAt\":\"2025-12-06T18:00:00Z\"}]}"
                        .getBytes(StandardCharsets.UTF_8);

        assertThat(ReceiptSignatures.sign(
                        "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                        Instant.ofEpochSecond(1_765_044_000L),
                        body))
                .isEqualTo("t=1765044000,v1=9e32dd05d3873e436357ec78a50dbd8362b26d773047fcc140b85d9cb24680f3");
    }

    @Test
    void a_missing_or_unreadable_header_is_refused_saying_how_to_sign() {
        assertThat(signatures.refusal(SHOP, Optional.empty(), BODY, NOW))
                .contains("a receipt callback is signed: send the X-Crm-Signature header");
        assertThat(refusal(SHOP, "v1=abc", BODY))
                .hasValueSatisfying(why -> assertThat(why).startsWith("X-Crm-Signature reads t="));
        assertThat(refusal(SHOP, "t=now,v1=00", BODY)).isPresent();
    }

    @Test
    void an_edited_body_another_secret_or_another_workspace_does_not_match() {
        String header = ReceiptSignatures.sign(SECRET, NOW, BODY);
        byte[] other = "another secret of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(SHOP, header, "{\"receipts\":[{}]}".getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(why -> assertThat(why).contains("does not sign this body"));
        assertThat(refusal(SHOP, ReceiptSignatures.sign(other, NOW, BODY), BODY))
                .isPresent();
        assertThat(refusal(new WorkspaceId("elsewhere"), header, BODY)).isPresent();
    }

    @Test
    void a_signature_older_or_further_ahead_than_the_tolerance_is_refused_even_when_it_matches() {
        assertThat(refusal(SHOP, ReceiptSignatures.sign(SECRET, NOW.minusSeconds(301), BODY), BODY))
                .hasValueSatisfying(why -> assertThat(why).contains("more than 300 s away"));
        assertThat(refusal(SHOP, ReceiptSignatures.sign(SECRET, NOW.plusSeconds(301), BODY), BODY))
                .isPresent();
        assertThat(refusal(SHOP, "t=-9223372036854775808,v1=00", BODY)).isPresent();
    }
}
