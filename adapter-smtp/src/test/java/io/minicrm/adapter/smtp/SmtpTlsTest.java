package io.minicrm.adapter.smtp;

import static io.minicrm.adapter.smtp.SmtpFixture.LINKS;
import static io.minicrm.adapter.smtp.SmtpFixture.QUICK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.minicrm.application.Crm;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.domain.campaign.Campaign;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channel over TLS to a server whose certificate the test makes: it sends when it trusts the certificate, refuses
 * to start when it does not or when STARTTLS is not offered, and gives up on a silent server within its time-outs.
 */
class SmtpTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path keys;

    private static GreenMail server;
    private static SSLContext trustingTheServer;

    @BeforeAll
    static void start_a_server_with_a_certificate_of_its_own() throws Exception {
        Path keyStore = keys.resolve("smtp.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "smtp",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String said = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(said).isZero();
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keyStore.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, PASSWORD);
        ServerSetup smtps = ServerSetupTest.SMTPS.dynamicPort();
        smtps.setServerStartupTimeout(10_000);
        server = new GreenMail(smtps);
        server.start();
        trustingTheServer = trusting(keyStore);
    }

    @AfterAll
    static void stop() {
        server.stop();
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
    }

    private static SSLContext trusting(Path keyStore) throws IOException, GeneralSecurityException {
        KeyStore withKey = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            withKey.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("smtp", withKey.getCertificate("smtp"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static SmtpSettings secured(int port, SmtpSettings.Security security, Duration timeout) {
        SmtpSettings plain = SmtpFixture.settings(port, 2);
        return new SmtpSettings(
                plain.host(),
                port,
                Optional.empty(),
                Optional.empty(),
                plain.from(),
                security,
                timeout,
                timeout,
                timeout,
                plain.connections(),
                0);
    }

    @Test
    void a_campaign_goes_out_over_tls_to_a_server_whose_certificate_the_channel_trusts() {
        InMemorySuppressionStore suppressions = new InMemorySuppressionStore();
        SmtpSettings tls = secured(server.getSmtps().getPort(), SmtpSettings.Security.TLS, Duration.ofSeconds(2));
        try (SmtpMessageChannel channel =
                        SmtpMessageChannel.open(tls, trustingTheServer, LINKS, suppressions, Clock.systemUTC());
                Crm crm = Crm.builder()
                        .messageChannel(channel)
                        .suppressionStore(suppressions)
                        .unsubscribeLinks(LINKS)
                        .pipelineSettings(QUICK)
                        .build()
                        .start()) {
            SmtpFixture.customers(crm, 20);

            Campaign completed = SmtpFixture.sentToEveryone(crm);

            assertThat(completed.counters().sent()).isEqualTo(20);
            assertThat(server.getReceivedMessages()).hasSize(20);
        }
    }

    @Test
    void a_server_certificate_the_channel_does_not_trust_refuses_the_start() {
        SmtpSettings tls = secured(server.getSmtps().getPort(), SmtpSettings.Security.TLS, Duration.ofSeconds(2));

        assertThatThrownBy(() -> SmtpMessageChannel.open(tls, LINKS, new InMemorySuppressionStore(), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void a_server_that_does_not_offer_starttls_when_it_is_required_refuses_the_start() {
        GreenMail plain = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        plain.start();
        try {
            SmtpSettings starttls =
                    secured(plain.getSmtp().getPort(), SmtpSettings.Security.STARTTLS, Duration.ofSeconds(2));

            assertThatThrownBy(() -> SmtpMessageChannel.open(
                            starttls, trustingTheServer, LINKS, new InMemorySuppressionStore(), Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("STARTTLS");
        } finally {
            plain.stop();
        }
    }

    @Test
    void a_server_that_takes_the_connection_and_never_answers_is_given_up_within_the_read_time_out()
            throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket held = silent.accept()) {
                    held.getInputStream().read();
                } catch (IOException closed) {
                    // The test is over.
                }
            });
            SmtpSettings tls = secured(silent.getLocalPort(), SmtpSettings.Security.TLS, Duration.ofMillis(300));
            long started = System.nanoTime();

            assertThatThrownBy(() -> SmtpMessageChannel.open(
                            tls, trustingTheServer, LINKS, new InMemorySuppressionStore(), Clock.systemUTC()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cannot be reached");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
