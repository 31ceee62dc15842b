package dev.acrconsole.app.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

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

    /** Work that must wait has no synchronous form: code that schedules is tested on {@link ThreadPoolBackground}. */
    @Override
    public Future<?> schedule(Duration delay, Runnable work) {
        throw new UnsupportedOperationException("DirectBackground runs work at once; scheduled work needs ThreadPoolBackground");
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
