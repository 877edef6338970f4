package io.minicrm.adapter.http.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import io.minicrm.adapter.http.CrmExceptionHandler;
import io.minicrm.application.port.shared.Access;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Per principal, the costly routes (uploads, audience previews, queueing a campaign, proposed messages, AI) share a
 * budget of requests per minute; past it they answer 429 with {@code Retry-After}. The budget is per node.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
class RateLimits implements HttpServerFilter {

    private final long perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(@Value("${crm.rate-limit.per-minute:60}") long perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public int getOrder() {
        // After AccessFilter, which names the principal.
        return ServerFilterPhase.SECURITY.after() + 10;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Optional<Access> access = RequestAccess.find(request);
        if (access.isEmpty() || !isCostly(request)) {
            return chain.proceed(request);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(access.get().actor(), actor -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.proceed(request);
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        return Mono.just(CrmExceptionHandler.respond(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Too many requests",
                        "at most " + perMinute + " costly requests a minute; try again in " + seconds + " s",
                        null)
                .header("Retry-After", Long.toString(seconds)));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }

    static boolean isCostly(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/api/ai/")
                || (request.getMethod() == HttpMethod.POST
                        && (path.startsWith("/api/upload/")
                                || path.equals("/api/segment-rules/preview")
                                || path.equals("/api/campaigns/messages")
                                || (path.startsWith("/api/campaigns/") && path.endsWith("/queue"))))
                || (request.getMethod() == HttpMethod.GET
                        && path.startsWith("/api/segment-rules/")
                        && path.endsWith("/preview"));
    }
}
