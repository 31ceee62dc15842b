package dev.acrconsole.app.operations;

import dev.acrconsole.app.arm.ArmResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * When to ask ARM again. Retry-After is obeyed (never sooner); without one, 1 s doubling to 15 s, so a quick operation
 * is seen to end quickly and a slow one costs few requests. The SDK's own default would wait 30 s each time.
 */
final class PollDelay {
    static final Duration FLOOR = Duration.ofMillis(250);
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CEILING = Duration.ofSeconds(15);
    /** ARM throttled us without saying for how long: its token bucket refills within seconds. */
    static final Duration THROTTLED_DEFAULT = Duration.ofSeconds(10);

    private PollDelay() {}

    static Duration after(ArmResponse response, int pollsSoFar, Instant now) {
        return response.retryAfterDelay(now).map(PollDelay::atLeastFloor).orElseGet(() -> backoff(pollsSoFar));
    }

    static Duration throttled(ArmResponse response, Instant now) {
        return response.retryAfterDelay(now).map(PollDelay::atLeastFloor).orElse(THROTTLED_DEFAULT);
    }

    static Duration backoff(int pollsSoFar) {
        long millis = FIRST.toMillis() << Math.min(pollsSoFar, 5);
        return Duration.ofMillis(Math.min(millis, CEILING.toMillis()));
    }

    /** A Retry-After of 0 would have us ask in a tight loop; a quarter second is still "at once" to a user. */
    private static Duration atLeastFloor(Duration d) {
        return d.compareTo(FLOOR) < 0 ? FLOOR : d;
    }
}
