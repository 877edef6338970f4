package io.minicrm.adapter.http.web.campaign;

import java.util.Locale;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.domain.delivery.Delivery;

/** One line of a campaign's delivery log as the page shows it. */
public record DeliveryRow(
        String recipient, String status, String statusWord, int attempts, String updated, String reason) {

    static DeliveryRow of(Delivery delivery) {
        return new DeliveryRow(
                delivery.recipient().isEmpty() ? "no address" : delivery.recipient(),
                delivery.status().name().toLowerCase(Locale.ROOT),
                Formats.words(delivery.status().name()),
                delivery.attempts(),
                Formats.time(delivery.updatedAt()),
                delivery.failureReason().orElse(""));
    }
}
