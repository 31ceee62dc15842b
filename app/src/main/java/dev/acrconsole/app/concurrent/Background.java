package dev.acrconsole.app.concurrent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The one way work leaves the caller's thread: network, disk, anything that may block. The UI
 * hands results back to the FX thread through its own bridge; tests use {@link DirectBackground}.
 */
public interface Background extends AutoCloseable {
    <T> CompletableFuture<T> submit(Callable<T> work);

    default CompletableFuture<Void> run(Runnable work) {
        return submit(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} after {@code delay}; cancel the returned future to call it off. For waiting as ARM asks
     * (Retry-After), never for polling the FX thread.
     */
    Future<?> schedule(Duration delay, Runnable work);

    @Override
    void close();
}
