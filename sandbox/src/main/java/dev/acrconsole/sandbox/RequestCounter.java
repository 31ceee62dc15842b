package dev.acrconsole.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the sandbox has been asked, for tests that assert on it rather than on time: requests received (ARM and the
 * data planes), ARM writes among them, and the most it was serving at once.
 */
final class RequestCounter {
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger armWrites = new AtomicInteger();
    private final AtomicInteger serving = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    /** A request came in; pair with {@link #answered()}. */
    void received(String method, boolean arm) {
        requests.incrementAndGet();
        if (arm && ("PUT".equalsIgnoreCase(method) || "PATCH".equalsIgnoreCase(method)
                || "DELETE".equalsIgnoreCase(method))) {
            armWrites.incrementAndGet();
        }
        mostAtOnce.accumulateAndGet(serving.incrementAndGet(), Math::max);
    }

    void answered() {
        serving.decrementAndGet();
    }

    int requests() {
        return requests.get();
    }

    int armWrites() {
        return armWrites.get();
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }
}
