package dev.acrconsole.sandbox;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * ARM's request budget (its token buckets since 2024): per subscription and principal, reads 250 burst refilled at 25
 * a second, writes and deletes 200 at 10; a global bucket per subscription across principals of 15 times that; the
 * tenant-level requests (no subscription in the path) a bucket per principal like a subscription's. Every ARM answer
 * says what is left in the {@code x-ms-ratelimit-remaining-*} headers, so the buckets are kept always; only when
 * {@link SandboxConfig#throttle()} is set does an empty one answer {@code 429} with {@code Retry-After} (otherwise the
 * header rests at 0 and the request is served).
 */
public final class Throttling {

    /** ARM's own limits (reads), used for the headers when throttling is off. */
    public static final SandboxConfig.Throttle ARM_DEFAULT = new SandboxConfig.Throttle(250, 25);
    /** ARM's global subscription buckets are this many times the per-principal ones. */
    static final int GLOBAL_FACTOR = 15;
    /** Who the fixed sandbox token is, in ARM's messages (as in {@link Faults}' AuthorizationFailed). */
    static final String ANONYMOUS_ACTOR = "00000000-0000-0000-0000-00000000cafe";

    /** ARM's operation types, each with a bucket of its own. */
    enum Kind {
        READ("reads", "read"), WRITE("writes", "write"), DELETE("deletes", "delete");

        final String header;
        final String word;

        Kind(String header, String word) {
            this.header = header;
            this.word = word;
        }

        static Kind of(String method) {
            return switch (method) {
                case "GET", "HEAD" -> READ;
                case "DELETE" -> DELETE;
                default -> WRITE;
            };
        }
    }

    /** One token bucket: {@code capacity} tokens, {@code perSecond} back each second, never above capacity. */
    static final class Bucket {
        private final double capacity;
        private final double perSecond;
        private double tokens;
        private long at;

        Bucket(double capacity, double perSecond, long nowNanos) {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.tokens = capacity;
            this.at = nowNanos;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + perSecond * (now - at) / 1e9);
            at = now;
        }

        boolean has(long now) {
            refill(now);
            return tokens >= 1;
        }

        /** Takes a token (an empty bucket stays at 0: throttling is off); returns the whole tokens left. */
        long take(long now) {
            refill(now);
            tokens = Math.max(0, tokens - 1);
            return (long) Math.floor(tokens);
        }

        long left(long now) {
            refill(now);
            return (long) Math.floor(tokens);
        }

        /** Whole seconds until a token is back, at least 1: ARM's Retry-After unit. */
        long retryAfterSeconds(long now) {
            refill(now);
            return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        }
    }

    private final SandboxConfig.Throttle limits;
    private final boolean refusing;
    private final LongSupplier nanos;
    private final String defaultTenant;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> refusedBy = new ConcurrentHashMap<>();

    /** {@code throttle} null: the headers move with ARM's limits and nothing is refused. */
    Throttling(SandboxConfig.Throttle throttle, String defaultTenant, LongSupplier nanos) {
        this.limits = throttle == null ? ARM_DEFAULT : throttle;
        this.refusing = throttle != null;
        this.defaultTenant = defaultTenant;
        this.nanos = nanos;
    }

    /** Whether an empty bucket answers 429 (else the headers only count). */
    public boolean enabled() {
        return refusing;
    }

    /** The reads' limits in force: the configured ones, or ARM's when throttling is off. */
    public SandboxConfig.Throttle limits() {
        return limits;
    }

    /** 429s answered so far because a bucket was empty. */
    public int refusedCount() {
        return refused.get();
    }

    /** 429s answered so far for this subscription (or {@code "tenant"} for tenant-level requests). */
    public int refusedCount(String subscriptionIdOrTenant) {
        AtomicInteger n = refusedBy.get(subscriptionIdOrTenant.toLowerCase(Locale.ROOT));
        return n == null ? 0 : n.get();
    }

    /** The subscription a request is charged to; null for tenant-level requests (no subscription in the path). */
    static String subscriptionOf(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 && parts[1].equalsIgnoreCase("subscriptions") && !parts[2].isEmpty()
                ? parts[2].toLowerCase(Locale.ROOT) : null;
    }

    /**
     * Charges the request to its buckets and returns the headers ARM adds to its answer; throws ARM's 429 (with
     * Retry-After and the same headers) when throttling is on and a bucket is empty. Nothing is taken from a refused
     * request: ARM does not process it.
     */
    synchronized Map<String, String> charge(Request request) {
        long now = nanos.getAsLong();
        Kind kind = Kind.of(request.method());
        String subscription = subscriptionOf(request.path());
        String actor = request.access().all() ? ANONYMOUS_ACTOR : request.access().principal().name();
        Map<String, String> headers = new LinkedHashMap<>();
        if (subscription == null) {
            Bucket tenant = bucket(actor + "|tenant|" + kind, kind, 1, now);
            if (refusing && !tenant.has(now)) {
                String tenantId = request.access().tenantId() != null ? request.access().tenantId() : defaultTenant;
                headers.put("x-ms-ratelimit-remaining-tenant-" + kind.header, "0");
                throw refuse("tenant", "TenantRequestsThrottled", kind, "tenant '" + tenantId + "'", actor,
                        tenant.retryAfterSeconds(now), headers);
            }
            headers.put("x-ms-ratelimit-remaining-tenant-" + kind.header, String.valueOf(tenant.take(now)));
            return headers;
        }
        Bucket own = bucket(actor + "|" + subscription + "|" + kind, kind, 1, now);
        Bucket global = bucket("global|" + subscription + "|" + kind, kind, GLOBAL_FACTOR, now);
        if (refusing && (!own.has(now) || !global.has(now))) {
            Bucket empty = own.has(now) ? global : own;
            headers.put("x-ms-ratelimit-remaining-subscription-" + kind.header, String.valueOf(own.left(now)));
            headers.put("x-ms-ratelimit-remaining-subscription-global-" + kind.header, String.valueOf(global.left(now)));
            throw refuse(subscription, "SubscriptionRequestsThrottled", kind, "subscription '" + subscription + "'", actor,
                    empty.retryAfterSeconds(now), headers);
        }
        headers.put("x-ms-ratelimit-remaining-subscription-" + kind.header, String.valueOf(own.take(now)));
        headers.put("x-ms-ratelimit-remaining-subscription-global-" + kind.header, String.valueOf(global.take(now)));
        return headers;
    }

    private ArmException refuse(String key, String code, Kind kind, String scope, String actor, long retryAfter,
                                Map<String, String> headers) {
        refused.incrementAndGet();
        refusedBy.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        headers.put("Retry-After", String.valueOf(retryAfter));
        // ARM's message, word for word (as az and the SDKs print it), with the sandbox's subscription and actor.
        return new ArmException(429, code, "Number of '" + kind.word + "' requests for " + scope + " actor '" + actor
                + "' exceeded. Please try again after '" + retryAfter + "' seconds after additional tokens are available. "
                + "Refer to https://aka.ms/arm-throttling for additional information.", headers);
    }

    private Bucket bucket(String key, Kind kind, int factor, long now) {
        return buckets.computeIfAbsent(key, k -> {
            // Writes and deletes keep ARM's proportions to its reads: 200 burst (4/5), 10 a second (2/5).
            double burst = kind == Kind.READ ? limits.burst() : Math.max(1, limits.burst() * 4 / 5.0);
            double rate = kind == Kind.READ ? limits.perSecond() : Math.max(0.1, limits.perSecond() * 2 / 5.0);
            return new Bucket(Math.floor(burst * factor), rate * factor, now);
        });
    }
}
