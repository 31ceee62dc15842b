package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceStoreTest {
    private static final String LISTING = TestRows.SUB + "|registries";
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryToTheLatestSchema() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("new"), TestKinds.POLICY)) {
            assertThat(Files.exists(db.file())).isTrue();
            int version = db.read(Migrations::userVersion);
            assertThat(version).isEqualTo(Migrations.latestVersion());
            String mode = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
        }
        // Opening again is a no-op, not a second migration.
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("new"), TestKinds.POLICY)) {
            assertThat(new ResourceStore(db).count()).isZero();
        }
    }

    @Test
    void rowsSharingTheirParentsColumnsReadAsTheWholeRowsDo() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", T1);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(registry), T1);
            store.replaceListing(TestRows.SCOPE, registry.id() + "|connections", TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                    List.of(TestRows.connection(registry, "b", "Approved", T1), TestRows.connection(registry, "a", "Pending", T1)), T1);

            List<CachedResource> whole = store.children(TestRows.SCOPE, registry.id(), TestKinds.PRIVATE_ENDPOINT_CONNECTION);
            List<CachedResource> sharing = store.sharingParent(store.get(TestRows.SCOPE, registry.id()).orElseThrow(),
                    TestKinds.PRIVATE_ENDPOINT_CONNECTION);

            assertThat(whole).hasSize(2);
            assertThat(sharing).containsExactlyInAnyOrderElementsOf(whole);
        }
    }

    @Test
    void replacingAListingSwapsItsRowsAndKeepsOtherListings() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);
            store.replaceListing(TestRows.SCOPE, "other|registries", TestKinds.REGISTRY,
                    List.of(TestRows.registry("gamma", T1)), T1);

            Instant t2 = T1.plus(1, ChronoUnit.HOURS);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("beta", t2)), t2);

            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::name)
                    .containsExactly("beta", "gamma");
            assertThat(store.listings(TestRows.SCOPE)).filteredOn(l -> l.key().equals(LISTING))
                    .singleElement().satisfies(l -> assertThat(l.lastCompleteAt()).isEqualTo(t2));
        }
    }

    @Test
    void deletingAScopeRemovesOnlyItsRowsAndListings() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CacheScope other = new CacheScope("bob@fabrikam.com", TestRows.SCOPE.cloud());
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);
            CachedResource a = TestRows.registry("alpha", T1);
            CachedResource theirs = new CachedResource(other, a.id(), a.kind(), a.name(), a.type(), a.tenantId(),
                    a.subscriptionId(), a.resourceGroup(), a.location(), a.sku(), a.provisioningState(), a.parentId(), a.json(), T1);
            store.replaceListing(other, LISTING, TestKinds.REGISTRY, List.of(theirs), T1);
            assertThat(store.scopes()).containsExactlyInAnyOrder(TestRows.SCOPE, other);

            assertThat(store.deleteScope(TestRows.SCOPE)).isEqualTo(2);

            assertThat(store.scopes()).containsExactly(other);
            assertThat(store.listings(TestRows.SCOPE)).isEmpty();
            assertThat(store.resources(other, TestKinds.REGISTRY)).extracting(CachedResource::name).containsExactly("alpha");
        }
    }

    @Test
    void aRefreshThatFailsMidwayLeavesThePreviousDataIntact() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);

            // The second row has JSON that cannot be stored: the write fails after the delete and
            // the first insert have run inside the transaction.
            CachedResource broken = new CachedResource(TestRows.SCOPE, TestRows.SUB + "/x", TestKinds.REGISTRY,
                    "broken", null, null, null, null, null, null, null, null, "{not json", T1);
            Instant t2 = T1.plusSeconds(60);
            assertThatThrownBy(() -> store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("delta", t2), broken), t2))
                    .isInstanceOf(CacheException.class);
            store.recordFailure(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, "Throttled (429)", t2);

            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::name)
                    .containsExactly("alpha", "beta");
            Listing listing = store.listings(TestRows.SCOPE).getFirst();
            assertThat(listing.lastCompleteAt()).isEqualTo(T1);
            assertThat(listing.lastAttemptAt()).isEqualTo(t2);
            assertThat(listing.lastError()).isEqualTo("Throttled (429)");
        }
    }

    @Test
    void readersSeeTheLastCommittedStateWhileAWriteIsInProgress() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1)), T1);

            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch readDone = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> writer = pool.submit(() -> db.write(c -> {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM resource");
                    }
                    written.countDown();
                    // Hold the transaction open until the reader has looked.
                    try {
                        if (!readDone.await(10, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("reader never finished");
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
                assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
                List<String> seen = new ArrayList<>();
                store.navigationRows(TestRows.SCOPE).forEach(r -> seen.add(r.name()));
                readDone.countDown();
                writer.get(10, TimeUnit.SECONDS);

                assertThat(seen).containsExactly("alpha");
                assertThat(store.count()).isZero();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void secretsNeverReachTheFile() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource r = TestRows.registry("alpha", T1);
            String withSecrets = r.json().replace("\"properties\":{",
                    "\"properties\":{\"passwords\":[{\"name\":\"password1\",\"value\":\"hunter2\"}],"
                            + "\"connectionString\":\"AccountKey=abc\",\"logLink\":\"https://x/y?sig=zzz\",");
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(new CachedResource(
                    r.scope(), r.id(), r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                    r.resourceGroup(), r.location(), r.sku(), r.provisioningState(), r.parentId(),
                    withSecrets, r.fetchedAt())), T1);

            String stored = store.get(TestRows.SCOPE, r.id()).orElseThrow().json();
            assertThat(stored).contains("loginServer").doesNotContain("hunter2", "AccountKey", "sig=zzz");
        }
        // Nor the raw bytes of the database and its WAL.
        for (Path p : List.of(dir.resolve("cache.db"), dir.resolve("cache.db-wal"))) {
            if (Files.exists(p)) {
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .doesNotContain("hunter2");
            }
        }
    }

    @Test
    void lookupIsCaseInsensitiveLikeArmIds() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource r = TestRows.registry("Alpha", T1);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(r), T1);
            assertThat(store.get(TestRows.SCOPE, r.id().toUpperCase())).isPresent();
            assertThat(store.get(new CacheScope("someone-else", "AzureCloud"), r.id())).isEmpty();
        }
    }

    @Test
    void aCorruptFileGivesAClearMessage() throws Exception {
        Files.writeString(dir.resolve(CacheDatabase.FILE_NAME), "this is not a database, just text ".repeat(200));
        assertThatThrownBy(() -> CacheDatabase.open(dir, TestKinds.POLICY))
                .isInstanceOf(CacheDamagedException.class)
                .hasMessageContaining("is damaged (file is not a database)")
                .hasMessageContaining(dir.toString());
    }

    @Test
    void aCacheOfTheLastReleaseKeepsItsRowsWhenTheResourceTableGetsItsRowid() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(CacheDatabase.FILE_NAME))) {
            Migrations.apply(c, 5); // the schema before V6: resource WITHOUT ROWID
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO resource (scope_key, id_key, id, kind, name, listing_key, json, fetched_at, watch)"
                        + " VALUES ('sandbox@Sandbox', '/subscriptions/s/x', '/subscriptions/s/X', 'registry', 'alpha', 'l',"
                        + " '{\"name\":\"alpha\"}', 1, 'SKU=Basic')");
            }
        }
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            CachedResource alpha = new ResourceStore(db).get(TestRows.SCOPE, "/subscriptions/s/x").orElseThrow();
            assertThat(alpha.name()).isEqualTo("alpha");
            String table = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'resource'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(table).doesNotContainIgnoringCase("WITHOUT ROWID");
        }
    }

    @Test
    void aCacheIndexedBeforeSearchFacetsIsStillFoundWhenSearchedByKindAndScope() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(CacheDatabase.FILE_NAME))) {
            Migrations.apply(c, 7); // the index without its facets column, as the last release wrote it
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO resource (scope_key, id_key, id, kind, name, listing_key, json, fetched_at, watch)"
                        + " VALUES ('sandbox@Sandbox', '/subscriptions/s/x', '/subscriptions/s/X', 'registry', 'alpha', 'l',"
                        + " '{\"name\":\"alpha\",\"properties\":{\"loginServer\":\"alpha.azurecr.io\"}}', 1, 'SKU=Basic')");
                s.execute("INSERT INTO search_doc (doc, scope_key, id_key) VALUES (1, 'sandbox@Sandbox', '/subscriptions/s/x')");
                s.execute("INSERT INTO search_fts (rowid, name, body) VALUES (1, 'alpha', 'alpha alpha.azurecr.io')");
            }
        }
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            Search search = new Search(db);
            assertThat(search.find("alpha.azurecr", TestRows.SCOPE, Set.of(TestKinds.REGISTRY), 10))
                    .extracting(SearchHit::name).containsExactly("alpha");
            assertThat(search.find("alpha.azurecr", TestRows.SCOPE, Set.of(TestKinds.RUN), 10)).isEmpty();
            assertThat(search.find("alpha", new CacheScope("other", "Sandbox"), Set.of(), 10)).isEmpty();
        }
    }

    @Test
    void aCacheFromANewerVersionIsRefusedNotDowngraded() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 99");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> CacheDatabase.open(dir, TestKinds.POLICY)).hasMessageContaining("newer ACR Console");
    }

    @Test
    void aResourceThatLeavesItsListingTakesItsChildrenAlong() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = TestRows.registry("alpha", T1);
            CachedResource alphabet = TestRows.registry("alphabet", T1); // shares alpha's id as a prefix, not its children
            store.replaceListings(TestRows.SCOPE, List.of(
                    new ListingContent(LISTING, TestKinds.REGISTRY, List.of(alpha, alphabet)),
                    new ListingContent(alpha.id() + "|pe", TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                            List.of(TestRows.connection(alpha, "c1", "Pending", T1))),
                    new ListingContent(alphabet.id() + "|pe", TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                            List.of(TestRows.connection(alphabet, "c2", "Approved", T1)))), T1);
            assertThat(store.children(TestRows.SCOPE, alpha.id(), TestKinds.PRIVATE_ENDPOINT_CONNECTION))
                    .extracting(CachedResource::name).containsExactly("c1");

            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(alphabet), T1.plusSeconds(60));

            assertThat(store.get(TestRows.SCOPE, alpha.id() + "/privateEndpointConnections/c1")).isEmpty();
            assertThat(store.children(TestRows.SCOPE, alphabet.id(), TestKinds.PRIVATE_ENDPOINT_CONNECTION))
                    .extracting(CachedResource::name).containsExactly("c2");
        }
    }

    @Test
    void upsertAddsOneResourceAndRemoveTakesItsSubtree() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = TestRows.registry("alpha", T1);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(TestRows.registry("beta", T1)), T1);
            store.upsert(alpha, LISTING);
            store.upsert(TestRows.connection(alpha, "c1", "Pending", T1), alpha.id() + "|pe");
            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::name).containsExactly("alpha", "beta");
            assertThat(store.withJsonValue(null, TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                    "$.properties.privateLinkServiceConnectionState.status", "Pending")).extracting(CachedResource::name)
                    .containsExactly("c1");

            store.remove(TestRows.SCOPE, alpha.id().toUpperCase());

            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::name).containsExactly("beta");
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void removingSeveralAtOnceTellsListenersOnceAndLogsEachRemoval() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(TestRows.registry("alpha", T1),
                    TestRows.registry("beta", T1), TestRows.registry("gamma", T1)), T1);
            List<CacheChange> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (var listening = db.changes().listen(told::add)) {
                store.removeAll(TestRows.SCOPE, List.of(TestRows.registry("alpha", T1).id(),
                        TestRows.registry("gamma", T1).id().toUpperCase(), TestRows.registry("gone", T1).id()));
            }

            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::name).containsExactly("beta");
            assertThat(told).as("one change for the whole step").singleElement()
                    .satisfies(c -> assertThat(c.resources()).hasSize(2));
            assertThat(new Changes(db).list(Changes.Query.recent(10))).filteredOn(c -> c.what() == Change.What.removed)
                    .extracting(Change::name).containsExactlyInAnyOrder("alpha", "gamma");
        }
    }

    @Test
    void endpointsPointingAtAHostAreFoundIgnoringCaseAndPortButNotByPrefix() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource aio = TestRows.instance("aio-one", T1);
            store.replaceListing(TestRows.SCOPE, TestRows.SUB + "|iotInstances", TestKinds.IOT_INSTANCE, List.of(aio), T1);
            store.replaceListing(TestRows.SCOPE, aio.id() + "|registryEndpoint", TestKinds.REGISTRY_ENDPOINT, List.of(
                    TestRows.endpoint(aio, "exact", "alpha.azurecr.io", T1),
                    TestRows.endpoint(aio, "upper", "ALPHA.azurecr.io", T1),
                    TestRows.endpoint(aio, "port", "alpha.azurecr.io:443", T1),
                    TestRows.endpoint(aio, "longer", "alpha.azurecr.io.evil.example", T1),
                    TestRows.endpoint(aio, "other", "beta.azurecr.io", T1),
                    TestRows.endpoint(aio, "wild", "alpha_azurecr.io:5000", T1)), T1);

            assertThat(store.withHost(TestRows.SCOPE, TestKinds.REGISTRY_ENDPOINT, "$.properties.host", "alpha.azurecr.io"))
                    .extracting(CachedResource::name).containsExactly("exact", "port", "upper");
            assertThat(store.withHost(null, TestKinds.REGISTRY_ENDPOINT, "$.properties.host", "alpha_azurecr.io"))
                    .as("'_' is a character, not a wildcard").extracting(CachedResource::name).containsExactly("wild");
            assertThat(store.withHost(new CacheScope("someone-else", "Sandbox"), TestKinds.REGISTRY_ENDPOINT,
                    "$.properties.host", "alpha.azurecr.io")).isEmpty();
            assertThat(store.navigationRows(TestRows.SCOPE)).extracting(NavigationRow::kind).containsExactly(TestKinds.IOT_INSTANCE);
        }
    }

    @Test
    void distinctJsonValuesListEachValueOnceInOrder() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("beta", T1), TestRows.registry("alpha", T1)), T1);
            assertThat(store.distinctJsonValues(TestRows.SCOPE, TestKinds.REGISTRY, "$.properties.loginServer"))
                    .containsExactly("alpha.azurecr.io", "beta.azurecr.io");
            assertThat(store.distinctJsonValues(TestRows.SCOPE, TestKinds.REGISTRY, "$.properties.nothing")).isEmpty();
        }
    }
}
