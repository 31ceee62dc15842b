package dev.acrconsole.ui;

import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.main.Screenshot;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application. {@link Launcher} opens the cache and hands the services over before
 * launch (JavaFX constructs this class itself, so they pass through a static hand-off).
 */
public final class ConsoleApp extends Application {
    private static final long SCREENSHOT_TIMEOUT_SECONDS = 120;

    private static volatile AppServices pendingServices;
    private static volatile Path pendingScreenshot;
    private static volatile int exitCode;

    static void prepare(AppServices services, Path screenshot) {
        pendingServices = services;
        pendingScreenshot = screenshot;
        exitCode = 0;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        AppServices services = pendingServices;
        MainViewModel model = new MainViewModel(services);
        MainWindow window = new MainWindow(model);
        window.showIn(stage);
        var started = model.start();
        Path screenshot = pendingScreenshot;
        if (screenshot != null) {
            started.orTimeout(SCREENSHOT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .whenCompleteAsync((v, error) -> {
                        if (error != null) {
                            fail("the window did not settle: " + ArmErrors.describe(error));
                        } else {
                            // Let layout and CSS settle for a few pulses before the snapshot.
                            PauseTransition settle = new PauseTransition(Duration.millis(300));
                            settle.setOnFinished(e -> saveAndExit(window, services, screenshot));
                            settle.play();
                        }
                    }, FxBridge.executor());
        }
    }

    private static void saveAndExit(MainWindow window, AppServices services, Path file) {
        Screenshot shot = Screenshot.capture(window.scene());
        services.background().run(() -> {
            try {
                shot.writePng(file);
            } catch (Exception e) {
                exitCode = 1;
                System.err.println("acr-console: cannot write the screenshot to " + file + ": " + e.getMessage());
            }
        }).whenCompleteAsync((v, e) -> Platform.exit(), FxBridge.executor());
    }

    private static void fail(String message) {
        System.err.println("acr-console: screenshot failed: " + message);
        exitCode = 1;
        Platform.exit();
    }
}
