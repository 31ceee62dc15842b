package dev.acrconsole.app.refresh;

import java.time.Instant;

/**
 * Progress of a refresh, reported from the refresh's threads (several at once: implementations are thread-safe). A
 * listing's new rows are already committed to the cache when {@link #listingDone} is called, so a view may reload from it.
 */
public interface RefreshListener {
    RefreshListener NONE = new RefreshListener() {};

    /** {@code what} is a short human label, e.g. "Registries in Contoso Production". */
    default void listingStarted(String what) {}

    default void listingDone(String what, int count) {}

    default void listingFailed(String what, String error) {}

    /**
     * A listing became known (its parent was read): it is queued, to be read, skipped as fresh, or dropped by Cancel.
     * Called from the refresh's threads, as the others; with {@link RefreshProgress} it makes "done of total".
     */
    default void listingQueued(String what) {}

    /** A queued listing fresh enough to stand as cached ({@link #wants} said no), or not read because of Cancel. */
    default void listingSkipped(String what) {}

    /** A listing begun when Cancel came: nothing of it was written, its cached rows stand. */
    default void listingStopped(String what) {}

    /**
     * Polled before each request: once true, the refresh sends nothing more, keeps every listing it completed and
     * writes none it had begun (ADR 0020).
     */
    default boolean cancelled() {
        return false;
    }

    /**
     * Whether a listing last complete at {@code lastComplete} (null: never) is to be read again; a refresh of only
     * what is stale says no to the fresh ones, and their cached rows stand.
     */
    default boolean wants(Instant lastComplete) {
        return true;
    }

    /** Refreshes only listings older than {@code age} (or never complete), telling {@code progress} as it goes. */
    static RefreshListener staleOnly(java.time.Duration age, java.time.Clock clock, RefreshListener progress) {
        return new RefreshListener() {
            @Override
            public void listingStarted(String what) {
                progress.listingStarted(what);
            }

            @Override
            public void listingDone(String what, int count) {
                progress.listingDone(what, count);
            }

            @Override
            public void listingFailed(String what, String error) {
                progress.listingFailed(what, error);
            }

            @Override
            public void listingQueued(String what) {
                progress.listingQueued(what);
            }

            @Override
            public void listingSkipped(String what) {
                progress.listingSkipped(what);
            }

            @Override
            public void listingStopped(String what) {
                progress.listingStopped(what);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }

            @Override
            public boolean wants(Instant lastComplete) {
                return lastComplete == null || lastComplete.isBefore(clock.instant().minus(age));
            }
        };
    }
}
