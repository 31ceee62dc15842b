package dev.acrconsole.ui.page;

import dev.acrconsole.cache.CacheChange;
import dev.acrconsole.cache.CacheChanges;
import java.util.concurrent.Executor;
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

    /** Runs {@code onFx} on the FX thread after each committed write {@code mine} accepts; close the result to stop. */
    public CacheChanges.Subscription watch(Predicate<CacheChange> mine, Runnable onFx) {
        return changes.listen(change -> {
            if (mine.test(change)) {
                fx.execute(onFx);
            }
        });
    }

    /** How many listen now: a page that left must have released its own. */
    public int listeners() {
        return changes.listenerCount();
    }
}
