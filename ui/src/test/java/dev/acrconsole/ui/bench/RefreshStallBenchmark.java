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

        // An ARM-like delay before each answer (ms; none by default): without it the sandbox in this JVM answers at
        // once and the refresh keeps both cores busy, which ARM's latency never lets it do.
        long latencyMs = args.length > 0 ? Long.parseLong(args[0]) : 0;
        // And a scale other than the default 10x1000 (issue 18: 1000x5).
        dev.acrconsole.sandbox.Scale scale = args.length > 1 ? dev.acrconsole.sandbox.Scale.parse(args[1]) : ScaleCache.SCALE;
        System.out.printf("sandbox latency: %d ms a request, scale %dx%d%n", latencyMs, scale.subscriptions(),
                scale.registriesPerSubscription());
        Path dataDir = Files.createTempDirectory("acr-bench-stall");
        if (args.length > 2) { // the refresh's cap on requests in flight (settings.json), e.g. 1 as before issue 18
            new dev.acrconsole.app.settings.SettingsFile(dataDir).saveRefresh(
                    new dev.acrconsole.app.settings.RefreshSettings(Integer.parseInt(args[2]), false));
            System.out.printf("at most %s requests in flight%n", args[2]);
        }
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dataDir,
                CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), ScaleCache.sandboxConfig(scale).withLatencyMs(latencyMs))) {
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
            // The process's resident memory after both refreshes (window, sandbox and cache in one JVM).
            Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .forEach(l -> System.out.println("RSS after the refreshes: " + l.substring(6).strip()));
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
        List<long[]> endsAt = Collections.synchronizedList(new ArrayList<>()); // wait, and when it ended (nanoTime)
        long[] worst = new long[2]; // wait, and when it ended (ns since start)
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                CompletableFuture<Void> ran = new CompletableFuture<>();
                FxBridge.run(() -> {
                    long now = System.nanoTime();
                    waits.add(now - posted);
                    endsAt.add(new long[] {now - posted, now});
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
        // CPU the FX thread and the whole process spent during the refresh: a stall is the FX thread's own work, or
        // its wait for a core while the refresh (and, here, the sandbox) use both.
        CompletableFuture<Long> fxId = new CompletableFuture<>();
        FxBridge.run(() -> fxId.complete(Thread.currentThread().threadId()));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long renderId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().map(Thread::threadId).orElse(-1L);
        long renderCpu = renderId < 0 ? 0 : threads.getThreadCpuTime(renderId); // none found: 0 s, not a failure
        long fxCpu = threads.getThreadCpuTime(fxId.get());
        long fxQueued = runQueueNanos();
        java.util.Map<String, Long> cpuBefore = cpuByThreadGroup(threads);
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        probe.start();
        run.call().get(10, TimeUnit.MINUTES);
        probing.set(false);
        probe.join();
        long total = System.nanoTime() - start;
        fxCpu = threads.getThreadCpuTime(fxId.get()) - fxCpu;
        fxQueued = fxQueued < 0 ? -1 : runQueueNanos() - fxQueued;
        java.util.Map<String, Long> cpuAfter = cpuByThreadGroup(threads);
        renderCpu = renderId < 0 ? 0 : threads.getThreadCpuTime(renderId) - renderCpu;
        processCpu = os.getProcessCpuTime() - processCpu;

        List<Long> sorted = new ArrayList<>(waits);
        sorted.sort(null);
        System.out.printf("%s: %.1f s, longest FX stall %.1f ms (ending at %.2f s), p99 %.1f ms, %d probes;"
                        + " CPU: FX thread %.2f s (and %.2f s ready but waiting for a core), its renderer %.2f s, process %.1f s%n",
                label, total / 1e9, sorted.getLast() / 1e6, (worst[1] - start) / 1e9,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, sorted.size(), fxCpu / 1e9, fxQueued / 1e9, renderCpu / 1e9, processCpu / 1e9);
        StringBuilder groups = new StringBuilder("  CPU by thread:");
        cpuAfter.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 50_000_000L).sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> groups.append(String.format(" %s %.1f s,", e.getKey(), e.getValue() / 1e9)));
        System.out.println(groups);
        // The longest waits, stamped with the JVM's uptime, to lay beside -Xlog:gc,safepoint (also stamped with uptime).
        long uptimeNanosAtZero = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L - System.nanoTime();
        StringBuilder longest = new StringBuilder("  longest waits (ms, ending at JVM uptime s):");
        List<long[]> byWait = new ArrayList<>(endsAt);
        byWait.sort((a, b) -> Long.compare(b[0], a[0]));
        byWait.stream().limit(8).forEach(w -> longest.append(String.format(" %.0f@%.3f", w[0] / 1e6, (w[1] + uptimeNanosAtZero) / 1e9)));
        System.out.println(longest);
    }

    /**
     * How long the FX thread has waited, runnable, for a core (Linux's schedstat, read by the FX thread itself before
     * and after, not during, the refresh); -1 where it cannot be read.
     */
    private static long runQueueNanos() throws Exception {
        CompletableFuture<Long> queued = new CompletableFuture<>();
        FxBridge.run(() -> {
            try {
                queued.complete(Long.parseLong(Files.readString(Path.of("/proc/thread-self/schedstat")).strip().split(" ")[1]));
            } catch (java.io.IOException | RuntimeException e) {
                queued.complete(-1L); // not Linux, or no schedstat: the figure is left out
            }
        });
        return queued.get();
    }

    /** CPU time of the live threads so far, by name with its numbers taken out ("acr-console-#"). */
    private static java.util.Map<String, Long> cpuByThreadGroup(java.lang.management.ThreadMXBean threads) {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null) {
                long cpu = threads.getThreadCpuTime(t.getThreadId());
                if (cpu > 0) {
                    out.merge(t.getThreadName().replaceAll("\\d+", "#"), cpu, Long::sum);
                }
            }
        }
        return out;
    }
}
