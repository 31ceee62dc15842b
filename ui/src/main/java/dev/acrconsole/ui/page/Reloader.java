package dev.acrconsole.ui.page;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Coalesces re-reads asked for while one is running into one more after it: a refresh that writes a hundred listings
 * makes a page read twice, not a hundred times. Call {@link #request} on the FX thread.
 */
public final class Reloader {
    private final Supplier<CompletableFuture<Void>> load;
    private final Executor fx;
    private boolean running;
    private boolean again;

    /** {@code fx}: where the state is kept; a load that fails in the background still ends there, not on its thread. */
    public Reloader(Supplier<CompletableFuture<Void>> load, Executor fx) {
        this.load = load;
        this.fx = fx;
    }

    public void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        load.get().whenCompleteAsync((v, e) -> done(), fx);
    }

    private void done() {
        running = false;
        if (again) {
            again = false;
            request();
        }
    }
}
