package io.minicrm.bootstrap;

import java.security.Principal;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.DetailsVisibility;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.minicrm.adapter.http.security.RequestAccess;

/**
 * {@code GET /health}: the status to anyone, each component's details (addresses, files, versions) to an owner of the
 * workspace the request acts in only, and to no one when {@code details-visible} is {@code NEVER}.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class OwnersHealthEndpoint extends HealthEndpoint {

    OwnersHealthEndpoint(
            HealthAggregator<HealthResult> aggregator,
            HealthIndicator[] indicators,
            @Liveness HealthIndicator[] liveness) {
        super(aggregator, indicators, liveness);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        boolean owner = ServerRequestContext.currentRequest()
                .map(RequestAccess::isOwner)
                .orElse(false);
        return owner && getDetailsVisible() != DetailsVisibility.NEVER
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
