package io.minicrm.adapter.http.web.campaign;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.minicrm.adapter.http.web.Formats;
import io.minicrm.domain.delivery.DeliveryStatus;

/** The statuses the delivery log can be filtered by, as the filter offers them. */
public final class DeliveryLog {

    /** Each status's name and word, in the order a delivery moves through them. */
    public static final List<Map.Entry<String, String>> STATUSES = Arrays.stream(DeliveryStatus.values())
            .map(status -> Map.entry(status.name(), Formats.words(status.name())))
            .toList();

    private DeliveryLog() {}

    /** The status a filter names; none for no filter or a name no status has. */
    static Optional<DeliveryStatus> statusNamed(String name) {
        return Arrays.stream(DeliveryStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
