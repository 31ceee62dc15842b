package dev.acrconsole.sandbox;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a sandbox runs.
 *
 * @param port              TCP port on 127.0.0.1; 0 picks a free one
 * @param pageSize          items per page of every list call
 * @param latencyMs         delay added before answering each request
 * @param scale             generated data size; null means the hand-made default sample
 * @param seed              seed of the data generator; the same seed gives the same data
 * @param operationDuration how long each long-running operation stays InProgress
 * @param retryAfterSeconds the Retry-After sent while an operation runs (ARM's unit: whole seconds)
 * @param stateFile         where the sandbox keeps its state across restarts; null (the default) starts afresh each
 *                          time and writes nothing (see the module's README, "What a state file keeps")
 * @param bigRepositoryTags tags of the data plane's one big repository ({@code stress/many-tags}); 0: no such repository
 * @param throttle          ARM's token bucket per subscription (reads' burst and refill a second): an empty one answers
 *                          429 with Retry-After; null (the default) counts only, for the rate-limit headers
 */
public record SandboxConfig(int port, int pageSize, long latencyMs, Scale scale, long seed, Duration operationDuration,
                            int retryAfterSeconds, Path stateFile, int bigRepositoryTags, Throttle throttle) {

    /** A bucket's size and its refill a second (ARM's reads: 250 and 25). */
    public record Throttle(int burst, double perSecond) {
        public Throttle {
            if (burst < 1 || !(perSecond > 0)) {
                throw new IllegalArgumentException("throttle needs a burst of at least 1 and a refill above 0, got "
                        + burst + "/" + perSecond);
            }
        }

        /** {@code BURST/PER_SECOND}, e.g. {@code 250/25}. */
        public static Throttle parse(String text) {
            String[] parts = text.split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Throttle(Integer.parseInt(parts[0].strip()), Double.parseDouble(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new IllegalArgumentException("throttle needs BURST/PER_SECOND, e.g. 250/25, got '" + text + "'");
        }
    }

    public SandboxConfig(int port, int pageSize, long latencyMs, Scale scale, long seed, Duration operationDuration,
                         int retryAfterSeconds, Path stateFile, int bigRepositoryTags) {
        this(port, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, null);
    }

    /** The big repository's tags unless told otherwise: enough that a client must page through them. */
    public static final int DEFAULT_BIG_REPOSITORY_TAGS = 10_000;

    public SandboxConfig(int port, int pageSize, long latencyMs, Scale scale, long seed, Duration operationDuration,
                         int retryAfterSeconds, Path stateFile) {
        this(port, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, DEFAULT_BIG_REPOSITORY_TAGS);
    }

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, got " + pageSize);
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative, got " + latencyMs);
        }
        if (operationDuration == null || operationDuration.isNegative()) {
            throw new IllegalArgumentException("operationDuration must not be negative, got " + operationDuration);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative, got " + retryAfterSeconds);
        }
        if (bigRepositoryTags < 0) {
            throw new IllegalArgumentException("bigRepositoryTags must not be negative, got " + bigRepositoryTags);
        }
    }

    /**
     * Port 0, 5 items a page (so the default sample pages), no latency, default sample, seed 42; operations take
     * 3 s with Retry-After 1, long enough to watch one run in the UI.
     */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, 5, 0, null, 42, Duration.ofSeconds(3), 1, null);
    }

    public SandboxConfig withPort(int p) {
        return new SandboxConfig(p, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withPageSize(int n) {
        return new SandboxConfig(port, n, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withLatencyMs(long ms) {
        return new SandboxConfig(port, pageSize, ms, scale, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withScale(Scale s) {
        return new SandboxConfig(port, pageSize, latencyMs, s, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withSeed(long s) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, s, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withOperationDuration(Duration d) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, seed, d, retryAfterSeconds, stateFile, bigRepositoryTags, throttle);
    }

    public SandboxConfig withRetryAfterSeconds(int s) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, seed, operationDuration, s, stateFile, bigRepositoryTags, throttle);
    }

    /** Keeps the state in {@code file} across restarts (null: start afresh each time). */
    public SandboxConfig withStateFile(Path file) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, file, bigRepositoryTags, throttle);
    }

    /** The data plane's big repository gets {@code n} tags (0: it is left out). */
    public SandboxConfig withBigRepositoryTags(int n) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, n, throttle);
    }

    /**
     * ARM's throttling: a token bucket of {@code burst} reads per subscription and principal refilled at
     * {@code perSecond} (writes and deletes 4/5 the burst and 2/5 the refill, as ARM's 200/10 to its 250/25), answering
     * 429 with Retry-After when empty.
     */
    public SandboxConfig withThrottle(int burst, double perSecond) {
        return withThrottle(new Throttle(burst, perSecond));
    }

    /** As {@link #withThrottle(int, double)}; null: no throttling (the headers still count). */
    public SandboxConfig withThrottle(Throttle t) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, seed, operationDuration, retryAfterSeconds, stateFile, bigRepositoryTags, t);
    }
}
