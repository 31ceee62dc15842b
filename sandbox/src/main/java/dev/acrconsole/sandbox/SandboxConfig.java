package dev.acrconsole.sandbox;

/**
 * How a sandbox runs.
 *
 * @param port      TCP port on 127.0.0.1; 0 picks a free one
 * @param pageSize  items per page of every list call
 * @param latencyMs delay added before answering each request
 * @param scale     generated data size; null means the hand-made default sample
 * @param seed      seed of the data generator; the same seed gives the same data
 */
public record SandboxConfig(int port, int pageSize, long latencyMs, Scale scale, long seed) {

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
    }

    /** Port 0, 5 items a page (so the default sample pages), no latency, default sample, seed 42. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, 5, 0, null, 42);
    }

    public SandboxConfig withPort(int p) {
        return new SandboxConfig(p, pageSize, latencyMs, scale, seed);
    }

    public SandboxConfig withPageSize(int n) {
        return new SandboxConfig(port, n, latencyMs, scale, seed);
    }

    public SandboxConfig withLatencyMs(long ms) {
        return new SandboxConfig(port, pageSize, ms, scale, seed);
    }

    public SandboxConfig withScale(Scale s) {
        return new SandboxConfig(port, pageSize, latencyMs, s, seed);
    }

    public SandboxConfig withSeed(long s) {
        return new SandboxConfig(port, pageSize, latencyMs, scale, s);
    }
}
