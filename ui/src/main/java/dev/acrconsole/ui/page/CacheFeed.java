package dev.acrconsole.ui.page;

import dev.acrconsole.cache.CacheChange;
import dev.acrconsole.cache.CacheChanges;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * What changed in the cache, for view models: each listens for the changes that touch its own data (a listing, a
 * resource, a kind) and hears of them on the FX thread. A page re-reads only when its own rows changed: a followed
 * run's polls move the runs page, not the tokens page beside it.
 */
public final class CacheFeed {
    private final CacheChanges changes;
    private final Executor fx;

    public CacheFeed(CacheChanges changes, Executor fx) {
        this.changes = changes;
        this.fx = fx;
    }

    /**
     * Runs {@code onFx} on the FX thread after the committed writes {@code mine} accepts; close the result to stop. A
     * burst of writes (a refresh writes thousands of listings) posts one run, not one per write: while a run waits for
     * the FX thread, the writes after it need none of their own, since it starts after them. A flood of runs kept the
     * FX thread's queue long during a refresh (p99 of its waits doubled at 10,000 registries).
     */
    public CacheChanges.Subscription watch(Predicate<CacheChange> mine, Runnable onFx) {
        AtomicBoolean waiting = new AtomicBoolean();
        return changes.listen(change -> {
            if (mine.test(change) && waiting.compareAndSet(false, true)) {
                fx.execute(() -> {
                    waiting.set(false); // before the run: a write from now on posts another, and none is missed
                    onFx.run();
                });
            }
        });
    }

    /** How many listen now: a page that left must have released its own. */
    public int listeners() {
        return changes.listenerCount();
    }
}
