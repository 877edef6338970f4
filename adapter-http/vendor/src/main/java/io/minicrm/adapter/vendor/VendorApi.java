package io.minicrm.adapter.vendor;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The vendor's HTTP API as JSON records: {@code POST /messages} with the delivery id as {@value #IDEMPOTENCY_KEY},
 * answered {@code accepted} or {@code rejected} (the same answer for a key sent again), and the receipt callback the
 * vendor later posts to the service.
 */
final class VendorApi {

    static final String SEND_PATH = "messages";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private VendorApi() {}

    /** One message to send; the workspace is the one whose vendor secret signs its receipts. */
    record Send(String workspace, String to, String subject, String body) {}

    record Answer(String status, String vendorId, String reason) {}

    record Callback(List<CallbackReceipt> receipts) {}

    record CallbackReceipt(String deliveryId, String status, String vendorId, String reason, String occurredAt) {}
}
