package io.minicrm.bootstrap;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.minicrm.adapter.smtp.SmtpMessageChannel;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reports on {@code /health} whether the SMTP server accepts a connection and the credentials. */
@Singleton
@Requires(condition = SmtpChosen.class)
class SmtpHealthIndicator implements HealthIndicator {

    private final SmtpMessageChannel smtp;

    SmtpHealthIndicator(SmtpMessageChannel smtp) {
        this.smtp = smtp;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return smtp.check()
                .thenReturn(HealthResult.builder("smtp", HealthStatus.UP).build())
                .onErrorResume(down -> Mono.just(HealthResult.builder("smtp", HealthStatus.DOWN)
                        .details(Map.of("error", String.valueOf(down.getMessage())))
                        .build()))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
