package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.cache.ConnectedRegistryHistory.State;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history table is written by the store's own writes, in their transactions, as a watch decides. */
class ConnectedRegistryHistoryTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final CachedResource REGISTRY = TestRows.registry("edgehub", T1);
    private static final String LISTING = REGISTRY.id().toLowerCase() + "|connectedRegistry";

    @TempDir
    Path dir;

    /** Records a change of any of the three, the way the app's watch does. */
    private static final ReplaceWatch WATCH = new ReplaceWatch() {
        @Override
        public boolean watches(ResourceKind kind) {
            return kind == TestKinds.CONNECTED_REGISTRY;
        }

        @Override
        public void replacing(CachedResource before, CachedResource after, ConnectedRegistryHistory.Recorder history) {
            State was = before == null ? null : state(before);
            State now = state(after);
            if (!Objects.equals(was, now)) {
                history.record(after, was, now);
            }
        }
    };

    private static State state(CachedResource r) {
        try {
            JsonNode p = MAPPER.readTree(r.json()).path("properties");
            return new State(p.path("connectionState").asText(null), p.path("activation").path("status").asText(null),
                    p.path("parent").path("syncProperties").path("lastSyncTime").asText(null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CachedResource connected(String name, String state, String lastSync, Instant at) {
        String id = REGISTRY.id() + "/connectedRegistries/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.ContainerRegistry/registries/connectedRegistries",
                 "properties":{"connectionState":"%s","activation":{"status":"Active"},
                 "parent":{"syncProperties":{"lastSyncTime":"%s"}}}}""".formatted(id, name, state, lastSync);
        return new CachedResource(TestRows.SCOPE, id, TestKinds.CONNECTED_REGISTRY, name, null, "tenant-1",
                REGISTRY.subscriptionId(), "rg1", null, null, "Succeeded", REGISTRY.id(), json, at);
    }

    private static void replace(ResourceStore store, Instant at, CachedResource... rows) {
        store.replaceListings(TestRows.SCOPE, List.of(new ListingContent(LISTING, TestKinds.CONNECTED_REGISTRY,
                List.of(rows))), at, WATCH);
    }

    @Test
    void aRefreshThatSeesAChangeRecordsBeforeAndAfterAndOneThatSeesNoneRecordsNothing() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            ConnectedRegistryHistory history = new ConnectedRegistryHistory(db);
            Instant t2 = T1.plusSeconds(60);
            Instant t3 = T1.plusSeconds(120);
            replace(store, T1, connected("site1", "Online", "2026-11-01T09:00:00Z", T1), connected("site2", "Offline", "x", T1));
            replace(store, t2, connected("site1", "Syncing", "2026-11-01T09:00:00Z", t2), connected("site2", "Offline", "x", t2));
            replace(store, t3, connected("site1", "Online", "2026-11-01T10:01:00Z", t3), connected("site2", "Offline", "x", t3));

            List<Transition> site1 = history.of(TestRows.SCOPE, REGISTRY.id().toUpperCase() + "/connectedRegistries/SITE1");
            assertThat(site1).hasSize(3);
            assertThat(site1.get(0).before()).isNull(); // first seen
            assertThat(site1.get(1)).isEqualTo(new Transition(t2, new State("Online", "Active", "2026-11-01T09:00:00Z"),
                    new State("Syncing", "Active", "2026-11-01T09:00:00Z")));
            assertThat(site1.get(2).after().lastSyncTime()).isEqualTo("2026-11-01T10:01:00Z");
            assertThat(history.of(TestRows.SCOPE, REGISTRY.id() + "/connectedRegistries/site2")).hasSize(1);
        }
    }

    @Test
    void aWriteThatFailsRecordsNoHistoryAndLeavesTheListingAsItWas() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            replace(store, T1, connected("site1", "Online", "a", T1));
            CachedResource broken = new CachedResource(TestRows.SCOPE, REGISTRY.id() + "/connectedRegistries/bad",
                    TestKinds.CONNECTED_REGISTRY, "bad", null, null, null, null, null, null, null, REGISTRY.id(),
                    "not json", T1);
            Instant t2 = T1.plusSeconds(60);
            // site1's change is recorded first, then the unreadable row fails the transaction: both go.
            assertThatThrownBy(() -> replace(store, t2, connected("site1", "Offline", "a", t2), broken))
                    .isInstanceOf(RuntimeException.class);

            assertThat(new ConnectedRegistryHistory(db).of(TestRows.SCOPE, REGISTRY.id() + "/connectedRegistries/site1"))
                    .hasSize(1);
            assertThat(store.children(TestRows.SCOPE, REGISTRY.id(), TestKinds.CONNECTED_REGISTRY))
                    .extracting(CachedResource::json).allMatch(j -> j.contains("Online"));
        }
    }

    @Test
    void anUpsertAfterAnOperationIsWatchedTooAndOtherKindsAreNotLookedAt() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            replace(store, T1, connected("site1", "Online", "a", T1));
            store.upsert(connected("site1", "Offline", "a", T1.plusSeconds(5)), LISTING, WATCH);
            store.replaceListings(TestRows.SCOPE, List.of(new ListingContent("x|registries", TestKinds.REGISTRY,
                    List.of(REGISTRY))), T1, WATCH);

            List<Transition> site1 = new ConnectedRegistryHistory(db).of(TestRows.SCOPE, REGISTRY.id() + "/connectedRegistries/site1");
            assertThat(site1).extracting(t -> t.after().connectionState()).containsExactly("Online", "Offline");
            assertThat(new ConnectedRegistryHistory(db).of(TestRows.SCOPE, REGISTRY.id())).isEmpty();
        }
    }

    @Test
    void eachConnectedRegistryKeepsItsLatestChangesOnly() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            int n = ConnectedRegistryHistory.KEEP + 20;
            for (int i = 0; i < n; i++) {
                Instant at = T1.plusSeconds(i);
                replace(store, at, connected("flappy", i % 2 == 0 ? "Online" : "Offline", "a", at));
            }
            List<Transition> kept = new ConnectedRegistryHistory(db).of(TestRows.SCOPE, REGISTRY.id() + "/connectedRegistries/flappy");
            assertThat(kept).hasSize(ConnectedRegistryHistory.KEEP);
            assertThat(kept.getLast().observedAt()).isEqualTo(T1.plusSeconds(n - 1));
            assertThat(kept.getFirst().observedAt()).isEqualTo(T1.plusSeconds(20));
        }
    }
}
