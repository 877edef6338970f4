package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpCredentialsTest {

    @RegisterExtension
    static final GreenMailExtension SERVER = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("shop@example.com", "shop", "right"));

    @Test
    void a_start_with_credentials_the_server_refuses_fails_saying_so() {
        SmtpSettings open = SmtpFixture.settings(SERVER.getSmtp().getPort(), 1);
        SmtpSettings wrong = new SmtpSettings(
                open.host(),
                open.port(),
                Optional.of("shop"),
                Optional.of("wrong"),
                open.from(),
                open.security(),
                open.connectTimeout(),
                open.readTimeout(),
                open.writeTimeout(),
                1,
                0);

        assertThatThrownBy(
                        () -> SmtpMessageChannel.open(wrong, LINKS, new InMemorySuppressionStore(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused the credentials of SMTP_USER");
    }
}
