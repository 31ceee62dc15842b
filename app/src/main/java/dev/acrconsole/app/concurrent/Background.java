package dev.acrconsole.app.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

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

    @Override
    void close();
}
