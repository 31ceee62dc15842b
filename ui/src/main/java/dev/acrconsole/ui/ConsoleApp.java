package dev.acrconsole.ui;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.main.Screenshot;
import dev.acrconsole.ui.main.SnapshotOpener;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
    /** Set (to anything) to print start-up time to stderr: see docs/benchmarks.md. */
    static final String TRACE_STARTUP = "ACR_CONSOLE_TRACE_STARTUP";

    private static volatile AppServices pendingServices;
    private static volatile Path pendingScreenshot;
    private static volatile CompletableFuture<dev.acrconsole.ui.theme.LookFile.Read> pendingLook;
    private static volatile int exitCode;
    /** The window shown, for a second launch to bring forward. */
    private static volatile MainWindow shown;

    static void prepare(AppServices services, Path screenshot) {
        pendingLook = dev.acrconsole.ui.theme.LookFile.read(services.dataDir()); // the OS asked while the toolkit starts
        pendingServices = services;
        pendingScreenshot = screenshot;
        exitCode = 0;
    }

    static int exitCode() {
        return exitCode;
    }

    /** A second launch on this data dir (any thread): the window comes forward; one still starting shows anyway. */
    static void bringForward() {
        try {
            FxBridge.run(() -> {
                MainWindow w = shown;
                if (w != null) {
                    w.bringForward();
                }
            });
        } catch (IllegalStateException starting) {
            // The toolkit is not up yet: the window it is about to show is what was asked for.
        }
    }

    @Override
    public void start(Stage stage) {
        AppServices services = pendingServices;
        MainViewModel model = new MainViewModel(services, FxBridge.executor());
        dev.acrconsole.ui.theme.Look look = dev.acrconsole.ui.theme.LookFile.install(pendingLook, services.dataDir());
        MainWindow window = new MainWindow(model, services.uiKinds(),
                file -> SnapshotOpener.open(file, services.dataDir(), services.background(), model.pageContext().notice()));
        look.addTo((javafx.scene.control.MenuBar) window.scene().lookup("#menu-bar"));
        window.showIn(stage);
        shown = window;
        CompletableFuture<Void> cacheShown = new CompletableFuture<>();
        var started = model.start(cacheShown);
        if (System.getenv(TRACE_STARTUP) != null) {
            cacheShown.thenRunAsync(() -> traceStartup(window), FxBridge.executor());
        }
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

    /**
     * Prints, for the start-up benchmark, the wall-clock moment the cached tree was first laid out; the benchmark
     * subtracts the moment it launched the command. (Not "time since process start": Linux reports a process's start
     * against a boot time rounded down to the second, so that figure ran up to a second long.)
     */
    private static void traceStartup(MainWindow window) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            window.scene().removePostLayoutPulseListener(once[0]);
            System.err.println("first-frame-epoch-ms=" + System.currentTimeMillis());
        };
        window.scene().addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void saveAndExit(MainWindow window, AppServices services, Path file) {
        Screenshot shot = Screenshot.capture(window.scene());
        services.background().run(() -> {
            try {
                shot.writePng(file);
            } catch (java.io.IOException e) {
                exitCode = 1;
                System.err.println("acr-console: cannot write the screenshot to " + file + ": " + Screenshot.describe(e)
                        + ". Choose a path you can write.");
            }
        }).whenCompleteAsync((v, e) -> Platform.exit(), FxBridge.executor());
    }

    private static void fail(String message) {
        System.err.println("acr-console: screenshot failed: " + message);
        exitCode = 1;
        Platform.exit();
    }
}
