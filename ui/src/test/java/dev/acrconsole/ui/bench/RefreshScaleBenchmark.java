package dev.acrconsole.ui.bench;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshOptions;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.Scale;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * A cold refresh of the sandbox at scale with ARM-like latency (50 ms a request), concurrent with the default cap,
 * against two computed figures: the sequential time (every request one after another: requests x latency) and the bound
 * the latency and the cap allow (the subscriptions' pages one after another, since everything else waits for them, then
 * the rest cap at a time: latency x (subscription pages + rest / cap)). {@code RefreshScaleBenchmark [latencyMs] [cap]
 * [SxR ...]}; the default is 50 ms, the default cap, and 50x20, 500x4, 1000x5.
 */
public final class RefreshScaleBenchmark {
    private RefreshScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : RefreshOptions.DEFAULT_MAX_IN_FLIGHT;
        List<Scale> scales = args.length > 2 ? java.util.Arrays.stream(args, 2, args.length).map(Scale::parse).toList()
                : List.of(new Scale(50, 20), new Scale(500, 4), new Scale(1000, 5));
        System.out.printf(Locale.ROOT, "refresh at scale: %d ms a request, at most %d in flight, %d items a page%n",
                latency, cap, ScaleCache.PAGE_SIZE);
        // Not counted: the first refresh of a JVM loads the SDK, makes the TLS contexts and warms the JIT.
        refresh(new Scale(5, 2), latency, cap);
        System.out.println("| subscriptions x registries | wall | requests | requests/s | sequential (requests x latency)"
                + " | bound (latency, cap) | wall / bound | resources |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (Scale scale : scales) {
            print(scale, latency, cap, refresh(scale, latency, cap));
        }
        // The smallest one after the other, measured, beside its computed sequential time.
        Scale first = scales.getFirst();
        System.out.print("one at a time: ");
        print(first, latency, 1, refresh(first, latency, 1));
    }

    private record Result(double wall, int requests, int resources) {}

    private static void print(Scale scale, long latency, int cap, Result r) {
        int subscriptionPages = (scale.subscriptions() + ScaleCache.PAGE_SIZE - 1) / ScaleCache.PAGE_SIZE;
        double sequential = r.requests() * latency / 1000.0;
        double bound = latency / 1000.0 * (subscriptionPages + Math.ceil((r.requests() - subscriptionPages) / (double) cap));
        System.out.printf(Locale.ROOT, "| %d x %d | %.1f s | %d | %.0f | %.1f s | %.1f s | %.2f | %d |%n",
                scale.subscriptions(), scale.registriesPerSubscription(), r.wall(), r.requests(), r.requests() / r.wall(),
                sequential, bound, r.wall() / bound, r.resources());
    }

    /** A cold refresh (empty cache) of the sandbox at {@code scale}. */
    private static Result refresh(Scale scale, long latency, int cap) throws Exception {
        Path dir = Files.createTempDirectory("acr-refresh-bench");
        try (SandboxServer sandbox = SandboxServer.start(ScaleCache.sandboxConfig(scale).withLatencyMs(latency));
             CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ArmClients arm = new ArmClients(new ArmSession(AppServices.SANDBOX_ACCOUNT,
                    ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                    new StaticTokenCredential(SandboxServer.token())));
            RefreshService service = new RefreshService(arm, null, new ResourceStore(db), Kinds.CATALOG, Clock.systemUTC(),
                    RefreshOptions.DEFAULTS.withMaxRequestsInFlight(cap));
            int before = sandbox.requestCount();
            long t0 = System.nanoTime();
            RefreshReport report = service.refreshAll(RefreshListener.NONE);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!report.complete()) {
                throw new IllegalStateException("refresh failed: " + report.failures().getFirst());
            }
            return new Result(wall, sandbox.requestCount() - before, report.resources());
        } finally {
            BenchDirs.delete(dir);
        }
    }
}
