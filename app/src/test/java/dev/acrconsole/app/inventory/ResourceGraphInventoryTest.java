package dev.acrconsole.app.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resourcegraph.ResourceGraphManager;
import com.azure.resourcemanager.resourcegraph.models.QueryRequest;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inventory step against the sandbox's Resource Graph, through the real SDK, into a real SQLite cache. */
class ResourceGraphInventoryTest {
    @TempDir
    Path dir;

    private static RefreshService refresh(SandboxFixture f) {
        return new RefreshService(f.arm(), f.store(), Kinds.CATALOG, Clock.systemUTC());
    }

    private static List<String> ids(List<CachedResource> rows) {
        return rows.stream().map(r -> r.id().toLowerCase()).sorted().toList();
    }

    /**
     * What the cache holds of every registry when the first per-subscription registries read starts, and when Resource
     * Graph's inventory is written.
     */
    private static final class FirstRegistriesRead implements RefreshListener {
        final List<String> heard = java.util.Collections.synchronizedList(new ArrayList<>()); // heard from the refresh's workers
        final AtomicReference<List<CachedResource>> registries = new AtomicReference<>();
        final AtomicReference<Long> registriesAfterMs = new AtomicReference<>();
        final AtomicReference<List<CachedResource>> atInventory = new AtomicReference<>();
        final AtomicReference<Long> inventoryAfterMs = new AtomicReference<>();
        private final ResourceStore store;
        private final CacheScope scope;
        private final long started = System.nanoTime();

        FirstRegistriesRead(ResourceStore store, CacheScope scope) {
            this.store = store;
            this.scope = scope;
        }

        @Override
        public void listingStarted(String what) {
            heard.add("started " + what);
            if (what.startsWith("Registries in ") && registries.get() == null) {
                registries.set(store.resources(scope, RegistryKind.KIND));
                registriesAfterMs.set((System.nanoTime() - started) / 1_000_000);
            }
        }

        @Override
        public void listingDone(String what, int count) {
            if (what.equals(ResourceGraphInventory.WHAT)) {
                atInventory.set(store.resources(scope, RegistryKind.KIND));
                inventoryAfterMs.set((System.nanoTime() - started) / 1_000_000);
            }
            heard.add("done " + what);
        }

        @Override
        public void listingFailed(String what, String error) {
            heard.add("failed " + what + ": " + error);
        }
    }

