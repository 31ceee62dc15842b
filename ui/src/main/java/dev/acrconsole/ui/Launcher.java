package dev.acrconsole.ui;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.CommandLineParser;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.cli.SearchCommand;
import dev.acrconsole.app.cli.UsageException;
import dev.acrconsole.app.settings.SettingsException;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheException;
import dev.acrconsole.cache.CacheRecovery;
import dev.acrconsole.cache.DataDirLock;
import dev.acrconsole.cache.DataDirs;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.ui.main.Screenshot;
import dev.acrconsole.ui.services.AppServices;
import dev.acrconsole.ui.shell.AppVersion;
import dev.acrconsole.ui.shell.LayoutKeeper;
import dev.acrconsole.ui.shell.LogFile;
import dev.acrconsole.ui.shell.WindowCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javafx.application.Application;

/**
 * The main class. It must not extend Application: JavaFX on the class path needs a plain main.
 * It handles the command line, runs {@code export} headless, and opens the cache before any
 * window, so a bad data dir is one clear line on stderr, never a stack trace.
 */
public final class Launcher {
    /**
     * JavaFX warns on every start that it was loaded from the class path, which is how this app
     * runs (ADR 0004); the logger is held here so the quieter level is not garbage-collected away.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {}

    public static void main(String[] args) {
        prepareClassDataArchive(System.getProperty("acr.cds.archive"));
        System.exit(run(args));
    }

    /**
     * The packaged app's launcher keeps its class-data archive in the user's cache folder
     * ({@code -Dacr.cds.archive}, the same path as -XX:SharedArchiveFile; see ADR 0005). The JVM
     * writes the archive when it exits but does not create the folder, and fails the exit if the
     * folder is missing, so it is made here, first thing.
     */
    static void prepareClassDataArchive(String archive) {
        if (archive == null || archive.isBlank()) {
            return;
        }
        try {
            Path parent = Path.of(archive).toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException | InvalidPathException e) {
            System.err.println("acr-console: cannot create the folder for the class-data archive " + archive + ": " + e);
        }
    }

    static int run(String[] args) {
        LaunchOptions options;
        try {
            options = CommandLineParser.parse(args);
        } catch (UsageException e) {
            System.err.println("acr-console: " + e.getMessage());
            System.err.print(CommandLineParser.USAGE);
            return 2;
        }
        Path dataDir = options.dataDirOverride().orElseGet(DataDirs::defaultDataDir);
        return switch (options.command()) {
            case HELP -> {
                System.out.print(CommandLineParser.USAGE);
                yield 0;
            }
            case VERSION -> {
                System.out.println(AppVersion.line());
                yield 0;
            }
            case EXPORT -> ExportCommand.run(dataDir, options.export(), System.out, System.err);
            case SEARCH -> SearchCommand.run(dataDir, options.search(), System.out, System.err);
            case REFRESH -> dev.acrconsole.ui.services.HeadlessRefresh.run(dataDir, options, System.out, System.err);
            case GUI -> gui(options, dataDir);
        };
    }

    private static int gui(LaunchOptions options, Path dataDir) {
        boolean headless = options.screenshotFile().isPresent() && noDisplay();
        if (!headless && noDisplay()) {
            System.err.println("acr-console: no display (DISPLAY is not set). Run it on a desktop, "
                    + "or use --screenshot FILE to render without one.");
            return 1;
        }
        String unwritable = options.screenshotFile().map(Screenshot::problemWith).orElse(null);
        if (unwritable != null) {
            System.err.println("acr-console: cannot write the screenshot: " + unwritable + ".");
            return 1;
        }
        if (headless) {
            HeadlessFx.use();
        }
        String logProblem = LogFile.install(dataDir, options.logLevel()); // before anything logs (azure-core)
        if (logProblem != null) {
            System.err.println("acr-console: " + logProblem + " (going on without it)");
        }
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        if (options.mode() == LaunchOptions.Mode.SNAPSHOT) {
            return window(options, dataDir, headless); // read-only, its own file: as many as the user likes
        }
        // One window per data dir: two would write one cache and one journal, each unaware of the other (ADR 0014).
        Optional<DataDirLock> lock;
        try {
            lock = DataDirLock.tryAcquire(dataDir);
        } catch (CacheException e) {
            System.err.println("acr-console: " + e.getMessage());
            return 1;
        }
        if (lock.isEmpty()) {
            return windowOpenElsewhere(options, dataDir);
        }
        // A screenshot is no window to come back to: only a desktop window answers a second launch (ADR 0022).
        try (DataDirLock held = lock.get();
             WindowCall call = options.screenshotFile().isPresent() ? null : WindowCall.answer(dataDir, ConsoleApp::bringForward)) {
            return window(options, dataDir, headless);
        }
    }

