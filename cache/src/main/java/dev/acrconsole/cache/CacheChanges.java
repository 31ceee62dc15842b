package dev.acrconsole.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells listeners what each committed write changed, on the writer's thread, after the commit: a listener that reads
 * the cache in its callback sees the change. Listeners must be quick (hand work to another thread) and are removed by
 * closing what {@link #listen} returned.
 */
public final class CacheChanges {
    /** A listener's registration: closing it stops the telling. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Consumer<CacheChange>> listeners = new CopyOnWriteArrayList<>();

    /** Starts telling {@code listener}; close the result to stop. */
    public Subscription listen(Consumer<CacheChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many listen now (a page that left must have removed its own). */
    public int listenerCount() {
        return listeners.size();
    }

    void fire(CacheChange change) {
        for (Consumer<CacheChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // A listener's failure is its own: the write has landed, and the other listeners must still hear of it.
                System.getLogger(CacheChanges.class.getName()).log(System.Logger.Level.WARNING,
                        "A cache listener failed: " + e, e);
            }
        }
    }
}
