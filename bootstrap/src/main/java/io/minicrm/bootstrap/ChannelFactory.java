package io.minicrm.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.minicrm.adapter.embedded.EmbeddedStorage;
import io.minicrm.adapter.mongo.MongoStorage;
import io.minicrm.adapter.smtp.SmtpMessageChannel;
import io.minicrm.adapter.smtp.SmtpSettings;
import io.minicrm.application.inmemory.InMemorySuppressionStore;
import io.minicrm.application.port.out.SuppressionStore;
import io.minicrm.application.port.shared.UnsubscribeLinks;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suppression list, which the engine and a channel share (the channel adds hard bounces to it), and the SMTP
 * channel when {@code CRM_CHANNEL=smtp}: a start with a server that cannot be reached or refuses the credentials fails.
 */
@Factory
class ChannelFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelFactory.class);

    @Singleton
    SuppressionStore suppressions(
            AdapterChoices chosen, BeanProvider<MongoConnection> mongo, BeanProvider<EmbeddedStorage> embedded) {
        if (chosen.is(AdapterChoice.STORAGE, "mongo")) {
            MongoStorage stores = mongo.get().storage();
            return stores.suppressions();
        }
        if (chosen.is(AdapterChoice.STORAGE, "embedded")) {
            return embedded.get().suppressions();
        }
        return new InMemorySuppressionStore();
    }

    @Singleton
    @Requires(condition = SmtpChosen.class)
    @Bean(preDestroy = "close")
    SmtpMessageChannel smtp(
            @Value("${crm.smtp.host}") String host,
            @Value("${crm.smtp.original.host}") String originalHost,
            @Value("${crm.smtp.port}") String port,
            @Value("${crm.smtp.original.port}") String originalPort,
            @Value("${crm.smtp.user}") String user,
            @Value("${crm.smtp.original.user}") String originalUser,
            @Value("${crm.smtp.password}") String password,
            @Value("${crm.smtp.original.password}") String originalPassword,
            @Value("${crm.smtp.from}") String from,
            @Value("${crm.smtp.original.from}") String originalFrom,
            @Value("${crm.smtp.security}") String security,
            @Value("${crm.smtp.connect-timeout}") Duration connectTimeout,
            @Value("${crm.smtp.read-timeout}") Duration readTimeout,
            @Value("${crm.smtp.write-timeout}") Duration writeTimeout,
            @Value("${crm.smtp.connections}") int connections,
            @Value("${crm.smtp.rate}") double rate,
            UnsubscribeLinks links,
            SuppressionStore suppressions) {
        SmtpSettings settings = new SmtpSettings(
                either(host, originalHost),
                Integer.parseInt(either(port, originalPort)),
                present(either(user, originalUser)),
                present(either(password, originalPassword)),
                either(from, originalFrom),
                SmtpSettings.Security.valueOf(security.strip().toUpperCase(Locale.ROOT)),
                connectTimeout,
                readTimeout,
                writeTimeout,
                connections,
                rate);
        SmtpMessageChannel channel = SmtpMessageChannel.open(settings, links, suppressions, Clock.systemUTC());
        LOG.info(
                "Channel: SMTP at {}:{} ({}), {} connections",
                settings.host(),
                settings.port(),
                settings.security(),
                connections);
        return channel;
    }

    /** The CRM_SMTP_* value when set, else the original SMTP_* one. */
    private static String either(String crm, String original) {
        return crm.isBlank() ? original.strip() : crm.strip();
    }

    private static Optional<String> present(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
