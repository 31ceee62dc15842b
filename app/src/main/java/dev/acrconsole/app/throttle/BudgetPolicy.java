package dev.acrconsole.app.throttle;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import reactor.core.publisher.Mono;

/**
 * Feeds an {@link ArmBudget} from every ARM answer of a pipeline and, for a pipeline that {@code paces}, holds each read
 * until its subscription's budget allows it and waits out a 429 (that subscription's Retry-After) before sending it
 * again, so a listing is not lost to throttling. Placed after the retry policy: each try is charged and paced. Writes
 * (another of ARM's buckets) go at once; an unpaced pipeline (the operations poller's, which spaces its polls itself per
 * Retry-After) only reports.
 */
public final class BudgetPolicy implements HttpPipelinePolicy {

    static final HttpHeaderName SUBSCRIPTION_READS = HttpHeaderName.fromString("x-ms-ratelimit-remaining-subscription-reads");
    static final HttpHeaderName GLOBAL_READS = HttpHeaderName.fromString("x-ms-ratelimit-remaining-subscription-global-reads");
    static final HttpHeaderName TENANT_READS = HttpHeaderName.fromString("x-ms-ratelimit-remaining-tenant-reads");
    /** A read is sent again after this many 429s in a row at most (each after its Retry-After): then the 429 is the answer. */
    static final int MAX_THROTTLED_TRIES = 60;

    private final ArmBudget budget;
    private final boolean paces;

    public BudgetPolicy(ArmBudget budget, boolean paces) {
        this.budget = budget;
        this.paces = paces;
    }

    private static boolean read(HttpPipelineCallContext context) {
        String method = context.getHttpRequest().getHttpMethod().name();
        return method.equals("GET") || method.equals("HEAD");
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        if (!read(context)) {
            return next.processSync();
        }
        String key = ArmBudget.keyOf(context.getHttpRequest().getUrl().toString());
        for (int tries = 1; ; tries++) {
            for (long wait = budget.tryRead(key, paces); wait > 0; wait = budget.tryRead(key, paces)) {
                LockSupport.parkNanos(wait);
                if (Thread.interrupted()) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new InterruptedIOException("Stopped while waiting for ARM's read budget"));
                }
            }
            HttpResponse response;
            try {
                response = next.clone().processSync();
            } catch (RuntimeException | Error e) {
                budget.abandoned(key);
                throw e;
            }
            if (!report(key, response) || !paces || tries >= MAX_THROTTLED_TRIES) {
                return response;
            }
            response.close(); // throttled: not carried out by ARM, so sent again once the bucket has refilled
        }
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        if (!read(context)) {
            return next.process();
        }
        String key = ArmBudget.keyOf(context.getHttpRequest().getUrl().toString());
        return attempt(key, next, 1);
    }

    private Mono<HttpResponse> attempt(String key, HttpPipelineNextPolicy next, int tries) {
        return Mono.defer(() -> {
            long wait = budget.tryRead(key, paces);
            if (wait > 0) {
                return Mono.delay(Duration.ofNanos(wait)).then(attempt(key, next, tries));
            }
            AtomicBoolean settled = new AtomicBoolean();
            return next.clone().process()
                    .doOnError(e -> {
                        if (settled.compareAndSet(false, true)) {
                            budget.abandoned(key);
                        }
                    })
                    .doOnCancel(() -> {
                        if (settled.compareAndSet(false, true)) {
                            budget.abandoned(key);
                        }
                    })
                    .flatMap(response -> {
                        settled.set(true);
                        if (!report(key, response) || !paces || tries >= MAX_THROTTLED_TRIES) {
                            return Mono.just(response);
                        }
                        response.close();
                        return attempt(key, next, tries + 1);
                    });
        });
    }

    /** Tells the budget what ARM said; true when it was a 429. */
    private boolean report(String key, HttpResponse response) {
        Long remaining = lowest(number(response.getHeaderValue(key.equals(ArmBudget.TENANT) ? TENANT_READS : SUBSCRIPTION_READS)),
                number(response.getHeaderValue(GLOBAL_READS)));
        boolean throttled = response.getStatusCode() == 429;
        Integer retryAfter = null;
        if (throttled) {
            Long seconds = number(response.getHeaderValue(HttpHeaderName.RETRY_AFTER));
            retryAfter = seconds == null ? 1 : (int) Math.min(Math.max(seconds, 0), 300);
        }
        budget.answered(key, remaining, retryAfter);
        return throttled;
    }

    private static Long lowest(Long a, Long b) {
        return a == null ? b : b == null ? a : Math.min(a, b);
    }

    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null; // a Retry-After as an HTTP date, or a header we cannot read: as if not sent
        }
    }
}
