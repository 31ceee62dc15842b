package dev.acrconsole.ui.theme;

import dev.acrconsole.app.settings.LookSettings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.ui.fx.FxBridge;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reading and saving the look off the FX thread: the saved choice (settings file) and the OS's scheme (a short
 * command) are read while the toolkit starts; each change is written on a thread of its own, in order.
 */
public final class LookFile {
    /** One writer, so two quick changes land in the order they were made. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "look-settings");
        t.setDaemon(true);
        return t;
    });

    public record Read(LookSettings saved, boolean osDark) {}

    private LookFile() {}

    public static CompletableFuture<Read> read(Path dataDir) {
        return CompletableFuture.supplyAsync(() -> new Read(new SettingsFile(dataDir).loadLook(), OsColourScheme.prefersDark()),
                WRITER);
    }

    /**
     * The look for the app's windows: applied now (light, the default, until {@code pending} is read: it usually is by
     * the time the window is made) and saved to the data dir's settings file as it changes.
     */
    public static Look install(CompletableFuture<Read> pending, Path dataDir) {
        SettingsFile file = new SettingsFile(dataDir);
        Look look = new Look(s -> WRITER.execute(() -> {
            try {
                file.saveLook(s);
            } catch (RuntimeException e) {
                // A look not saved is chosen again next time; the accounts in the file are what matters.
                System.err.println("acr-console: cannot save the look: " + e.getMessage());
            }
        }));
        Read now = pending == null ? null : pending.getNow(null);
        if (now != null) {
            look.loaded(now.saved(), now.osDark());
        } else if (pending != null) {
            pending.thenAcceptAsync(r -> look.loaded(r.saved(), r.osDark()), FxBridge.executor());
        }
        return look.install();
    }
}
