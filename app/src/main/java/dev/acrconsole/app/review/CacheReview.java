package dev.acrconsole.app.review;

import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheSettings;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Comparison;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.cache.Search;
import dev.acrconsole.cache.Snapshots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reviewing what is cached, offline: search, the change log, snapshots (write one, compare with one) and how long
 * history is kept. Everything here reads or writes the cache only; every call blocks on it: background threads only.
 */
public final class CacheReview {
    /** What a comparison found, and what the snapshot says about itself. */
    public record Compared(Snapshots.Info snapshot, List<Change> changes) {}

    private final CacheDatabase db;
    private final Path workDir;
    private final Clock clock;
    private final Search search;
    private final Changes changes;

    /** {@code workDir}: where an older snapshot is upgraded in a copy before it is read. */
    public CacheReview(CacheDatabase db, Path workDir, Clock clock) {
        this.db = db;
        this.workDir = workDir;
        this.clock = clock;
        this.search = new Search(db);
        this.changes = new Changes(db);
    }

    public Search search() {
        return search;
    }

    public Changes changes() {
        return changes;
    }

    /** Writes a snapshot of the cache (or the part {@code filter} names) to {@code file}. */
    public Snapshots.Info exportSnapshot(Path file, Snapshots.Filter filter) {
        return Snapshots.write(db, file, filter, clock.instant());
    }

    /** What changed from the snapshot in {@code file} to this cache. */
    public Compared compareWith(Path file) {
        try (CacheDatabase snapshot = Snapshots.open(file, workDir, db.policy())) {
            return new Compared(Snapshots.info(snapshot), Comparison.diff(snapshot, db, clock.instant()));
        }
    }

    /** Each kind of history and how many days it is kept. */
    public Map<Retention.Rule, Integer> retention() {
        return Retention.days(new CacheSettings(db));
    }

    /** Sets how long one kind of history is kept, then drops what is now too old; returns how many rows went. */
    public int keep(Retention.Rule rule, int days) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("Keep history for 1 to 3650 days, not " + days + ".");
        }
        new CacheSettings(db).put(rule.key(), Integer.toString(days));
        return applyRetention();
    }

    public int applyRetention() {
        return db.readOnly() ? 0 : Retention.apply(db, clock.instant());
    }

    /** The cache's size on disk, in bytes. */
    public long size() {
        return Retention.size(db);
    }

    /** Compacts the cache file; returns its size after. */
    public long compact() {
        return Retention.compact(db);
    }

    public boolean readOnly() {
        return db.readOnly();
    }
}
