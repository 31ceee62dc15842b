package dev.acrconsole.ui.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.changes.ChangesViewModel.Filter;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed, without the toolkit: changes made in the sandbox show after a refresh, by filter; the page follows the cache while on screen. */
class ChangesViewModelTest {
    @TempDir
    Path dir;

    /** Changes {@code field} of the object at {@code pointer} in the sandbox's resource, as another admin would. */
    private static void change(PageFixture f, String id, String pointer, String field, String value) {
        assertThat(f.sandbox().state().change(id, json -> ((ObjectNode) json.at(pointer)).put(field, value))).isTrue();
    }

    private static void disablePublicAccess(PageFixture f, String registryId) {
        change(f, registryId, "/properties", "publicNetworkAccess", "Disabled");
    }

    private static List<String> lines(ChangesViewModel changes) {
        return changes.rows().stream().map(c -> c.name() + ": " + (c.field() == null ? "" : c.field() + " ")
                + ChangesViewModel.describe(c)).toList();
    }

    @Test
    void aChangeMadeInTheSandboxShowsAfterTheNextRefreshAndOpensItsResource() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ChangesViewModel changes = new ChangesViewModel(f.context, f.services.review(), null);
            changes.activate();
            // The first refresh is a baseline, not a wave of "added".
            assertThat(changes.title()).isEqualTo("What changed");
            assertThat(changes.rows()).isEmpty();
            assertThat(changes.summaryProperty().get()).isEqualTo("Nothing matches.");

            String releases = f.sandboxRegistry("contosoreleases").id();
            disablePublicAccess(f, releases);
            f.refresh();