    /**
     * Another window holds the data dir: on the desktop it is brought forward (exit 0), as a second click on an app's
     * icon does; a screenshot, or a window that does not answer, is told which process holds it (exit 1).
     */
    static int windowOpenElsewhere(LaunchOptions options, Path dataDir) {
        if (options.screenshotFile().isEmpty() && WindowCall.bringForward(dataDir)) {
            System.out.println("acr-console: the window already open on the data dir " + dataDir + " was brought forward.");
            return 0;
        }
        System.err.println("acr-console: another ACR Console window is open on the data dir " + dataDir + " ("
                + DataDirLock.holder(dataDir) + "). Use that window, or start this one with another --data-dir."
                + " (export and search can read it meanwhile.)");
        return 1;
    }

    /** Opens the cache (or the snapshot) and the window on it; returns the exit code when the window has closed. */
    private static int window(LaunchOptions options, Path dataDir, boolean headless) {
        // Offline or headless, a damaged cache is moved aside unasked (ADR 0014); a window on the desktop offers it.
        boolean unattended = headless || options.mode() == LaunchOptions.Mode.OFFLINE;
        CacheDatabase db;
        try {
            // A snapshot is opened as it is, read-only; it never touches the cache in the data dir.
            db = options.mode() == LaunchOptions.Mode.SNAPSHOT
                    ? Snapshots.open(options.snapshot(), dataDir.resolve("snapshot-work"), Kinds.CATALOG.cachePolicy())
                    : openCache(dataDir, unattended);
        } catch (CacheException e) {
            System.err.println("acr-console: " + e.getMessage());
            return 1;
        }
        if (db.readOnly() || !unattended) { // unattended, the move aside says it all in one line (AppServices)
            db.onDamage(e -> System.err.println("acr-console: " + e.getMessage()
                    + (db.readOnly() ? "" : " The window offers to move it aside.")));
        }
        if (options.mode() == LaunchOptions.Mode.LIVE || options.mode() == LaunchOptions.Mode.OFFLINE) {
            try {
                new SettingsFile(dataDir).load(); // the accounts are read later, off this thread: a bad file is said here
            } catch (SettingsException e) {
                db.close();
                System.err.println("acr-console: " + e.getMessage());
                return 1;
            }
        }
        try (AppServices services = new AppServices(options.mode(), dataDir, db, Clock.systemUTC())) {
            services.guard().readOnly(options.readOnly());
            services.moveDamageAsideUnasked(unattended);
            services.prefetchNavigation();
            ConsoleApp.prepare(services, options.screenshotFile().orElse(null));
            LayoutKeeper.preload(dataDir); // read here: the FX thread never waits on disk
            Application.launch(ConsoleApp.class);
            LayoutKeeper.awaitWrites(dataDir); // the window's last layout, written as it closed
            return ConsoleApp.exitCode();
        } catch (RuntimeException e) {
            System.err.println("acr-console: the window could not start: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The data dir's cache; one found damaged at open is, unattended, moved aside for a fresh one (said in one line),
     * or else opened as far as it goes for the window to show and offer the move aside.
     */
    private static CacheDatabase openCache(Path dataDir, boolean unattended) {
        try {
            return CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy());
        } catch (CacheDamagedException damaged) {
            if (!unattended) {
                System.err.println("acr-console: " + damaged.getMessage() + " The window offers to move it aside.");
                return CacheDatabase.openDamaged(dataDir, Kinds.CATALOG.cachePolicy(), damaged);
            }
            CacheRecovery.Result moved = CacheRecovery.moveAside(damaged.file(), Kinds.CATALOG.cachePolicy(), Instant.now());
            System.err.println("acr-console: " + damaged.getMessage() + " " + moved.describe());
            return CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy());
        }
    }

    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return os.contains("linux") && (display == null || display.isBlank()) && (wayland == null || wayland.isBlank());
    }
}
