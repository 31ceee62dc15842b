package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.Operations;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.HeadlessFx;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.services.AppServices;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/**
 * 100 registry creates at once, followed by the real poller into the real window. Reports polls per operation against
 * the fewest Retry-After allows, the CPU the console's background threads used meanwhile, and how long after an
 * operation ended at the sandbox the operations panel showed it ended.
 */
public final class OperationsBenchmark {
    private static final int OPERATIONS = 100;
    private static final Duration DURATION = Duration.ofSeconds(5);
    private static final int RETRY_AFTER = 1;

    private OperationsBenchmark() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.use();
        CompletableFuture<Void> fxUp = new CompletableFuture<>();
        Platform.startup(() -> fxUp.complete(null));
        fxUp.get(30, TimeUnit.SECONDS);

        Path dataDir = Files.createTempDirectory("acr-bench-ops");
        SandboxConfig config = SandboxConfig.defaults().withOperationDuration(DURATION).withRetryAfterSeconds(RETRY_AFTER);
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dataDir, CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy()),
                Clock.systemUTC(), config)) {
            Map<String, Instant> shownEnded = new ConcurrentHashMap<>();
            CompletableFuture<MainViewModel> shown = new CompletableFuture<>();
            FxBridge.run(() -> {
                MainViewModel model = new MainViewModel(services, FxBridge.executor());
                new MainWindow(model, services.uiKinds(), f -> { }).showIn(new Stage());
                // When the panel's rows show an operation ended: what the user sees.
                model.operations().rows().addListener((ListChangeListener<Operation>) change -> {
                    Instant now = Instant.now();
                    change.getList().stream().filter(op -> op.state().terminal())
                            .forEach(op -> shownEnded.putIfAbsent(op.id(), now));
                });
                shown.complete(model);
            });
            MainViewModel model = shown.get(30, TimeUnit.SECONDS);
            onFx(model::start).get(2, TimeUnit.MINUTES);
            Session session = services.connectedSession().orElseThrow();
            SandboxData.ResourceGroup group = services.sandbox().orElseThrow().data().resourceGroups().getFirst();

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuBefore = consoleCpu(threads);
            long wallBefore = System.nanoTime();
            List<Operation> submitted = new ArrayList<>();
            for (int i = 0; i < OPERATIONS; i++) {
                RegistryForm form = new RegistryForm(group.subscriptionId(), null, group.name(),
                        String.format("benchreg%05d", i), "eastus", "Basic", false, true, false, false);
                submitted.add(session.operations().submit(RegistryActions.create(form)).get(30, TimeUnit.SECONDS));
            }
            while (shownEnded.keySet().containsAll(submitted.stream().map(Operation::id).toList()) == false) {
                Thread.sleep(100);
            }
            long wall = System.nanoTime() - wallBefore;
            long cpu = consoleCpu(threads) - cpuBefore;

            Operations sandboxOps = services.sandbox().orElseThrow().operations();
            List<Integer> polls = new ArrayList<>();
            List<Long> lagMs = new ArrayList<>();
            int failed = 0;
            for (Operation op : submitted) {
                Operation done = services.journal().get(op.id()).orElseThrow();
                failed += done.state() == Operation.State.Succeeded ? 0 : 1;
                polls.add(sandboxOps.polls(done.pollUrl()));
                Instant ended = sandboxOps.endedAt(done.pollUrl()).orElseThrow();
                lagMs.add(Duration.between(ended, shownEnded.get(op.id())).toMillis());
            }
            polls.sort(null);
            lagMs.sort(null);
            long minimum = (DURATION.toMillis() + RETRY_AFTER * 1000L - 1) / (RETRY_AFTER * 1000L);
            System.out.printf("operations: %d (failed %d), each %d s at Retry-After %d s%n", OPERATIONS, failed,
                    DURATION.toSeconds(), RETRY_AFTER);
            System.out.printf("polls per operation: min %d, median %d, max %d (fewest Retry-After allows: %d)%n",
                    polls.getFirst(), polls.get(polls.size() / 2), polls.getLast(), minimum);
            System.out.printf("console background CPU: %.2f s over %.1f s wall (%.1f%% of one core)%n",
                    cpu / 1e9, wall / 1e9, 100.0 * cpu / wall);
            System.out.printf("sandbox end -> panel shows it: median %d ms, p95 %d ms, max %d ms%n",
                    lagMs.get(lagMs.size() / 2), lagMs.get((int) (lagMs.size() * 0.95)), lagMs.getLast());
        }
        Platform.exit();
        BenchDirs.delete(dataDir);
    }

    /** CPU time of the console's own background threads (the poller runs on them); not the sandbox's or the FX thread's. */
    private static long consoleCpu(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("acr-console")) {
                total += Math.max(0, threads.getThreadCpuTime(id));
            }
        }
        return total;
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
}
