package dev.acrconsole.ui.page;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Coalesces re-reads asked for while one is running into one more after it: a refresh that writes a hundred listings
 * makes a page read twice, not a hundred times. Call {@link #request} on the FX thread.
 */
public final class Reloader {
    private final Supplier<CompletableFuture<Void>> load;
    private boolean running;
    private boolean again;

    public Reloader(Supplier<CompletableFuture<Void>> load) {
        this.load = load;
    }

    public void request() {
        if (running) {
            again = true;
            return;
        }
        running = true;
        load.get().whenComplete((v, e) -> done());
    }

    private void done() {
        running = false;
        if (again) {
            again = false;
            request();
        }
    }
}
