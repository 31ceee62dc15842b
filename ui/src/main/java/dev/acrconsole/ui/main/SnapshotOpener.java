package dev.acrconsole.ui.main;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.stage.Stage;

/** File > Open snapshot: the snapshot in a window of its own, read-only, beside the live one. */
public final class SnapshotOpener {
    private SnapshotOpener() {}

    /** Opens {@code file} (read off the FX thread); {@code notice} hears why it could not. */
    public static void open(Path file, Path dataDir, Background background, Consumer<String> notice) {
        background.submit(() -> {
            Path work = dataDir.resolve("snapshot-work").resolve(Long.toString(System.nanoTime()));
            CacheDatabase db = Snapshots.open(file, work, Kinds.CATALOG.cachePolicy());
            return new AppServices(LaunchOptions.Mode.SNAPSHOT, dataDir, db, Clock.systemUTC());
        }).whenCompleteAsync((services, error) -> {
            if (error != null) {
                notice.accept("Cannot open the snapshot: " + ArmErrors.describe(error));
                return;
            }
            MainViewModel model = new MainViewModel(services, FxBridge.executor());
            Stage stage = new Stage();
            new MainWindow(model, services.uiKinds(), f -> open(f, dataDir, background, notice)).showIn(stage);
            stage.setOnHidden(e -> services.close());
            model.start();
        }, FxBridge.executor());
    }
}