    @Test
    void aColdRefreshHasEveryRegistryOnceResourceGraphIsWrittenAndArmConfirmsThem() {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            ResourceStore store = f.store();
            FirstRegistriesRead listener = new FirstRegistriesRead(store, scope);
            refresh(f).refreshAll(listener);

            List<String> all = f.sandbox.data().registries().stream().map(r -> r.id().toLowerCase()).sorted().toList();
            // Once the subscriptions are read (the tree names them), beside the reads below them.
            int started = listener.heard.indexOf("started " + ResourceGraphInventory.WHAT);
            assertThat(listener.heard.indexOf("done Subscriptions")).isBetween(0, started);
            assertThat(listener.heard.subList(started, listener.heard.size())).contains("done " + ResourceGraphInventory.WHAT);
            assertThat(ids(listener.atInventory.get())).as("every registry once the inventory is written").isEqualTo(all);

            // ARM's reads replaced what Resource Graph wrote: the registries' listings are ARM's now, with the same rows.
            for (SandboxData.Subscription s : f.sandbox.data().subscriptions()) {
                Listing registries = store.listing(scope, new RegistryKind().listingUnder(s.subscriptionId())).orElseThrow();
                assertThat(registries.fromResourceGraph()).as(registries.key()).isFalse();
                Listing groups = store.listing(scope, new ResourceGroupKind().listingUnder(s.subscriptionId())).orElseThrow();
                assertThat(groups.fromResourceGraph()).as(groups.key()).isFalse();
            }
            assertThat(ids(store.resources(scope, RegistryKind.KIND))).isEqualTo(all);
            // A registry's replications, never opened, are Resource Graph's and say so, until the folder reads them.
            CachedResource prod = store.resources(scope, RegistryKind.KIND).stream()
                    .filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow();
            Listing replications = store.listing(scope, ListingKeys.children(prod.id(), ReplicationKind.KIND)).orElseThrow();
            assertThat(replications.fromResourceGraph()).isTrue();
            List<CachedResource> fromGraph = store.listingRows(scope, replications.key());
            assertThat(fromGraph).isNotEmpty();
            refresh(f).refreshChildren(prod, ReplicationKind.KIND, RefreshListener.NONE);
            assertThat(store.listing(scope, replications.key()).orElseThrow().fromResourceGraph()).isFalse();
            assertThat(ids(store.listingRows(scope, replications.key()))).isEqualTo(ids(fromGraph));
        }
    }

    @Test
    void aRowFromResourceGraphIsTheRowArmsReadMakes() {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            ResourceGraphInventory.Outcome o = new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG,
                    Clock.systemUTC()).fill(id -> true);
            assertThat(o.used()).isTrue();
            assertThat(o.queries()).isEqualTo(2);
            Map<String, CachedResource> graph = byId(f.store().resources(scope, RegistryKind.KIND));
            assertThat(f.store().listings(scope)).isNotEmpty().allMatch(Listing::fromResourceGraph);

            refresh(f).refreshAll(RefreshListener.NONE);
            Map<String, CachedResource> armRows = byId(f.store().resources(scope, RegistryKind.KIND));
            assertThat(graph.keySet()).isEqualTo(armRows.keySet());
            armRows.forEach((id, a) -> {
                CachedResource g = graph.get(id);
                assertThat(List.of(g.name(), g.type(), g.tenantId(), g.subscriptionId(), g.resourceGroup(), g.location(),
                        g.sku(), g.provisioningState(), g.parentId())).as(id).isEqualTo(List.of(a.name(), a.type(),
                        a.tenantId(), a.subscriptionId(), a.resourceGroup(), a.location(), a.sku(), a.provisioningState(),
                        a.parentId()));
                assertThat(dev.acrconsole.app.kind.Json.read(g.json()).path("properties"))
                        .isEqualTo(dev.acrconsole.app.kind.Json.read(a.json()).path("properties"));
            });
        }
    }

    @Test
    void whatArmAlreadyReadIsNotOverwrittenByResourceGraph() {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            refresh(f).refreshAll(RefreshListener.NONE);
            String key = new RegistryKind().listingUnder(f.sandbox.data().subscriptions().getFirst().subscriptionId());
            Listing before = f.store().listing(scope, key).orElseThrow();

            new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG, Clock.systemUTC()).fill(id -> true);
            Listing after = f.store().listing(scope, key).orElseThrow();
            assertThat(after.fromResourceGraph()).isFalse();
            assertThat(after.lastCompleteAt()).isEqualTo(before.lastCompleteAt());
        }
    }

    @Test
    void aHiddenSubscriptionGetsNothingFromResourceGraph() {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            SandboxData.Subscription hidden = f.sandbox.data().subscriptions().getFirst();
            new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG, Clock.systemUTC())
                    .fill(id -> !id.equalsIgnoreCase(hidden.subscriptionId()));
            assertThat(f.store().resources(scope, RegistryKind.KIND)).isNotEmpty()
                    .noneMatch(r -> r.subscriptionId().equalsIgnoreCase(hidden.subscriptionId()));
            assertThat(f.store().listing(scope, new RegistryKind().listingUnder(hidden.subscriptionId()))).isEmpty();
        }
    }

    /**
     * Spends the sandbox's Resource Graph quota (15 a 5-second window) as another tool of the same user would: all at
     * once, so the window has nearly its whole 5 s left whatever the machine's load.
     */
    static void spendQuota(dev.acrconsole.app.arm.ArmClients arm) throws Exception {
        ResourceGraphManager m = ResourceGraphManager.configure().withHttpClient(arm.httpClient())
                .authenticate(arm.session().credential(), arm.profile(null));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(15);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                sent.add(pool.submit(() -> m.resourceProviders().resourcesWithResponse(
                        new QueryRequest().withQuery("resources | project id | limit 1"), Context.NONE)));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void spendQuota(SandboxFixture f) throws Exception {
        spendQuota(f.arm());
    }

    @Test
    void aSpentQuotaThatResetsTooLateIsSkippedAndSaidAndArmReadsFillTheTree() throws Exception {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            spendQuota(f);
            int before = f.sandbox.requestCount();
            ResourceGraphInventory.Outcome o = new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG,
                    Clock.systemUTC(), Duration.ZERO).fill(id -> true);
            assertThat(o.used()).isFalse();
            assertThat(o.note()).contains("quota is spent").contains("ARM reads fill the tree");
            assertThat(f.sandbox.requestCount() - before).as("the one query that heard 429").isEqualTo(1);
            assertThat(f.store().listings(scope)).isEmpty();

            // The same account's next inventory knows the quota is spent: it sends nothing until the reset.
            FirstRegistriesRead listener = new FirstRegistriesRead(f.store(), scope);
            before = f.sandbox.requestCount();
            ResourceGraphInventory.Outcome again = new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG,
                    Clock.systemUTC(), Duration.ZERO).fill(id -> true);
            assertThat(again.queries()).isZero();
            assertThat(f.sandbox.requestCount()).isEqualTo(before);

            // A refresh in the same window says so, and its ARM reads fill the tree.
            refresh(f).refreshAll(listener);
            assertThat(listener.heard).contains("started " + ResourceGraphInventory.WHAT);
            assertThat(listener.heard).anySatisfy(h -> assertThat(h).startsWith("failed " + ResourceGraphInventory.WHAT
                    + ": Resource Graph's quota is spent for "));
            assertThat(listener.registries.get()).as("nothing before the ARM reads").isEmpty();
            assertThat(f.store().resources(scope, RegistryKind.KIND)).hasSameSizeAs(f.sandbox.data().registries());
            assertThat(f.store().listings(scope)).noneMatch(Listing::fromResourceGraph);
        }
    }

    @Test
    void aSpentQuotaThatResetsSoonIsWaitedOut() throws Exception {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            spendQuota(f);
            long start = System.nanoTime();
            ResourceGraphInventory.Outcome o = new ResourceGraphInventory(f.arm(), f.store(), Kinds.CATALOG,
                    Clock.systemUTC(), Duration.ofSeconds(10)).fill(id -> true);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(o.used()).as(String.valueOf(o.note())).isTrue();
            assertThat(ms).as("waited for the window to reset").isBetween(200L, 6_500L);
            assertThat(f.store().resources(f.arm().session().cacheScope(), RegistryKind.KIND))
                    .hasSameSizeAs(f.sandbox.data().registries());
        }
    }

    @Test
    void atScaleEveryRegistryIsCachedFromOnePagedQueryWithinSeconds() throws Exception {
        // 120 subscriptions x 10 registries at 20 ms a request: the rows take two pages of 1,000; the per-subscription
        // reads would need 360 requests before the last registry showed. They run beside the inventory; here they are
        // held until it is written, so what is cached then is Resource Graph's alone.
        SandboxConfig config = SandboxConfig.defaults().withScale(Scale.parse("120x10")).withLatencyMs(20).withPageSize(100);
        try (SandboxFixture f = new SandboxFixture(config, dir)) {
            CacheScope scope = f.arm().session().cacheScope();
            FirstRegistriesRead listener = new FirstRegistriesRead(f.store(), scope);
            java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
            AtomicReference<Integer> requestsAtInventory = new AtomicReference<>();
            int before = f.sandbox.requestCount();
            RefreshListener holdingArm = new RefreshListener() {
                @Override
                public void listingStarted(String what) {
                    if (what.contains(" in Scale Subscription ")) {
                        try {
                            written.await(60, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public void listingDone(String what, int count) {
                    if (what.equals(ResourceGraphInventory.WHAT)) {
                        requestsAtInventory.set(f.sandbox.requestCount() - before);
                    }
                    listener.listingDone(what, count);
                    if (what.equals(ResourceGraphInventory.WHAT)) {
                        written.countDown();
                    }
                }
            };
            refresh(f).refreshAll(holdingArm);
            assertThat(listener.atInventory.get()).hasSize(1200);
            // Requests, not seconds, are what this machine cannot inflate: three Resource Graph pages, the tenants and
            // two pages of subscriptions, against the 360 reads ARM alone would need.
            assertThat(requestsAtInventory.get()).as("requests before every registry was cached").isLessThanOrEqualTo(6);
            assertThat(listener.inventoryAfterMs.get()).as("ms to every registry").isLessThan(20_000L);
            Map<String, Long> perSubscription = listener.atInventory.get().stream()
                    .collect(Collectors.groupingBy(CachedResource::subscriptionId, Collectors.counting()));
            assertThat(perSubscription).hasSize(120).allSatisfy((sub, n) -> assertThat(n).isEqualTo(10L));
            assertThat(f.store().resources(scope, RegistryKind.KIND)).as("and ARM's reads then went through").hasSize(1200);
        }
    }

    private static Map<String, CachedResource> byId(List<CachedResource> rows) {
        return rows.stream().collect(Collectors.toMap(r -> r.id().toLowerCase(), Function.identity()));
    }
}
