package io.minicrm.adapter.http.delivery;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.minicrm.adapter.http.docs.InvalidResponse;
import io.minicrm.adapter.http.docs.UnsignedResponse;
import io.minicrm.adapter.http.security.VendorSignatureFilter;
import io.minicrm.application.port.in.Deliveries;
import reactor.core.publisher.Mono;

/** {@code /api/delivery-receipts}: where message vendors report, signed, how far each delivery got. */
@Controller("/api/delivery-receipts")
public class DeliveryReceiptController {

    private final Deliveries deliveries;

    public DeliveryReceiptController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /**
     * Accepts a batch of receipts for recording (202); each is applied later, and only if it moves its delivery forward.
     * A 400 names every unreadable field, such as {@code receipts[2].status}, and then none of the batch is recorded.
     * The callback is signed by the workspace's vendor (see {@link VendorSignatureFilter}); receipts for deliveries of
     * another workspace are left out.
     */
    @Post
    @InvalidResponse
    @UnsignedResponse
    public Mono<HttpResponse<Void>> receive(HttpRequest<?> request, @Body ReceiptBatchRequest body) {
        return ReceiptReader.read(body)
                .flatMap(receipts -> deliveries
                        .recordReceipts(VendorSignatureFilter.signerOf(request), receipts)
                        .thenReturn(HttpResponse.<Void>accepted()));
    }
}
