package dev.acrconsole.ui.bench;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 18, acceptance 2: a refresh of many subscriptions against the sandbox with its token bucket on finishes with no
 * listing lost to throttling. {@code CONSOLES} consoles of one account refresh at once (each knows only the figures its
 * own answers carry, so together they overdraw the buckets and meet ARM's 429s); every listing must complete, and the
 * lowest-budget figure the status bar shows must move. Arguments: {@code SxR BURST/PER_SECOND LATENCY_MS CONSOLES}
 * (default {@code 1000x5 3/25 0 2}: a bucket smaller than one refresh's reads of a subscription, ARM's refill).
 */
public final class ThrottleBenchmark {
    private ThrottleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.parse(args.length > 0 ? args[0] : "1000x5");
        SandboxConfig.Throttle throttle = SandboxConfig.Throttle.parse(args.length > 1 ? args[1] : "3/25");
        long latency = args.length > 2 ? Long.parseLong(args[2]) : 0;
        int consoles = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        SandboxConfig config = SandboxConfig.defaults().withScale(scale).withThrottle(throttle).withLatencyMs(latency);
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            List<ArmClients> arms = new ArrayList<>();
            List<CacheDatabase> dbs = new ArrayList<>();
            Set<Long> figures = ConcurrentHashMap.newKeySet();
            AtomicLong changes = new AtomicLong();
            for (int i = 0; i < consoles; i++) {
                ArmClients arm = new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(sandbox.baseUrl(),
                        sandbox.certificate()), new StaticTokenCredential(SandboxServer.token())));
                arm.budget().listen(low -> low.ifPresent(l -> {
                    figures.add(l.remaining());
                    changes.incrementAndGet();
                }));
                arms.add(arm);
                Path dir = Files.createTempDirectory("acr-bench-throttle");
                dbs.add(CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()));
            }
            int requestsBefore = sandbox.requestCount();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(consoles);
            List<Future<RefreshReport>> reports = new ArrayList<>();
            for (int i = 0; i < consoles; i++) {
                ArmClients arm = arms.get(i);
                ResourceStore store = new ResourceStore(dbs.get(i));
                reports.add(pool.submit(() -> new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC())
                        .refreshAll(RefreshListener.NONE)));
            }
            int failed = 0;
            int stored = 0;
            for (Future<RefreshReport> r : reports) {
                RefreshReport report = r.get();
                failed += report.failures().size();
                stored += report.resources();
                report.failures().stream().limit(3).forEach(f -> System.out.println("  failed: " + f.what() + ": " + f.error()));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            int requests = sandbox.requestCount() - requestsBefore;
            long paced = arms.stream().mapToLong(a -> a.budget().pacedCount()).sum();
            long waitedOut = arms.stream().mapToLong(a -> a.budget().throttledCount()).sum();
            System.out.printf("throttled refresh: %d subscriptions x %d registries, bucket %d/%s a second, latency %d ms, %d consoles%n",
                    scale.subscriptions(), scale.registriesPerSubscription(), throttle.burst(), throttle.perSecond(), latency, consoles);
            System.out.printf("  wall %.1f s, %d requests (%.0f/s), %d answered 429 by the sandbox, %d waited out by the consoles,"
                    + " %d reads held back for the reserve%n", seconds, requests, requests / seconds,
                    sandbox.throttling().refusedCount(), waitedOut, paced);
            System.out.printf("  listings failed: %d; resources stored: %d (of %d registries x %d consoles);"
                    + " lowest-budget figure changed %d times over %d distinct values%n", failed, stored,
                    sandbox.data().registries().size(), consoles, changes.get(), figures.size());
            dbs.forEach(CacheDatabase::close);
            if (failed > 0) {
                System.exit(1);
            }
        }
    }
}
