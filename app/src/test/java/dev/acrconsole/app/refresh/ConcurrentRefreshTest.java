package dev.acrconsole.app.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh reads concurrently (bounded), can be cancelled, and can read everything; the real SDK, sandbox, SQLite. */
class ConcurrentRefreshTest {
    @TempDir
    Path dir;
    @TempDir
    Path other;

    @Test
    void listingsAreReadConcurrentlyButNeverMoreThanTheCapAtOnce() {
        // 12 subscriptions x 2 registries, 40 ms a request: enough listings at once for the cap to matter.
        SandboxConfig config = SandboxConfig.defaults().withScale(Scale.parse("12x2")).withLatencyMs(40);
        try (SandboxFixture f = new SandboxFixture(config, dir); SandboxFixture g = new SandboxFixture(config, other)) {
            AtomicInteger most = new AtomicInteger();
            RefreshProgress[] progress = new RefreshProgress[1];
            progress[0] = new RefreshProgress(new RefreshListener() {
                @Override
                public void listingStarted(String what) {
                    most.accumulateAndGet(progress[0].snapshot().inFlight(), Math::max);
                }
            });
            RefreshReport concurrent = service(f, new RefreshOptions(4, false)).refreshAll(progress[0]);
            RefreshReport sequential = service(g, new RefreshOptions(1, false)).refreshAll(RefreshListener.NONE);

            assertThat(concurrent.failures()).isEmpty();
            assertThat(most.get()).as("listings read at once").isBetween(2, 4);
            RefreshProgress.Snapshot end = progress[0].snapshot();
            // The progress counts Resource Graph's inventory as one step more than the report's listings.
            assertThat(end.done()).isEqualTo(end.total()).isEqualTo(concurrent.listings() + 1);
            assertThat(end.inFlight()).isZero();
            // The same cache as one listing after the other would leave...
            assertThat(ids(f.store(), f.arm().session().cacheScope())).isEqualTo(ids(g.store(), g.arm().session().cacheScope()));
            assertThat(concurrent.requests()).isEqualTo(sequential.requests());
            // How much sooner is measured by RefreshScaleBenchmark, not here: a timed assertion fails on a busy machine.
        }
    }

    @Test
    void cancelKeepsEveryListingItCompletedAndWritesNoneHalf() {
        SandboxConfig config = SandboxConfig.defaults().withScale(Scale.parse("12x2")).withPageSize(1).withLatencyMs(20);
        try (SandboxFixture f = new SandboxFixture(config, dir); SandboxFixture whole = new SandboxFixture(config, other)) {
            AtomicInteger requestsAtCancel = new AtomicInteger(-1);
            RefreshProgress[] progress = new RefreshProgress[1];
            progress[0] = new RefreshProgress(new RefreshListener() {
                @Override
                public void listingDone(String what, int count) {
                    if (progress[0].snapshot().done() >= 6 && requestsAtCancel.compareAndSet(-1, f.sandbox.requestCount())) {
                        progress[0].cancel();
                    }
                }
            });
            RefreshReport report = service(f, new RefreshOptions(4, false)).refreshAll(progress[0]);
            int afterCancel = f.sandbox.requestCount() - requestsAtCancel.get();

            RefreshReport full = service(whole, new RefreshOptions(4, false)).refreshAll(RefreshListener.NONE);
            assertThat(report.cancelled()).isTrue();
            assertThat(report.complete()).isFalse();
            assertThat(report.failures()).as("a cancelled listing is no failure").isEmpty();
            assertThat(report.listings()).isBetween(6, 6 + 4).isLessThan(full.listings());
            assertThat(afterCancel).as("requests sent after Cancel: at most those already on their way").isBetween(0, 4);
            assertThat(progress[0].snapshot().inFlight()).isZero();

            CacheScope scope = f.arm().session().cacheScope();
            List<Listing> cached = f.store().listings(scope);
            // A registry's private endpoint connections are carried by its listing, replaced with it.
            // Resource Graph's inventory, before the ARM reads, writes listings of its own (whole, as it read them).
            assertThat(cached.stream().filter(l -> !l.kind().equals(PrivateEndpointConnectionKind.KIND) && !l.fromResourceGraph()))
                    .hasSize(report.listings());
            assertThat(cached).allSatisfy(l -> {
                assertThat(l.lastError()).isNull();
                assertThat(l.lastCompleteAt()).isNotNull();
                // Each listing it kept is whole: the rows a refresh that ran to the end has for it.
                assertThat(names(f.store().listingRows(scope, l.key())))
                        .isEqualTo(names(whole.store().listingRows(whole.arm().session().cacheScope(), l.key())));
            });
            assertThat(f.store().count()).as("no row outside a kept listing").isEqualTo(cached.stream()
                    .mapToInt(l -> f.store().listingRows(scope, l.key()).size()).sum());
        }
    }

