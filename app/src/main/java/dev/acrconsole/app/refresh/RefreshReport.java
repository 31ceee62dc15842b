package dev.acrconsole.app.refresh;

import java.time.Instant;
import java.util.List;

/** How a whole refresh went: what it stored, and every listing that failed with ARM's reason. */
public record RefreshReport(Instant startedAt, Instant finishedAt, int resources, List<Failure> failures) {
    public record Failure(String what, String error) {}

    public boolean complete() {
        return failures.isEmpty();
    }
}
