package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing filled from Resource Graph says so until an ARM read replaces it. */
class ListingSourceTest {
    private static final String LISTING = TestRows.SUB + "|registries";
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-01T10:01:00Z");
    private static final Instant T3 = Instant.parse("2026-11-01T10:02:00Z");

    @TempDir
    Path dir;

    private static CachedResource registry(String name, String state) {
        CachedResource r = TestRows.registry(name, T1);
        return new CachedResource(r.scope(), r.id(), r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                r.resourceGroup(), r.location(), r.sku(), state,
                r.parentId(), r.json().replace("\"Succeeded\"", "\"" + state + "\""), r.fetchedAt());
    }

    @Test
    void theResourceGraphMarkStaysThroughAFailedArmReadAndGoesWithTheFirstGoodOne() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = registry("alpha", "Succeeded");
            store.replaceListings(TestRows.SCOPE, List.of(new ListingContent(LISTING, TestKinds.REGISTRY, List.of(alpha))),
                    T1, ReplaceWatch.NONE, Listing.RESOURCE_GRAPH);
            assertThat(store.listing(TestRows.SCOPE, LISTING).orElseThrow().fromResourceGraph()).isTrue();
            assertThat(store.listingOf(TestRows.SCOPE, alpha.id()).orElseThrow().fromResourceGraph()).isTrue();
            assertThat(store.listings(TestRows.SCOPE)).allMatch(Listing::fromResourceGraph);

            // ARM could not be read: the rows are still Resource Graph's, and say so.
            store.recordFailure(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, "offline", T2);
            assertThat(store.listing(TestRows.SCOPE, LISTING).orElseThrow().fromResourceGraph()).isTrue();

            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(alpha), T3);
            Listing confirmed = store.listingOf(TestRows.SCOPE, alpha.id()).orElseThrow();
            assertThat(confirmed.fromResourceGraph()).isFalse();
            assertThat(confirmed.source()).isNull();
            assertThat(confirmed.lastCompleteAt()).isEqualTo(T3);
        }
    }

    @Test
    void whatArmSaysDifferentlyFromResourceGraphIsItsLagNotAChange() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListings(TestRows.SCOPE, List.of(new ListingContent(LISTING, TestKinds.REGISTRY,
                    List.of(registry("alpha", "Updating"), registry("beta", "Succeeded")))), T1, ReplaceWatch.NONE,
                    Listing.RESOURCE_GRAPH);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(registry("alpha", "Succeeded")), T2);
            assertThat(new Changes(db).list(Changes.Query.recent(10))).as("ARM's first read is the baseline").isEmpty();

            // From then on ARM's reads are compared as before.
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(registry("alpha", "Failed")), T3);
            assertThat(new Changes(db).list(Changes.Query.recent(10))).extracting(Change::name).containsExactly("alpha");
        }
    }

    @Test
    void aFillLeavesWhatArmReadByThenAndWritesNothingBelowAResourceNoLongerCached() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = registry("alpha", "Succeeded");
            CachedResource beta = registry("beta", "Succeeded");
            String alphaConnections = CachedResource.idKey(alpha.id()) + "|connections";
            String betaConnections = CachedResource.idKey(beta.id()) + "|connections";
            // ARM read the registries while Resource Graph's answer was on its way: beta is gone, alpha is Updating.
            CachedResource alphaNow = registry("alpha", "Updating");
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(alphaNow), T2);

            List<ListingContent> written = store.fillListings(TestRows.SCOPE, List.of(
                    new ListingContent(LISTING, TestKinds.REGISTRY, List.of(alpha, beta)),
                    new ListingContent(alphaConnections, TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                            List.of(TestRows.connection(alpha, "pe-a", "Approved", T1)), alpha.id()),
                    new ListingContent(betaConnections, TestKinds.PRIVATE_ENDPOINT_CONNECTION,
                            List.of(TestRows.connection(beta, "pe-b", "Approved", T1)), beta.id())), T1, Listing.RESOURCE_GRAPH);

            assertThat(written).extracting(ListingContent::key).containsExactly(alphaConnections);
            assertThat(store.listingRows(TestRows.SCOPE, LISTING)).extracting(CachedResource::provisioningState)
                    .as("ARM's read stands").containsExactly("Updating");
            assertThat(store.listing(TestRows.SCOPE, LISTING).orElseThrow().fromResourceGraph()).isFalse();
            assertThat(store.listing(TestRows.SCOPE, alphaConnections).orElseThrow().fromResourceGraph()).isTrue();
            assertThat(store.listing(TestRows.SCOPE, betaConnections)).as("nothing below a registry ARM no longer lists")
                    .isEmpty();

            // A listing Resource Graph filled before is filled again (ARM has not read it yet).
            assertThat(store.fillListings(TestRows.SCOPE, List.of(new ListingContent(alphaConnections,
                    TestKinds.PRIVATE_ENDPOINT_CONNECTION, List.of(), alpha.id())), T3, Listing.RESOURCE_GRAPH)).hasSize(1);
            assertThat(store.listingRows(TestRows.SCOPE, alphaConnections)).isEmpty();
        }
    }

    @Test
    void aCacheOfTheLastReleaseKeepsItsListingsAsReadFromArm() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(CacheDatabase.FILE_NAME))) {
            Migrations.apply(c, 8); // the schema before V9: no source column
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO listing (scope_key, listing_key, kind, last_complete_at, last_attempt_at)"
                        + " VALUES ('" + TestRows.SCOPE.key() + "', '" + LISTING + "', 'registry', 1, 1)");
            }
        }
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            Listing l = new ResourceStore(db).listing(TestRows.SCOPE, LISTING).orElseThrow();
            assertThat(l.lastCompleteAt()).isEqualTo(Instant.ofEpochMilli(1));
            assertThat(l.fromResourceGraph()).isFalse();
        }
    }
}