    @Test
    void everythingReadsEveryCollectionBelowEveryRegistryWithoutOpeningAny() {
        try (SandboxFixture f = new SandboxFixture(SandboxConfig.defaults(), dir)) {
            DataPlanes planes = new DataPlanes(f.arm(), s -> f.sandbox.dataPlaneUrl(s).orElseThrow(
                    () -> new IllegalArgumentException("no contents for " + s)), Clock.systemUTC());
            CacheScope scope = f.arm().session().cacheScope();
            RefreshService opened = new RefreshService(f.arm(), planes, f.store(), Kinds.CATALOG, Clock.systemUTC());
            opened.refreshAll(RefreshListener.NONE);
            List<ResourceKind> below = List.of(ConnectedRegistryKind.KIND, TokenKind.KIND, ScopeMapKind.KIND, TaskKind.KIND,
                    RunKind.KIND, RepositoryKind.KIND);
            for (ResourceKind kind : below) {
                // Resource Graph's inventory carries some (connected registries) as listings of its own: ARM read none.
                assertThat(f.store().listings(scope)).filteredOn(l -> l.kind().equals(kind))
                        .as("%s without its folder opened", kind).allMatch(Listing::fromResourceGraph);
            }

            RefreshReport report = opened.with(RefreshOptions.DEFAULTS.withEverything(true)).refreshAll(RefreshListener.NONE);

            assertThat(report.failures()).isEmpty();
            for (ResourceKind kind : below) {
                assertThat(f.store().resources(scope, kind)).as("%s kept for offline review", kind).isNotEmpty();
            }
            // Every ARM collection below every registry is a complete listing (runs are a page of history).
            List<CachedResource> registries = f.store().resources(scope, RegistryKind.KIND);
            Map<String, Listing> listings = f.store().listings(scope).stream()
                    .collect(Collectors.toMap(Listing::key, Function.identity()));
            for (CachedResource registry : registries) {
                for (var child : Kinds.CATALOG.childrenOf(RegistryKind.KIND, dev.acrconsole.app.kind.Listing.When.ONCE_OPENED)) {
                    if (child.listing() instanceof dev.acrconsole.app.kind.Listing.Children) {
                        assertThat(listings.get(ListingKeys.children(registry.id(), child.kind())))
                                .as("%s of %s", child.title(), registry.name()).isNotNull()
                                .satisfies(l -> assertThat(l.lastCompleteAt()).isNotNull());
                    }
                }
            }
        }
    }

    private static RefreshService service(SandboxFixture f, RefreshOptions options) {
        return new RefreshService(f.arm(), null, f.store(), Kinds.CATALOG, Clock.systemUTC(), options);
    }

    private static List<String> ids(ResourceStore store, CacheScope scope) {
        return store.listings(scope).stream().flatMap(l -> store.listingRows(scope, l.key()).stream())
                .map(CachedResource::id).sorted().toList();
    }

    private static List<String> names(List<CachedResource> rows) {
        return rows.stream().map(CachedResource::id).sorted().toList();
    }
}
