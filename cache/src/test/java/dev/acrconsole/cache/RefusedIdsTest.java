package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row keyed by an empty id or a collection's id (a failed operation whose target was {@code .../runs}) showed as a
 * nameless "run" in the tree, search, What changed and exports. The cache refuses it on every write, whole.
 */
class RefusedIdsTest {
    private static final String LISTING = TestRows.SUB + "|registries";
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-01T11:00:00Z");

    @TempDir
    Path dir;

    @Test
    void anUpsertOfACollectionIdIsRefusedWithTheReasonAndLeavesNoRow() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", T1);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(registry), T1);
            CachedResource phantom = withId(TestRows.run(registry, "cs1", "Failed", "build", 1), registry.id() + "/runs");

            assertThatThrownBy(() -> store.upsert(phantom, registry.id() + "|runs"))
                    .isInstanceOf(CacheException.class)
                    .hasMessageContaining(registry.id() + "/runs")
                    .hasMessageContaining("collection")
                    .hasMessageContaining("Nothing of this write was cached");
            assertThat(store.count()).isEqualTo(1);
            assertThat(new Search(db).find("cs1", null, Set.of(), 10)).isEmpty();
        }
    }

    @Test
    void anEmptyOrMalformedIdIsRefusedToo() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", T1);
            for (String bad : List.of("", "  ", "subscriptions/s", TestRows.SUB + "//resourceGroups/rg1", TestRows.SUB + "/")) {
                assertThatThrownBy(() -> store.upsert(withId(registry, bad), LISTING))
                        .as(bad).isInstanceOf(CacheException.class).hasMessageContaining("Refused to cache a registry");
            }
            assertThatThrownBy(() -> store.upsert(withId(registry, ""), LISTING)).hasMessageContaining("the id is empty");
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void aListingWithOnePhantomRowLandsNotAtAllAndKeepsWhatWasCached() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);

            // alpha gone, beta newer, and a phantom: had any of it landed, alpha would be removed and beta newer.
            List<CachedResource> next = List.of(TestRows.registry("beta", T2),
                    withId(TestRows.registry("ghost", T2), TestRows.SUB + "/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/registries"));
            assertThatThrownBy(() -> store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, next, T2))
                    .isInstanceOf(CacheException.class).hasMessageContaining("collection");

            assertThat(store.listingRows(TestRows.SCOPE, LISTING)).extracting(CachedResource::name, CachedResource::fetchedAt)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("alpha", T1), org.assertj.core.api.Assertions.tuple("beta", T1));
            assertThat(store.listing(TestRows.SCOPE, LISTING).orElseThrow().lastCompleteAt()).isEqualTo(T1);
            assertThat(new Changes(db).list(Changes.Query.recent(100))).isEmpty();
        }
    }

    @Test
    void aPageOfRunsWithOnePhantomAddsNone() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", T1);
            CachedResource good = TestRows.run(registry, "cs1", "Succeeded", "build", 1);
            assertThatThrownBy(() -> store.upsertAll(List.of(good, withId(good, "")), registry.id() + "|runs"))
                    .isInstanceOf(CacheException.class);
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void everyShapeOfARealIdIsAccepted() {
        assertThat(CachedResource.notAResourceId("/tenants/t1")).isNull();
        assertThat(CachedResource.notAResourceId("/subscriptions/s1")).isNull();
        assertThat(CachedResource.notAResourceId("/subscriptions/s1/resourceGroups/g")).isNull();
        assertThat(CachedResource.notAResourceId(
                "/subscriptions/s1/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r/runs/cs1")).isNull();
        assertThat(CachedResource.notAResourceId("/subscriptions/s1/resourceGroups/g/providers/Microsoft.Kubernetes"
                + "/connectedClusters/c/providers/Microsoft.KubernetesConfiguration/extensions/e")).isNull();
    }

    private static CachedResource withId(CachedResource r, String id) {
        return new CachedResource(r.scope(), id, r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                r.resourceGroup(), r.location(), r.sku(), r.provisioningState(), r.parentId(), r.json(), r.fetchedAt());
    }
}
