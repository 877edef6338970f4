package io.minicrm.application.port.out;

import io.minicrm.domain.delivery.Delivery;
import io.minicrm.domain.delivery.Receipt;
import reactor.core.publisher.Mono;

/**
 * Sends one personalised message. The receipt says SENT (with the vendor's id) or FAILED (with the vendor's
 * reason); an error signal means the channel could not be reached and the send may be tried again.
 */
public interface MessageChannel {

    Mono<Receipt> send(Delivery delivery);
}
