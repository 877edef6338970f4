package io.minicrm.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void a_plain_url_names_host_and_port_and_defaults_the_rest() {
        assertThat(RedisSettings.parse("redis://localhost"))
                .isEqualTo(new RedisSettings(false, "localhost", 6379, 0, Optional.empty(), Optional.empty()));
    }

    @Test
    void a_hosted_service_url_brings_tls_user_password_and_database() {
        RedisSettings hosted = RedisSettings.parse("rediss://default:s%40cret:x@eu1.example.net:6380/2");

        assertThat(hosted)
                .isEqualTo(new RedisSettings(
                        true, "eu1.example.net", 6380, 2, Optional.of("default"), Optional.of("s@cret:x")));
        assertThat(hosted.address()).isEqualTo("rediss://eu1.example.net:6380");
    }

    @Test
    void a_password_alone_is_given_before_a_colon() {
        assertThat(RedisSettings.parse("redis://:only-password@127.0.0.1:7000").password())
                .contains("only-password");
        assertThat(RedisSettings.parse("redis://:only-password@127.0.0.1:7000").username())
                .isEmpty();
    }

    @Test
    void the_password_never_shows_in_the_settings_text() {
        assertThat(RedisSettings.parse("rediss://:hunter2@cache.example.net").toString())
                .isEqualTo("rediss://cache.example.net:6379/0 (with a password)");
    }

    @Test
    void a_url_of_another_scheme_or_without_host_or_with_a_wrong_database_is_refused_saying_why() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisSettings.parse("http://localhost:6379"))
                .withMessageEndingWith("; 'http' is not redis or rediss");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisSettings.parse("redis://:6379"))
                .withMessageEndingWith("; the host is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisSettings.parse("redis://localhost/zero"))
                .withMessageEndingWith("; the database 'zero' is not a number");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisSettings.parse("redis://:pw@host name"))
                .withMessageStartingWith("a Redis URL is redis://")
                .withMessageNotContaining("pw");
    }
}
