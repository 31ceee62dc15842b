package dev.acrconsole.app.operations;

import dev.acrconsole.cache.Operation;

/**
 * Hears about operations, on a background thread. When {@link #changed} reports a terminal state, the cache already
 * shows its outcome (the target re-read, or removed), so a view may reload from it.
 */
@FunctionalInterface
public interface OperationsListener {
    void changed(Operation operation);
}
