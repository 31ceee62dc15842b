package dev.acrconsole.ui.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one way onto the FX thread. Background results come back through here; nothing else in
 * the code base calls {@code Platform.runLater} (a layering test holds that).
 */
public final class FxBridge {
    private static final Executor EXECUTOR = FxBridge::run;

    private FxBridge() {}

    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** Runs {@code work} on the FX thread after the current pulse's work, even when called on the FX thread. */
    public static void later(Runnable work) {
        Platform.runLater(work);
    }

    /** For {@code CompletableFuture.thenAcceptAsync(..., FxBridge.executor())}. */
    public static Executor executor() {
        return EXECUTOR;
    }
}
