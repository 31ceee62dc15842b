package dev.acrconsole.app.refresh;

import java.time.Instant;
import java.util.List;

/** How a whole refresh went: what it stored, and every listing that failed with ARM's reason. */
public record RefreshReport(Instant startedAt, Instant finishedAt, int resources, List<Failure> failures) {
    public record Failure(String what, String error) {}

    public boolean complete() {
        return failures.isEmpty();
    }

    /** Both reports as one: from the earlier start to the later finish. */
    public RefreshReport plus(RefreshReport other) {
        List<Failure> all = new java.util.ArrayList<>(failures);
        all.addAll(other.failures);
        return new RefreshReport(startedAt.isBefore(other.startedAt) ? startedAt : other.startedAt,
                finishedAt.isAfter(other.finishedAt) ? finishedAt : other.finishedAt, resources + other.resources, List.copyOf(all));
    }
}
