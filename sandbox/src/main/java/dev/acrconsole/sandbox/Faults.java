package dev.acrconsole.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Failures on demand, so every failure path of a client can be tested against something that behaves like ARM:
 * throttling (429 with Retry-After) of the next requests, and operations that end Failed. Besides what tests ask
 * for here, any operation on a resource whose name starts with {@code fail} ends Failed.
 */
public final class Faults {

    /** The name prefix that makes every operation on a resource fail. */
    public static final String FAILING_NAME_PREFIX = "fail";

    private record Throttle(String pathContains, String method, int retryAfterSeconds) {
    }

    private final Deque<Throttle> throttles = new ArrayDeque<>();
    private final java.util.Set<String> denied = new java.util.concurrent.CopyOnWriteArraySet<>();
    private final Deque<ArmError> failures = new ArrayDeque<>();

    /**
     * The next {@code count} requests whose method is {@code method} (null: any) and whose path contains
     * {@code pathContains} (ignoring case; null: any) are answered 429 with {@code Retry-After}.
     */
    public synchronized void throttle(int count, String method, String pathContains, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            throttles.add(new Throttle(pathContains == null ? null : pathContains.toLowerCase(Locale.ROOT),
                    method, retryAfterSeconds));
        }
    }

    /**
     * Every request whose path contains {@code pathContains} (ignoring case) is refused 403 AuthorizationFailed, as
     * ARM refuses a principal without the role, until {@link #allow} lifts it.
     */
    public void deny(String pathContains) {
        denied.add(pathContains.toLowerCase(Locale.ROOT));
    }

    public void allow(String pathContains) {
        denied.remove(pathContains.toLowerCase(Locale.ROOT));
    }

    /** Throws ARM's 403 if the request's path is denied. */
    void checkDenied(Request request) {
        String path = request.path().toLowerCase(Locale.ROOT);
        for (String d : denied) {
            if (path.contains(d)) {
                String action = ArmPaths.type(request.path()).isEmpty() ? "Microsoft.Resources/read" : ArmPaths.type(request.path()) + "/read";
                throw new ArmException(403, "AuthorizationFailed", "The client 'sandbox-user' with object id "
                        + "'00000000-0000-0000-0000-00000000cafe' does not have authorization to perform action '" + action
                        + "' over scope '" + request.path() + "' or the scope is invalid.");
            }
        }
    }

    /** What a chaos-struck request gets instead of (or on top of) its answer. */
    public enum Chaos {
        /** 429 with Retry-After: 1. */
        THROTTLE,
        /** 503 in ARM's error shape. */
        UNAVAILABLE,
        /** The connection closes with no answer at all. */
        RESET,
        /** The real answer, cut off half-way through its body. */
        TRUNCATED,
        /** 200 with a body that is not JSON. */
        MALFORMED,
        /** The real answer, after a wait longer than a client should wait. */
        STALL
    }

    /** One request chaos struck: which fault, on which request. */
    public record Struck(Chaos fault, String method, String path) {}

    private Random chaos;
    private double chaosRate;
    private Duration stall = Duration.ZERO;
    private final List<Struck> struck = new ArrayList<>();
    private final List<Struck> aimed = new ArrayList<>();

    /**
     * From now on, {@code rate} of the requests (0 to 1), drawn from {@code seed}, get a {@link Chaos} fault: each kind
     * in turn, so that any run struck six times has met every kind. {@code stall} is how long a stalled answer waits.
     */
    public synchronized void chaos(long seed, double rate, Duration stall) {
        this.chaos = new Random(seed);
        this.chaosRate = rate;
        this.stall = stall;
    }

    /** No more chaos. */
    public synchronized void calm() {
        this.chaos = null;
    }

    /** Every request struck so far, in order. */
    public synchronized List<Struck> struck() {
        return List.copyOf(struck);
    }

    /**
     * The next request whose method is {@code method} and whose path contains {@code pathContains} (ignoring case) gets
     * {@code fault}: one fault aimed at one request, where chaos strikes at random.
     */
    public synchronized void strikeNext(Chaos fault, String method, String pathContains) {
        aimed.add(new Struck(fault, method, pathContains.toLowerCase(Locale.ROOT)));
    }

    /** The fault this request gets: an aimed one that matches, else one drawn if chaos is on; null otherwise. */
    synchronized Chaos nextChaos(String method, String path) {
        Struck hit = aimed.stream().filter(a -> a.method().equalsIgnoreCase(method)
                && path.toLowerCase(Locale.ROOT).contains(a.path())).findFirst().orElse(null);
        if (hit != null) {
            aimed.remove(hit);
            struck.add(new Struck(hit.fault(), method, path));
            return hit.fault();
        }
        if (chaos == null || chaos.nextDouble() >= chaosRate) {
            return null;
        }
        Chaos c = Chaos.values()[struck.size() % Chaos.values().length];
        struck.add(new Struck(c, method, path));
        return c;
    }

    synchronized Duration stall() {
        return stall;
    }

    /** The next operation to start ends Failed with this error. */
    public synchronized void failNextOperation(String code, String message) {
        failures.add(new ArmError(500, code, message));
    }

    /** Throws ARM's 429 if this request is to be throttled. */
    synchronized void checkThrottle(Request request) {
        Throttle t = throttles.peek();
        if (t == null) {
            return;
        }
        boolean methodMatches = t.method() == null || t.method().equalsIgnoreCase(request.method());
        boolean pathMatches = t.pathContains() == null || request.path().toLowerCase(Locale.ROOT).contains(t.pathContains());
        if (methodMatches && pathMatches) {
            throttles.poll();
            String kind = request.method().equals("GET") ? "read" : "write";
            throw new ArmException(429, "SubscriptionRequestsThrottled", "Number of '" + kind
                    + "' requests for subscription actor exceeded. Please try again after '" + t.retryAfterSeconds()
                    + "' seconds after the last request.", Map.of("Retry-After", String.valueOf(t.retryAfterSeconds())));
        }
    }

    /** How an operation on {@code resourceId} ends: empty for success, else ARM's error. */
    synchronized Optional<ArmError> outcome(String resourceId) {
        ArmError queued = failures.poll();
        if (queued != null) {
            return Optional.of(queued);
        }
        if (ArmPaths.name(resourceId).toLowerCase(Locale.ROOT).startsWith(FAILING_NAME_PREFIX)) {
            return Optional.of(new ArmError(500, "ProvisioningFailed", "The operation on '" + ArmPaths.name(resourceId)
                    + "' failed: the sandbox fails every operation on resources whose name starts with '"
                    + FAILING_NAME_PREFIX + "'."));
        }
        return Optional.empty();
    }
}
