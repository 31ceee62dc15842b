package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.runlogs.LogDocument;
import dev.acrconsole.app.runlogs.LogSearch;
import dev.acrconsole.app.runlogs.RunLogs;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.RunLogArchive;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.TasksData;
import dev.acrconsole.ui.HeadlessFx;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.runlogs.RunLogWindow;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Run logs in the real window: (1) open the sample's 57 MB log from the archive to its first screen (target <= 300 ms),
 * (2) search it for a line that is only at its end, (3) tail a running run: from the moment the sandbox wrote a line
 * (its timestamp) to the moment the viewer's line count included it (target <= 2 s).
 */
public final class RunLogBenchmark {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private RunLogBenchmark() {}

    public static void main(String[] args) throws Exception {
        HeadlessFx.use();
        CompletableFuture<Void> fxUp = new CompletableFuture<>();
        Platform.startup(() -> fxUp.complete(null));
        fxUp.get(30, TimeUnit.SECONDS);
        Path dataDir = Files.createTempDirectory("acr-bench-logs");
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dataDir, CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy()),
                Clock.systemUTC(), SandboxConfig.defaults())) {
            CompletableFuture<PageContext> ready = new CompletableFuture<>();
            FxBridge.run(() -> {
                MainViewModel model = new MainViewModel(services, FxBridge.executor());
                MainWindow window = new MainWindow(model, services.uiKinds(), f -> { });
                window.showIn(new Stage());
                model.start().thenRun(() -> ready.complete(model.pageContext()));
            });
            PageContext context = ready.get(120, TimeUnit.SECONDS);
            Session session = services.connectedSession().orElseThrow();
            TasksData.SampleRun huge = services.sandbox().orElseThrow().data().tasks().runs().stream()
                    .filter(r -> r.logLines() > 500_000).findFirst().orElseThrow();
            CachedResource run = cachedRun(services, session, huge.id());

            long t = System.nanoTime();
            LogDocument fetched = new LogDocument();
            CompletableFuture<String> done = new CompletableFuture<>();
            new RunLogs(session.arm(), new RunLogArchive(services.store()), services.background(), Clock.systemUTC())
                    .open(run, fetched, ended(done));
            System.out.println("fetch from the sandbox and archive: " + done.get(300, TimeUnit.SECONDS) + " in "
                    + (System.nanoTime() - t) / 1_000_000 + " ms, " + String.format("%,d", fetched.size()) + " bytes, "
                    + String.format("%,d", fetched.lineCount()) + " lines");

            List<Long> firstScreen = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                firstScreen.add(firstScreen(context, run));
            }
            System.out.println("open the archived log to its first screen, ms (first run cold): " + firstScreen);
            List<Long> warm = new ArrayList<>(firstScreen.subList(1, firstScreen.size()));
            Collections.sort(warm);
            System.out.println("  median " + warm.get(warm.size() / 2) + " ms, max " + warm.getLast() + " ms");

            List<Long> search = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long s = System.nanoTime();
                int line = LogSearch.find(fetched, "end of log " + huge.runId(), -1, true, () -> false);
                search.add((System.nanoTime() - s) / 1_000_000);
                if (line != fetched.lineCount() - 1) {
                    throw new AssertionError("search found line " + line);
                }
            }
            System.out.println("search from the top to the only match, on the last of "
                    + String.format("%,d", fetched.lineCount()) + " lines, ms: " + search);

            tailLatency(services, session, context);
        }
        Platform.exit();
        BenchDirs.delete(dataDir);
    }

    private static long firstScreen(PageContext context, CachedResource run) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        FxBridge.run(() -> {
            long start = System.nanoTime();
            RunLogWindow w = RunLogWindow.open(new dev.acrconsole.ui.fx.ViewContext(context, () -> null), context.row(run));
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (w.model().lines().get() > 0) {
                    w.stage().getScene().removePostLayoutPulseListener(check[0]);
                    shown.complete((System.nanoTime() - start) / 1_000_000);
                    FxBridge.later(() -> w.stage().hide());
                }
            };
            w.stage().getScene().addPostLayoutPulseListener(check[0]);
        });
        return shown.get(60, TimeUnit.SECONDS);
    }

    private static void tailLatency(AppServices services, Session session, PageContext context) throws Exception {
        services.sandbox().orElseThrow().runs().setRunDuration(Duration.ofSeconds(30));
        String registryId = services.sandbox().orElseThrow().data().registries().stream()
                .filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow().id();
        CachedResource reg = services.store().get(session.scope(), registryId).orElseThrow();
        Operation op = session.operations().submit(RunActions.schedule(reg.id(), reg.tenantId(), new RunRequestForm(
                RunRequestForm.Kind.DOCKER_BUILD, "https://github.com/contoso/webapp.git", "Dockerfile", "webapp:bench",
                null, null, null, null, "Linux", null, true))).get(10, TimeUnit.SECONDS);
        Operation following = op;
        while (!following.targetId().contains("/runs/") || following.state() == Operation.State.Pending) {
            Thread.sleep(50);
            following = services.journal().get(op.id()).orElseThrow();
        }
        CachedResource run = services.store().get(session.scope(), following.targetId()).orElseThrow();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> complete = new CompletableFuture<>();
        FxBridge.run(() -> {
            RunLogWindow w = RunLogWindow.open(new dev.acrconsole.ui.fx.ViewContext(context, () -> null), context.row(run));
            int[] seen = {0};
            w.model().lines().addListener((obs, old, n) -> {
                Instant now = Instant.now();
                // every complete line the viewer now has, timed from when the sandbox wrote it (its stamp)
                for (int i = seen[0]; i < n.intValue(); i++) {
                    String line = w.model().document().line(i);
                    if (line.length() > 23) {
                        Instant written = Instant.from(STAMP.parse(line.substring(0, 23)));
                        latencies.add(Duration.between(written, now).toMillis());
                    }
                }
                seen[0] = n.intValue();
            });
            w.model().status().addListener((obs, old, s) -> {
                if (s.contains("Complete")) {
                    complete.complete(null);
                }
            });
        });
        complete.get(120, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.println("tail latency, sandbox write -> viewer, " + sorted.size() + " lines: median "
                + sorted.get(sorted.size() / 2) + " ms, p95 " + sorted.get(sorted.size() * 95 / 100) + " ms, max "
                + sorted.getLast() + " ms (a line is written every "
                + Duration.ofSeconds(27).dividedBy(40).toMillis() + " ms)");
        if (sorted.isEmpty()) {
            throw new AssertionError("no lines tailed");
        }
    }

    private static CachedResource cachedRun(AppServices services, Session session, String runId) throws Exception {
        String registryId = runId.substring(0, runId.indexOf("/runs/"));
        CachedResource registry = services.store().get(session.scope(), registryId).orElseThrow();
        new dev.acrconsole.app.runs.RunListing(session.arm(), services.store(), Clock.systemUTC())
                .first(registry, dev.acrconsole.cache.RunQuery.all(), 100, 100);
        return services.store().get(session.scope(), runId).orElseThrow();
    }

    private static RunLogs.Listener ended(CompletableFuture<String> done) {
        return new RunLogs.Listener() {
            @Override
            public void grew() {
            }

            @Override
            public void ended(String note, String problem) {
                done.complete(problem == null ? note : problem);
            }
        };
    }
}
