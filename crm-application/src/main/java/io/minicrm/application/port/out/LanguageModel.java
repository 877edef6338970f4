package io.minicrm.application.port.out;

import reactor.core.publisher.Mono;

/**
 * A hosted language model that answers one request with JSON matching the request's schema, or declines. Answers are
 * untrusted: callers parse and check every one as they would a stranger's input.
 */
public interface LanguageModel {

    /** The provider's name as configuration gives it, shown beside each proposal. */
    String provider();

    /** One answer; a provider failure that retrying cannot mend arrives as a {@link ModelReply.Declined}. */
    Mono<ModelReply> complete(ModelRequest request);
}
