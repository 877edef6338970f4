package io.minicrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

/** {@code CRM_CHANNEL=smtp} checks the server before the service starts. */
class SmtpChannelStartTest {

    @Test
    void a_start_with_an_smtp_server_that_cannot_be_reached_fails_naming_it() throws IOException {
        int closed;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = gone.getLocalPort();
        }

        Throwable refused = catchThrowable(() -> ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "micronaut.server.port",
                                -1,
                                "crm.channel",
                                "smtp",
                                "crm.smtp.host",
                                "127.0.0.1",
                                "crm.smtp.port",
                                closed,
                                "crm.smtp.connect-timeout",
                                "1s"))
                .close());

        assertThat(refused).isNotNull();
        assertThat(rootMessage(refused)).contains("cannot be reached").contains("127.0.0.1:" + closed);
    }

    private static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
