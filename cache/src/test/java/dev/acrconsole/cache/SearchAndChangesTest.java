package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndChangesTest {
    private static final String LISTING = TestRows.SUB + "|registries";
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-01T11:00:00Z");

    @TempDir
    Path dir;

    private static CachedResource registry(String name, String sku, String extraJson) {
        CachedResource r = TestRows.registry(name, T1);
        String json = r.json().replace("\"name\":\"Premium\"", "\"name\":\"" + sku + "\"")
                .replace("\"provisioningState\":\"Succeeded\"}", "\"provisioningState\":\"Succeeded\"" + extraJson + "}");
        return new CachedResource(r.scope(), r.id(), r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                r.resourceGroup(), r.location(), sku, r.provisioningState(), r.parentId(), json, r.fetchedAt());
    }

    /** {@code rows} as the registries the listing holds at {@code at} (a refresh of it). */
    private static void listRegistries(ResourceStore store, Instant at, CachedResource... rows) {
        store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(rows), at);
    }

    @Test
    void searchFindsNamesLoginServersTagsAndAnyTextOfTheJsonByPrefix() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            listRegistries(store, T1, registry("contosoprod", "Premium", ",\"imageDigest\":\"sha256:4f3a9c1e\""),
                    registry("fabrikamedge", "Basic", ",\"statusText\":\"Upstream unreachable since Tuesday\""));
            Search search = new Search(db);

            assertThat(search.find("contosop", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("contosoprod");
            assertThat(search.find("fabrikamedge.azurecr", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("fabrikamedge");
            assertThat(search.find("sha256:4f3a", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("contosoprod");
            assertThat(search.find("unreachable tues", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("fabrikamedge");
            // Half-typed: a one- or two-letter word is looked for in the other words' hits, and still narrows them.
            assertThat(search.find("upstream u", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("fabrikamedge");
            assertThat(search.find("upstream q", null, Set.of(), 10)).isEmpty();
            assertThat(search.find("sha256 4f", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("contosoprod");
            assertThat(search.find("f", null, Set.of(), 10)).extracting(SearchHit::name).contains("fabrikamedge");
            assertThat(search.find("rg1", null, Set.of(TestKinds.PRIVATE_ENDPOINT_CONNECTION), 10)).isEmpty();
            assertThat(search.find("  ", null, Set.of(), 10)).isEmpty();
            SearchHit hit = search.find("contosoprod", null, Set.of(), 10).getFirst();
            assertThat(hit.byName()).isTrue();
            assertThat(hit.fetchedAt()).isEqualTo(T1);

            // A refresh that brings new text re-indexes it; the old text no longer finds it.
            listRegistries(store, T1, registry("contosoprod", "Premium", ",\"imageDigest\":\"sha256:4f3a9c1e\""),
                    registry("fabrikamedge", "Basic", ",\"statusText\":\"Healthy again\""));
            assertThat(search.find("unreachable", null, Set.of(), 10)).isEmpty();
            assertThat(search.find("healthy again", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("fabrikamedge");
            assertThat(search.find("sha256:4f3a", null, Set.of(), 10)).extracting(SearchHit::name).containsExactly("contosoprod");

            // What leaves the cache leaves the index, in the same transaction.
            listRegistries(store, T2, registry("fabrikamedge", "Basic", ""));
            assertThat(search.find("contosoprod", null, Set.of(), 10)).isEmpty();
            store.remove(TestRows.SCOPE, TestRows.registry("fabrikamedge", T1).id());
            assertThat(search.find("fabrikamedge", null, Set.of(), 10)).isEmpty();
        }
    }

    @Test
    void aLoginServerFindsItsRegistryBeforeWhatMentionsItWhicheverWasCachedFirst() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            // The mirror is indexed first, so the index's own order would put it first.
            listRegistries(store, T1, registry("contosomirror", "Premium", ",\"upstream\":\"fabrikamedge.azurecr.io\""),
                    registry("fabrikamedge", "Basic", ""));

            assertThat(new Search(db).find("fabrikamedge.azurecr.io", null, Set.of(), 10)).extracting(SearchHit::name)
                    .containsExactly("fabrikamedge", "contosomirror");
        }
    }

    @Test
    void aKindOrScopeNarrowsTheHitsAndWhatIsTypedNeverMatchesTheFilterItself() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource failing = registry("contosoprod", "Premium", ",\"statusText\":\"Failed over\"");
            listRegistries(store, T1, failing);
            store.replaceListing(TestRows.SCOPE, failing.id() + "|runs", TestKinds.RUN, List.of(
                    TestRows.run(failing, "ca1", "Failed", "build", 1), TestRows.run(failing, "ca2", "Succeeded", "build", 2)), T1);
            CacheScope other = new CacheScope("other", "Sandbox");
            CachedResource r = TestRows.registry("failedmirror", T1);
            store.replaceListing(other, LISTING, TestKinds.REGISTRY, List.of(new CachedResource(other, r.id(), r.kind(),
                    r.name(), r.type(), r.tenantId(), r.subscriptionId(), r.resourceGroup(), r.location(), r.sku(),
                    r.provisioningState(), r.parentId(), r.json(), r.fetchedAt())), T1);
            Search search = new Search(db);

            assertThat(search.find("failed", null, Set.of(), 10)).extracting(SearchHit::name)
                    .containsExactlyInAnyOrder("failedmirror", "contosoprod", "ca1");
            assertThat(search.find("failed", null, Set.of(TestKinds.RUN), 10)).extracting(SearchHit::name).containsExactly("ca1");
            assertThat(search.find("failed", other, Set.of(), 10)).extracting(SearchHit::name).containsExactly("failedmirror");
            assertThat(search.find("failed", other, Set.of(TestKinds.RUN), 10)).isEmpty();
            assertThat(search.find("failed -over", TestRows.SCOPE, Set.of(TestKinds.RUN, TestKinds.REGISTRY), 10))
                    .extracting(SearchHit::name).containsExactly("ca1");
            // The filter's own words are in the index, but typing them finds nothing.
            assertThat(search.find(SearchIndex.kindToken(TestKinds.RUN), null, Set.of(), 10)).isEmpty();
            assertThat(search.find(SearchIndex.scopeToken(other.key()).substring(0, 4), null, Set.of(), 10)).isEmpty();
        }
    }

    @Test
    void aRefreshLogsWhatWasAddedRemovedAndWhichWatchedFieldsChanged() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            listRegistries(store, T1, registry("alpha", "Basic", ""), registry("beta", "Basic", ""));
            Changes changes = new Changes(db);
            assertThat(changes.list(Changes.Query.recent(50))).as("the first refresh is a baseline").isEmpty();

            listRegistries(store, T2, registry("alpha", "Premium", ""), registry("gamma", "Basic", ""));

            List<Change> log = changes.list(Changes.Query.recent(50));
            assertThat(log).extracting(c -> c.what() + " " + c.name() + (c.field() == null ? "" : " " + c.field() + " " + c.before() + "->" + c.after()))
                    .containsExactlyInAnyOrder("changed alpha SKU Basic->Premium", "added gamma", "removed beta");
            assertThat(log).allMatch(c -> c.at().equals(T2));
            assertThat(changes.list(new Changes.Query(null, null, null, Change.What.changed, "SKU", "Premium", 10))).hasSize(1);
            assertThat(changes.list(new Changes.Query(null, T2.plusSeconds(1), null, null, null, null, 10))).isEmpty();
        }
    }

    @Test
    void whatChangedSinceTheUserLookedIsMarkedUntilTheyLookAgain() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = registry("alpha", "Basic", "");
            listRegistries(store, T1, alpha);
            store.upsert(registry("alpha", "Standard", ""), LISTING);
            Changes changes = new Changes(db);
            assertThat(changes.unseen(TestRows.SCOPE)).containsOnlyKeys(CachedResource.idKey(alpha.id()));

            changes.markSeen(TestRows.SCOPE, alpha.id().toUpperCase());
            assertThat(changes.unseen(TestRows.SCOPE)).isEmpty();
            store.upsert(registry("alpha", "Premium", ""), LISTING);
            assertThat(changes.unseen(null)).containsOnlyKeys(CachedResource.idKey(alpha.id()));

            // A connection changed below it: opening the registry's connections folder marks it seen.
            store.upsert(TestRows.connection(alpha, "c1", "Pending", T1), alpha.id() + "|pe");
            store.upsert(TestRows.connection(alpha, "c1", "Approved", T1), alpha.id() + "|pe");
            changes.markSeen(TestRows.SCOPE, alpha.id());
            assertThat(changes.unseen(null)).containsValue(TestKinds.PRIVATE_ENDPOINT_CONNECTION.code());
            changes.markSeen(TestRows.SCOPE, alpha.id(), TestKinds.PRIVATE_ENDPOINT_CONNECTION.code());
            assertThat(changes.unseen(null)).isEmpty();
        }
    }

    @Test
    void retentionDropsOldHistoryAndCompactingKeepsTheRest() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            listRegistries(store, T1, registry("alpha", "Basic", ""));
            listRegistries(store, T2, registry("alpha", "Premium", ""));
            new CacheSettings(db).put("retention.changes.days", "30");

            assertThat(Retention.apply(db, T2.plus(java.time.Duration.ofDays(29)))).isZero();
            assertThat(Retention.apply(db, T2.plus(java.time.Duration.ofDays(31)))).isEqualTo(1);
            assertThat(new Changes(db).list(Changes.Query.recent(10))).isEmpty();
            assertThat(Retention.compact(db)).isPositive();
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void tokensDueToExpireAreFoundByTheirEarliestPassword() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            String tokens = TestRows.SUB + "/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/registries/alpha/tokens/";
            store.replaceListing(TestRows.SCOPE, "tokens", TestKinds.PRIVATE_ENDPOINT_CONNECTION, List.of(
                    token(tokens + "soon", "2026-11-05T00:00:00Z", "2027-06-01T00:00:00Z"),
                    token(tokens + "later", "2027-05-01T00:00:00+00:00", null)), T1);
            List<CachedResource> due = new Changes(db).dueBefore(null, TestKinds.PRIVATE_ENDPOINT_CONNECTION.code(), "Expiry",
                    Instant.parse("2026-12-01T00:00:00Z"), store);
            assertThat(due).extracting(CachedResource::name).containsExactly("soon");
        }
    }

    private static CachedResource token(String id, String expiry1, String expiry2) {
        String passwords = "{\"name\":\"password1\",\"expiry\":\"" + expiry1 + "\"}"
                + (expiry2 == null ? "" : ",{\"name\":\"password2\",\"expiry\":\"" + expiry2 + "\"}");
        String json = "{\"id\":\"" + id + "\",\"type\":\"Microsoft.ContainerRegistry/registries/tokens\","
                + "\"properties\":{\"status\":\"enabled\",\"credentials\":{\"passwords\":[" + passwords + "]}}}";
        return new CachedResource(TestRows.SCOPE, id, TestKinds.PRIVATE_ENDPOINT_CONNECTION, id.substring(id.lastIndexOf('/') + 1),
                "Microsoft.ContainerRegistry/registries/tokens", "t", "s", "rg1", null, null, null, null, json, T1);
    }
}
