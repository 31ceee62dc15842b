package dev.acrconsole.app.runlogs;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before reading a growing log again, as {@code az acr task logs} does: 1 s after new output, doubling
 * to 15 s while nothing comes, with jitter (±20 %) so many viewers do not ask in step.
 */
final class TailDelay {
    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CEILING = Duration.ofSeconds(15);

    private TailDelay() {}

    static Duration next(Duration previous, boolean gotOutput, RandomGenerator random) {
        Duration base = gotOutput || previous == null ? FIRST : previous.multipliedBy(2);
        if (base.compareTo(CEILING) > 0) {
            base = CEILING;
        }
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.round(base.toMillis() * jitter));
    }
}
