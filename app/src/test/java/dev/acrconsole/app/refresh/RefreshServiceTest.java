package dev.acrconsole.app.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real SDK over HTTPS against the sandbox, into a real SQLite cache. */
class RefreshServiceTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private CacheDatabase db;
    private ResourceStore store;
    private ArmClients arm;

    @BeforeEach
    void start() {
        // Two items a page: every listing of the default sample takes several pages.
        sandbox = SandboxServer.start(SandboxConfig.defaults().withPageSize(2));
        db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy());
        store = new ResourceStore(db);
        arm = new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                new StaticTokenCredential(SandboxServer.token())));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        db.close();
    }

    @Test
    void refreshStoresEverySubscriptionGroupAndRegistryAcrossPages() {
        // Listings end on the refresh's several threads.
        List<String> done = java.util.Collections.synchronizedList(new ArrayList<>());
        RefreshReport report = new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC()).refreshAll(new RefreshListener() {
            @Override
            public void listingDone(String what, int count) {
                done.add(what);
            }
        });

        SandboxData data = sandbox.data();
        assertThat(report.failures()).isEmpty();
        CacheScope scope = arm.session().cacheScope();
        List<NavigationRow> rows = store.navigationRows(scope);
        assertThat(ids(rows, SubscriptionKind.KIND))
                .containsExactlyInAnyOrderElementsOf(lower(data.subscriptions().stream().map(SandboxData.Subscription::id).toList()));
        assertThat(ids(rows, ResourceGroupKind.KIND))
                .containsExactlyInAnyOrderElementsOf(lower(data.resourceGroups().stream().map(SandboxData.ResourceGroup::id).toList()));
        assertThat(ids(rows, RegistryKind.KIND))
                .containsExactlyInAnyOrderElementsOf(lower(data.registries().stream().map(SandboxData.Registry::id).toList()));
        assertThat(data.registries().size()).as("more registries than a page holds").isGreaterThan(2);
        assertThat(store.listings(scope)).allSatisfy(l -> assertThat(l.lastError()).isNull())
                .extracting(Listing::key).contains(ListingKeys.SUBSCRIPTIONS, ListingKeys.TENANTS);
        assertThat(done).contains("Subscriptions", "Tenants");

        SandboxData.Registry expected = data.registries().getFirst();
        RegistryDetails details = RegistryDetails.parse(store.get(scope, expected.id()).orElseThrow().json());
        assertThat(details.loginServer()).isEqualTo(expected.loginServer());
        assertThat(details.skuName()).isEqualTo(expected.sku());
        assertThat(details.location()).isEqualTo(expected.location());
    }

    @Test
    void aFailedRefreshKeepsWhatWasCachedAndSaysWhy() {
        RefreshService service = new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC());
        service.refreshAll(RefreshListener.NONE);
        CacheScope scope = arm.session().cacheScope();
        int before = store.count();

        sandbox.close(); // the network goes away
        RefreshReport report = service.refreshAll(RefreshListener.NONE);

        assertThat(report.complete()).isFalse();
        assertThat(report.failures()).extracting(RefreshReport.Failure::what).contains("Subscriptions");
        assertThat(store.count()).isEqualTo(before);
        assertThat(store.listings(scope)).filteredOn(l -> l.key().equals(ListingKeys.SUBSCRIPTIONS)).singleElement()
                .satisfies(l -> {
                    assertThat(l.lastError()).isNotBlank();
                    assertThat(l.lastCompleteAt()).isNotNull().isBefore(l.lastAttemptAt().plusMillis(1));
                });
    }

    @Test
    void aThrottleStormOrAMissingRoleMarksThoseListingsPartialAndKeepsTheirRows() {
        RefreshService service = new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC());
        service.refreshAll(RefreshListener.NONE);
        CacheScope scope = arm.session().cacheScope();
        int before = store.count();
        SandboxData.Subscription prod = sandbox.data().subscriptions().getFirst();

        // Every read of registries is throttled (more 429s than the budget waits out: BudgetPolicy's tries at each of
        // the SDK's), and groups of one subscription are forbidden to this principal.
        // Aimed at this subscription's registries only: the other subscriptions' reads run beside it and would share them.
        sandbox.faults().throttle(200, "GET", ("/subscriptions/" + prod.subscriptionId()
                + "/providers/microsoft.containerregistry/registries").toLowerCase(java.util.Locale.ROOT), 0);
        sandbox.faults().deny("/subscriptions/" + prod.subscriptionId() + "/resourcegroups");
        RefreshReport report = service.refreshAll(RefreshListener.NONE);

        assertThat(report.complete()).isFalse();
        assertThat(store.count()).as("nothing cached is lost").isEqualTo(before);
        Map<String, Listing> listings = new java.util.HashMap<>();
        store.listings(scope).forEach(l -> listings.put(l.key(), l));
        assertThat(listings.get(new RegistryKind().listingUnder(prod.subscriptionId())).lastError())
                .contains("SubscriptionRequestsThrottled");
        assertThat(listings.get(new ResourceGroupKind().listingUnder(prod.subscriptionId())).lastError())
                .startsWith("AuthorizationFailed").contains("does not have authorization");
        assertThat(listings.get(new ResourceGroupKind().listingUnder(prod.subscriptionId())).lastCompleteAt())
                .as("the rows shown are from the last complete refresh").isNotNull();
        assertThat(listings.get(ListingKeys.SUBSCRIPTIONS).failed()).isFalse();
    }

    @Test
    void armErrorsReachTheUserWithTheirCodeAndMessage() {
        SandboxData.Registry any = sandbox.data().registries().getFirst();
        assertThatThrownBy(() -> arm.registries(any.subscriptionId()).serviceClient().getRegistries()
                .getByResourceGroup(any.resourceGroup(), "doesnotexist1"))
                .satisfies(e -> assertThat(ArmErrors.describe(e))
                        .startsWith("ResourceNotFound: ")
                        .contains("doesnotexist1")
                        .endsWith("(HTTP 404)"));
    }

    private static List<String> ids(List<NavigationRow> rows, ResourceKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).map(r -> r.id().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> lower(List<String> ids) {
        return ids.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
