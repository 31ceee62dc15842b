package dev.acrconsole.app.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** The synchronous twin of {@link ThreadPoolBackground}: runs work on the caller, for tests. */
public final class DirectBackground implements Background {
    @Override
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
