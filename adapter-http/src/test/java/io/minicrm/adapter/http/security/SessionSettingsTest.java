package io.minicrm.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SessionSettingsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-06T08:00:00Z");

    /** Sessions of an hour, for at most eight hours after sign-in. */
    private final SessionSettings settings = new SessionSettings("JWT", "", 3600, 8 * 3600);

    private static Instant at(String time) {
        return Instant.parse("2026-12-06T" + time + "Z");
    }

    @Test
    void a_session_younger_than_half_its_lifetime_is_not_renewed() {
        assertThat(settings.renewal(SIGNED_IN, at("09:00:00"), at("10:00:00"), at("09:29:59")))
                .isEmpty();
    }

    @Test
    void a_session_past_half_its_lifetime_gets_another_lifetime() {
        assertThat(settings.renewal(SIGNED_IN, at("09:00:00"), at("10:00:00"), at("09:30:00")))
                .contains(Duration.ofHours(1));
    }

    @Test
    void a_renewal_never_outlasts_the_maximum_after_sign_in() {
        assertThat(settings.renewal(SIGNED_IN, at("14:50:00"), at("15:50:00"), at("15:40:00")))
                .contains(Duration.ofMinutes(20));
    }

    @Test
    void a_session_at_its_maximum_is_not_renewed() {
        assertThat(settings.renewal(SIGNED_IN, at("15:20:00"), at("16:00:00"), at("15:55:00")))
                .isEmpty();
    }
}
