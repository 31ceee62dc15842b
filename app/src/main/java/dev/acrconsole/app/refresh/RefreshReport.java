package dev.acrconsole.app.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a whole refresh went: what it stored, and every listing that failed with ARM's reason.
 *
 * @param listings  the listings read whole and replaced in the cache
 * @param requests  the requests the refresh sent (pages and data-plane reads; not the SDK's retries nor sign-in)
 * @param cancelled whether the user cancelled it: what it had not read yet was left as cached
 */
public record RefreshReport(Instant startedAt, Instant finishedAt, int resources, List<Failure> failures, int listings,
                            int requests, boolean cancelled) {
    /**
     * @param partial whether the listing's earlier rows stand (it had been read whole before): shown, marked partial;
     *                otherwise nothing of it is cached
     */
    public record Failure(String what, String error, boolean partial) {
        public Failure(String what, String error) {
            this(what, error, false);
        }
    }

    public RefreshReport(Instant startedAt, Instant finishedAt, int resources, List<Failure> failures) {
        this(startedAt, finishedAt, resources, failures, 0, 0, false);
    }

    public boolean complete() {
        return failures.isEmpty() && !cancelled;
    }

    /** The failed listings whose earlier rows stand. */
    public long partial() {
        return failures.stream().filter(Failure::partial).count();
    }

    /** The failed listings with nothing cached. */
    public long failed() {
        return failures.size() - partial();
    }

    /**
     * One line for a log or a terminal: {@code refreshed: 120 listings complete, 2 partial, 0 failed, 843 resources,
     * 131 requests, 4.2 s}.
     */
    public String summary() {
        long millis = Duration.between(startedAt, finishedAt).toMillis();
        return (cancelled ? "cancelled" : "refreshed") + ": " + listings + " listings complete, " + partial() + " partial, "
                + failed() + " failed, " + resources + " resources, " + requests + " requests, "
                + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** Both reports as one: from the earlier start to the later finish. */
    public RefreshReport plus(RefreshReport other) {
        List<Failure> all = new java.util.ArrayList<>(failures);
        all.addAll(other.failures);
        return new RefreshReport(startedAt.isBefore(other.startedAt) ? startedAt : other.startedAt,
                finishedAt.isAfter(other.finishedAt) ? finishedAt : other.finishedAt, resources + other.resources, List.copyOf(all),
                listings + other.listings, requests + other.requests, cancelled || other.cancelled);
    }
}
