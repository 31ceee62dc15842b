package dev.acrconsole.app.cli;

import dev.acrconsole.app.accounts.Accounts;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshProgress;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheException;
import dev.acrconsole.cache.CacheRecovery;
import dev.acrconsole.cache.DataDirLock;
import dev.acrconsole.cache.ResourceStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code acr-console refresh}: refreshes the remembered accounts (or a sandbox) into the data dir's cache with no
 * window, as the window's refresh would; progress on stderr, one summary line on stdout. For a scheduled job that keeps
 * an offline cache current. Exit codes: {@link #OK}, {@link #INCOMPLETE}, {@link #FAILED} (2 is a bad command line).
 */
public final class RefreshCommand {
    /** Every listing read whole. */
    public static final int OK = 0;
    /** Nothing could be refreshed: no access to the cache, a window has the data dir, no accounts, the named one unknown. */
    public static final int FAILED = 1;
    /**
     * It ran, but some listings failed (their cached rows stand, marked partial), or it was cancelled; Ctrl+C ends the
     * JVM with 130 once the summary is out.
     */
    public static final int INCOMPLETE = 3;

    /** What a refresh reads: the accounts, or a sandbox; given the opened cache and what to tell. */
    public interface Target {
        RefreshReport refresh(CacheDatabase db, ResourceStore store, RefreshListener listener) throws Exception;
    }

    private RefreshCommand() {}

    /** The remembered accounts (those {@code names} name, by id or id@cloud; all when empty). */
    public static Target accounts(Path dataDir, LaunchOptions.RefreshRequest request) {
        return (db, store, listener) -> {
            Accounts accounts = Accounts.open(dataDir, store, Kinds.CATALOG, Clock.systemUTC());
            List<AccountSettings> all = accounts.settings().accounts();
            if (all.isEmpty()) {
                throw new NothingToRefresh("no remembered accounts in " + dataDir
                        + ": add one in the window first (or refresh a sandbox with --sandbox)");
            }
            List<AccountSettings> chosen = new ArrayList<>();
            for (String name : request.accounts()) {
                chosen.add(all.stream().filter(a -> a.id().equalsIgnoreCase(name) || a.key().equalsIgnoreCase(name))
                        .findFirst().orElseThrow(() -> new NothingToRefresh("no remembered account " + name + " (remembered: "
                                + String.join(", ", all.stream().map(AccountSettings::id).toList()) + ")")));
            }
            Instant started = Instant.now();
            RefreshReport report = new RefreshReport(started, started, 0, List.of());
            for (AccountSettings a : chosen.isEmpty() ? all : chosen) {
                if (listener.cancelled()) {
                    break;
                }
                report = report.plus(accounts.refresh(a.key(), request.all(), listener));
            }
            return report;
        };
    }

    /** A refusal before anything was read, told as one line; exit {@link #FAILED}. */
    public static final class NothingToRefresh extends RuntimeException {
        public NothingToRefresh(String message) {
            super(message);
        }
    }

    public static int run(Path dataDir, LaunchOptions.RefreshRequest request, Target target, PrintStream out, PrintStream err) {
        Optional<DataDirLock> lock;
        try {
            lock = DataDirLock.tryAcquire(dataDir); // makes a fresh data dir: a scheduled job may be its first user
        } catch (CacheException e) {
            err.println("acr-console: " + e.getMessage());
            return FAILED;
        }
        if (lock.isEmpty()) {
            // Two writers of one cache and journal, each unaware of the other (ADR 0014): the window refreshes itself.
            err.println("acr-console: refresh: a window is open on the data dir " + dataDir + " ("
                    + DataDirLock.holder(dataDir) + "); it refreshes the cache itself (F5).");
            return FAILED;
        }
        try (DataDirLock held = lock.get()) {
            return refresh(dataDir, request, target, out, err);
        }
    }

    private static int refresh(Path dataDir, LaunchOptions.RefreshRequest request, Target target, PrintStream out,
                               PrintStream err) {
        RefreshProgress progress = new RefreshProgress(new RefreshListener() {
            @Override
            public void listingFailed(String what, String error) {
                err.println("acr-console: refresh: " + what + ": " + error);
            }
        });
        RefreshListener listener = request.staleAfter() == null ? progress
                : RefreshListener.staleOnly(request.staleAfter(), Clock.systemUTC(), progress);
        // Ctrl+C: nothing more is sent and nothing half-read is written; what was read stands (the JVM waits a little).
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            progress.cancel();
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "refresh-progress");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicReference<RefreshProgress.Snapshot> shown = new java.util.concurrent.atomic.AtomicReference<>();
        ticker.scheduleAtFixedRate(() -> {
            // A line a second while it moves; none before the first listing nor while nothing changes.
            RefreshProgress.Snapshot s = progress.snapshot();
            if (s.total() > 0 && !s.equals(shown.getAndSet(s))) {
                err.println("acr-console: refresh: " + s.done() + " of " + s.total() + " listings, " + s.inFlight()
                        + " in flight" + (s.failed() > 0 ? ", " + s.failed() + " failed" : ""));
            }
        }, 1, 1, TimeUnit.SECONDS);
        try (CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            RefreshReport report = target.refresh(db, new ResourceStore(db), listener);
            out.println(report.summary());
            out.flush();
            return report.complete() ? OK : INCOMPLETE;
        } catch (NothingToRefresh e) {
            err.println("acr-console: refresh: " + e.getMessage());
            return FAILED;
        } catch (CacheDamagedException e) {
            // Headless, nobody is there to ask: the damaged cache is moved aside (we hold the data dir), as offline.
            err.println("acr-console: refresh failed: " + e.getMessage() + " " + CacheRecovery.moveAside(
                    dataDir.resolve(CacheDatabase.FILE_NAME), Kinds.CATALOG.cachePolicy(), Instant.now()).describe()
                    + " Run refresh again to fill a fresh one.");
            return FAILED;
        } catch (CacheException e) {
            err.println("acr-console: " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println("acr-console: refresh failed: " + (e.getMessage() == null ? e.getClass().getSimpleName().toLowerCase(Locale.ROOT)
                    : e.getMessage()));
            return FAILED;
        } finally {
            ticker.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this thread
            }
        }
    }
}
