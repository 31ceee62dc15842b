package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.ui.HeadlessFx;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The longest FX-thread stall while the real window refreshes the scale dataset (10k registries)
 * from the sandbox. A probe thread posts a task to the FX thread every 2 ms and records how long
 * each waited to run: the longest wait is the longest time the UI could not respond.
 * Two refreshes: into an empty cache (the tree grows) and over a full one (rows are replaced).
 */
public final class RefreshStallBenchmark {
    private RefreshStallBenchmark() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.use();
        CompletableFuture<Void> fxUp = new CompletableFuture<>();
        Platform.startup(() -> fxUp.complete(null));
        fxUp.get(30, TimeUnit.SECONDS);

        Path dataDir = Files.createTempDirectory("acr-bench-stall");
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dataDir,
                CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), ScaleCache.sandboxConfig())) {
            CompletableFuture<MainViewModel> shown = new CompletableFuture<>();
            FxBridge.run(() -> {
                MainViewModel model = new MainViewModel(services, FxBridge.executor());
                new MainWindow(model, services.uiKinds(), f -> { }).showIn(new Stage());
                shown.complete(model);
            });
            MainViewModel model = shown.get(30, TimeUnit.SECONDS);
            // Window creation is start-up (measured by StartupBenchmark), not refresh: let it settle.
            Thread.sleep(1500);

            measure("first refresh, empty cache", () -> onFx(model::start));
            measure("second refresh, full cache", () -> onFx(model::refresh));
            System.out.printf("cached resources: %d%n", services.store().count());
        }
        Platform.exit();
        BenchDirs.delete(dataDir);
    }

    private static CompletableFuture<Void> onFx(java.util.function.Supplier<CompletableFuture<Void>> action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        FxBridge.run(() -> action.get().whenComplete((v, e) -> {
            if (e != null) {
                done.completeExceptionally(e);
            } else {
                done.complete(null);
            }
        }));
        return done;
    }

    private static void measure(String label, java.util.concurrent.Callable<CompletableFuture<Void>> run) throws Exception {
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        long[] worst = new long[2]; // wait, and when it ended (ns since start)
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                CompletableFuture<Void> ran = new CompletableFuture<>();
                FxBridge.run(() -> {
                    long now = System.nanoTime();
                    waits.add(now - posted);
                    if (now - posted > worst[0]) {
                        worst[0] = now - posted;
                        worst[1] = now;
                    }
                    ran.complete(null);
                });
                ran.join();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        long start = System.nanoTime();
        probe.start();
        run.call().get(10, TimeUnit.MINUTES);
        probing.set(false);
        probe.join();
        long total = System.nanoTime() - start;

        List<Long> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        System.out.printf("%s: %.1f s, longest FX stall %.1f ms (ending at %.2f s), p99 %.1f ms, %d probes%n",
                label, total / 1e9, sorted.getLast() / 1e6, (worst[1] - start) / 1e9,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size());
    }
}