            // On screen, it followed the cache: no reload asked for.
            assertThat(lines(changes)).containsExactly("contosoreleases: Public network access Enabled → Disabled");
            assertThat(changes.summaryProperty().get()).isEqualTo("1 change, newest first.");
            changes.open(changes.rows().getFirst());
            assertThat(f.revealed).containsExactly("show " + releases);
            changes.deactivate();
        }
    }

    @Test
    void eachFilterShowsOnlyWhatAnOwnerWatchesFor() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RefreshService refresh = f.services.session().orElseThrow().refresh();
            SandboxData.Registry hub = f.sandboxRegistry("fabrikamedgehub");
            Row hubRow = f.row(hub.id());
            refresh.refreshChildren(hubRow.resource(), TokenKind.KIND, RefreshListener.NONE);
            refresh.refreshChildren(hubRow.resource(), ConnectedRegistryKind.KIND, RefreshListener.NONE);
            Row prod = f.registry("contosoprodacr");
            RunListing runs = new RunListing(f.services.session().orElseThrow().arm(), f.services.store(), Clock.systemUTC());
            // Only succeeded runs are cached at first: the newest ones (still queued, started, running) are news later.
            List<CachedResource> succeeded = runs.first(prod.resource(), new RunQuery(Set.of("Succeeded"), null, null, null, null), 5).runs();

            String approved = f.connection("contosoprodacr", "Approved").id();
            change(f, approved, "/properties/privateLinkServiceConnectionState", "status", "Pending");
            change(f, hub.id() + "/connectedRegistries/dublinsite", "/properties", "connectionState", "Unhealthy");
            change(f, hub.id() + "/tokens/dublin-client-token", "/properties", "status", "disabled");
            change(f, succeeded.getFirst().id(), "/properties", "status", "Failed");
            f.refresh();
            runs.first(prod.resource(), RunQuery.all(), 10);

            ChangesViewModel changes = new ChangesViewModel(f.context, f.services.review(), null);
            changes.activate();
            assertThat(changes.rows()).hasSizeGreaterThanOrEqualTo(7);

            changes.filterProperty().set(Filter.PENDING_ENDPOINTS);
            assertThat(changes.rows()).extracting(Change::id).containsExactly(approved);
            assertThat(lines(changes).getFirst()).endsWith("Connection status Approved → Pending");

            changes.filterProperty().set(Filter.UNHEALTHY);
            assertThat(lines(changes)).containsExactly("dublinsite: Connection state Online → Unhealthy");

            changes.filterProperty().set(Filter.DISABLED_TOKENS);
            assertThat(lines(changes)).containsExactly("dublin-client-token: Status enabled → disabled");
            changes.open(changes.rows().getFirst());
            assertThat(f.revealed).containsExactly("row " + hub.id() + "/tokens/dublin-client-token " + TokenKind.KIND.code());

            changes.filterProperty().set(Filter.FAILED_RUNS);
            assertThat(lines(changes)).containsExactly(succeeded.getFirst().name() + ": Run status Succeeded → Failed");

            changes.filterProperty().set(Filter.ADDED);
            assertThat(changes.rows()).hasSize(3).allSatisfy(c -> assertThat(c.what()).isEqualTo(Change.What.added))
                    .extracting(Change::kind).containsOnly("run");

            changes.filterProperty().set(Filter.REMOVED);
            assertThat(changes.rows()).isEmpty();
            assertThat(changes.summaryProperty().get()).isEqualTo("Nothing matches.");

            changes.filterProperty().set(Filter.ALL);
            changes.sinceProperty().set(ChangesViewModel.Since.DAY);
            assertThat(lines(changes)).contains("dublinsite: Connection state Online → Unhealthy",
                    "contosoprodacr." + approved.substring(approved.lastIndexOf('.') + 1) + ": Connection status Approved → Pending");
            changes.deactivate();
        }
    }

    @Test
    void daysThatDoNotReadAreSaidBesideTheFieldKeptAsTypedAndChangeNothingShown() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ChangesViewModel changes = new ChangesViewModel(f.context, f.services.review(), null);
            changes.activate();
            changes.filterProperty().set(Filter.EXPIRING_TOKENS);
            changes.daysProperty().set("365");
            List<String> shown = lines(changes);
            String summary = changes.summaryProperty().get();

            changes.daysProperty().set("a month");
            assertThat(changes.daysErrorProperty().get())
                    .isEqualTo("'a month' is not a whole number. Type a whole number from 1 to 365.");
            assertThat(changes.daysProperty().get()).isEqualTo("a month");
            assertThat(lines(changes)).as("the last N that read still applies").isEqualTo(shown);
            assertThat(changes.summaryProperty().get()).isEqualTo(summary);

            changes.daysProperty().set("0");
            assertThat(changes.daysErrorProperty().get()).isEqualTo("0 is out of range. Type a whole number from 1 to 365.");
            changes.daysProperty().set("30");
            assertThat(changes.daysErrorProperty().get()).isEmpty();
            changes.deactivate();
        }
    }

    @Test
    void itFollowsTheCacheWhileOnScreenAndNotAfterItLeaves() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ChangesViewModel changes = new ChangesViewModel(f.context, f.services.review(), null);
            int listeners = f.context.feed().listeners();
            changes.activate();
            assertThat(f.context.feed().listeners()).isEqualTo(listeners + 1);
            changes.deactivate();
            assertThat(f.context.feed().listeners()).isEqualTo(listeners);

            disablePublicAccess(f, f.sandboxRegistry("contosoreleases").id());
            f.refresh();

            assertThat(changes.rows()).as("it left: nothing was read on its behalf").isEmpty();
            assertThat(changes.summaryProperty().get()).isEqualTo("Nothing matches.");

            changes.activate();
            assertThat(lines(changes)).containsExactly("contosoreleases: Public network access Enabled → Disabled");
            changes.deactivate();
        }
    }

    @Test
    void aSnapshotIsComparedWithTheCacheAndTheComparisonStaysAsItWasMade() throws Exception {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Path snapshot = dir.resolve("before.acrsnap");
            f.services.review().exportSnapshot(snapshot, Snapshots.Filter.ALL);
            disablePublicAccess(f, f.sandboxRegistry("contosoreleases").id());
            f.refresh();

            ChangesViewModel compared = new ChangesViewModel(f.context, f.services.review(), snapshot);
            int listeners = f.context.feed().listeners();
            compared.activate();

            assertThat(compared.comparing()).isTrue();
            assertThat(compared.title()).isEqualTo("Compared with before.acrsnap");
            assertThat(lines(compared)).containsExactly("contosoreleases: Public network access Enabled → Disabled");
            // What the snapshot holds and when it was made stay in the summary (they were overwritten by the count).
            assertThat(compared.summaryProperty().get()).startsWith("1 change since the snapshot of everything, made ")
                    .endsWith(".");
            assertThat(f.context.feed().listeners()).as("a comparison does not follow the cache").isEqualTo(listeners);
            compared.filterProperty().set(Filter.ADDED);
            assertThat(compared.rows()).isEmpty();
            compared.deactivate();
        }
    }
}
