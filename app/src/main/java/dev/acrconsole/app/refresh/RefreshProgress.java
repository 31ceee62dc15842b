package dev.acrconsole.app.refresh;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts a refresh as it goes (listings done of those known so far, listings being read) and carries its Cancel; it
 * passes every event on to {@code next}. Thread-safe: the refresh reports from several threads, a view reads
 * {@link #snapshot} from its own. One per refresh, across every account it reads.
 */
public final class RefreshProgress implements RefreshListener {
    /**
     * @param done     listings read, failed, skipped as fresh or dropped by Cancel
     * @param total    listings known so far (the tree grows as parents are read)
     * @param inFlight listings being read now: each has one request in flight at a time
     */
    public record Snapshot(int done, int total, int inFlight, int failed, boolean cancelled) {}

    private final RefreshListener next;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public RefreshProgress(RefreshListener next) {
        this.next = next;
    }

    /** Sends nothing more; what was read stands, what was being read is not written. */
    public void cancel() {
        cancel.set(true);
    }

    public Snapshot snapshot() {
        int d = done.get();
        return new Snapshot(d, Math.max(d, queued.get()), inFlight.get(), failed.get(), cancel.get());
    }

    @Override
    public boolean cancelled() {
        return cancel.get() || next.cancelled();
    }

    @Override
    public void listingQueued(String what) {
        queued.incrementAndGet();
        next.listingQueued(what);
    }

    @Override
    public void listingStarted(String what) {
        inFlight.incrementAndGet();
        next.listingStarted(what);
    }

    @Override
    public void listingDone(String what, int count) {
        endRead();
        done.incrementAndGet();
        next.listingDone(what, count);
    }

    @Override
    public void listingFailed(String what, String error) {
        endRead();
        done.incrementAndGet();
        failed.incrementAndGet();
        next.listingFailed(what, error);
    }

    @Override
    public void listingSkipped(String what) {
        done.incrementAndGet();
        next.listingSkipped(what);
    }

    @Override
    public void listingStopped(String what) {
        endRead();
        done.incrementAndGet();
        next.listingStopped(what);
    }

    /** A sign-in that failed before any listing was read is reported failed without having started. */
    private void endRead() {
        inFlight.updateAndGet(n -> Math.max(0, n - 1));
    }

    @Override
    public boolean wants(Instant lastComplete) {
        return next.wants(lastComplete);
    }
}
