package dev.acrconsole.ui.bench;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.inventory.ResourceGraphInventory;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Issue 18, acceptance 1's first half: with the sandbox at 1,000 subscriptions x 5 registries and 50 ms a request, how
 * soon after a cold refresh starts is every registry in the tree (in the cache, with its subscription, as the tree
 * reads it)? Resource Graph's inventory runs beside the per-subscription reads; the benchmark takes the time when the
 * inventory is written, then cancels the refresh (what follows is the per-subscription reads, the refresh benchmark's
 * subject) and prints the sequential ARM-only time to the same point for comparison: one request per listing, each at
 * the latency.
 *
 * <p>Args: scale (default 1000x5), latency ms (default 50), runs (default 3; 6 s apart, Resource Graph's quota window).
 */
public final class InventoryBenchmark {
    private InventoryBenchmark() {}

    /** CPU this process used so far: on a shared machine, what the wall time would be without the others' load. */
    private static java.time.Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.parse(args.length > 0 ? args[0] : "1000x5");
        int latency = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int pageSize = 100; // ARM's pages of subscriptions and registries, as ScaleCache
        SandboxConfig config = SandboxConfig.defaults().withScale(scale).withLatencyMs(latency).withPageSize(pageSize);
        System.out.printf("sandbox: %dx%d, %d ms a request, %d items an ARM page%n", scale.subscriptions(),
                scale.registriesPerSubscription(), latency, pageSize);
        List<Long> treeMs = new ArrayList<>();
        try (SandboxServer sandbox = SandboxServer.start(config)) {
            int registries = sandbox.data().registries().size();
            for (int run = 1; run <= runs; run++) {
                if (run > 1) {
                    Thread.sleep(6_000); // a fresh Resource Graph quota window for each run
                }
                Path dir = Files.createTempDirectory("acr-bench-inventory");
                try (CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
                    ResourceStore store = new ResourceStore(db);
                    ArmClients arm = new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(sandbox.baseUrl(),
                            sandbox.certificate()), new StaticTokenCredential(SandboxServer.token())));
                    CacheScope scope = arm.session().cacheScope();
                    long[] inventoryDone = {-1};
                    long[] tree = {-1};
                    int[] requestsAtTree = {-1};
                    int requestsBefore = sandbox.requestCount();
                    java.time.Duration cpuBefore = cpu();
                    long start = System.nanoTime();
                    RefreshListener listener = new RefreshListener() {
                        @Override
                        public void listingDone(String what, int count) {
                            if (what.equals(ResourceGraphInventory.WHAT)) {
                                inventoryDone[0] = (System.nanoTime() - start) / 1_000_000;
                                tree[0] = inventoryDone[0];
                                requestsAtTree[0] = sandbox.requestCount() - requestsBefore;
                            }
                        }

                        @Override
                        public boolean cancelled() {
                            return tree[0] >= 0; // measured: the rest of the refresh is the refresh benchmark's
                        }
                    };
                    new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC()).refreshAll(listener);
                    // What the tree reads: registries whose subscription is there too.
                    List<NavigationRow> nav = store.navigationRows(scope);
                    long subscriptions = nav.stream().filter(r -> r.kind().equals(SubscriptionKind.KIND)).count();
                    long inTree = nav.stream().filter(r -> r.kind().equals(RegistryKind.KIND)).count();
                    System.out.printf("run %d: Resource Graph's inventory done %d ms; every registry with its subscription"
                                    + " cached %d ms after the refresh started (%d of %d registries, %d subscriptions, %d requests;"
                                    + " %.1f s CPU in this process, client and sandbox)%n",
                            run, inventoryDone[0], tree[0], inTree, registries, subscriptions, requestsAtTree[0],
                            cpu().minus(cpuBefore).toMillis() / 1000.0);
                    if (inTree == registries && subscriptions == scale.subscriptions()) {
                        treeMs.add(tree[0]);
                    }
                }
                BenchDirs.delete(dir);
            }
            // Without Resource Graph the last registry shows when the last subscription's reads are done: tenants,
            // the subscriptions' pages, then resource groups, registries and IoT Operations instances per subscription.
            long pages = (scale.subscriptions() + pageSize - 1) / pageSize;
            long registryPages = (scale.registriesPerSubscription() + pageSize - 1) / pageSize;
            long requests = 1 + pages + scale.subscriptions() * (1 + registryPages + 1);
            System.out.printf("sequential ARM reads to the last registry: %d requests x %d ms = %.1f s (computed)%n",
                    requests, latency, requests * latency / 1000.0);
        }
        Collections.sort(treeMs);
        System.out.printf("every registry in the tree after a cold refresh: median %d ms of %d complete runs%n",
                treeMs.isEmpty() ? -1 : treeMs.get(treeMs.size() / 2), treeMs.size());
    }
}
