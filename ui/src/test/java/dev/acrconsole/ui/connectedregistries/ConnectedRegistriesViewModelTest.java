package dev.acrconsole.ui.connectedregistries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryHierarchy;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's connected registries page without the toolkit: rows, hierarchy, the selected one's fields and history. */
class ConnectedRegistriesViewModelTest {
    @TempDir
    Path dir;

    private static Row row(ConnectedRegistriesViewModel page, String name) {
        return page.list().rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static String outline(List<ConnectedRegistryHierarchy.Node> nodes) {
        return String.join(", ", nodes.stream().map(n -> n.row().name()
                + (n.children().isEmpty() ? "" : " [" + outline(n.children()) + "]")).toList());
    }

    private static String field(ConnectedRegistriesViewModel page, String label) {
        return page.detailsProperty().get().stream().filter(d -> d.label().equals(label)).map(DetailField::value)
                .findFirst().orElseThrow(() -> new AssertionError("no field " + label));
    }

    private static void changeProperty(PageFixture f, String id, String field, String value) {
        f.sandbox().state().change(id, json -> ((ObjectNode) json.get("properties")).put(field, value));
    }

    @Test
    void theRowsAndTheHierarchyTheirParentLinksMake() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, f.sandboxRegistry("fabrikamedgehub").id(),
                    f.scope());
            page.activate();

            assertThat(page.list().rows()).extracting(Row::name)
                    .containsExactlyInAnyOrder("dublinsite", "dublinfloor1", "dublinline7", "corkdepot", "galwaypilot");
            assertThat(outline(page.hierarchyProperty().get()))
                    .isEqualTo("corkdepot, dublinsite [dublinfloor1 [dublinline7]], galwaypilot");
            assertThat(page.list().statusProperty().get()).startsWith("Fetched ");
            assertThat(ConnectedRegistriesViewModel.canDeactivate(row(page, "corkdepot"))).isTrue();
            assertThat(ConnectedRegistriesViewModel.canDeactivate(row(page, "galwaypilot"))).as("already inactive").isFalse();
            assertThat(page.list().rows()).allMatch(ConnectedRegistriesViewModel::hasSyncToken);
            assertThat(ConnectedRegistriesViewModel.syncToken(row(page, "dublinsite"))).isEqualTo("dublinsite-sync-token");
            page.deactivate();
        }
    }

    @Test
    void theSelectedOnesFieldsWithItsClientTokensStatusAndItsHistoryNewestFirst() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            String hub = f.sandboxRegistry("fabrikamedgehub").id();
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, hub, f.scope());
            page.activate();

            page.list().selectedProperty().set(row(page, "corkdepot"));

            assertThat(field(page, "Connection state")).isEqualTo("Unhealthy");
            assertThat(field(page, "Status detail 1")).startsWith("certificate · CertificateExpiring: ");
            assertThat(field(page, "Mode")).isEqualTo("ReadWrite");
            assertThat(field(page, "Sync token")).isEqualTo("corkdepot-sync-token");
            assertThat(field(page, "Client tokens")).isEqualTo("cork-client-token (enabled)");
            assertThat(page.history()).singleElement().satisfies(t -> {
                assertThat(t.before()).as("first seen").isNull();
                assertThat(t.after().connectionState()).isEqualTo("Unhealthy");
            });

            // Someone fixes it and disables its client token; the page's Refresh reads both.
            changeProperty(f, hub + "/connectedRegistries/corkdepot", "connectionState", "Online");
            changeProperty(f, hub + "/tokens/cork-client-token", "status", "disabled");
            page.refresh();

            assertThat(page.list().selectedProperty().get().name()).isEqualTo("corkdepot");
            assertThat(field(page, "Connection state")).isEqualTo("Online");
            assertThat(field(page, "Client tokens")).isEqualTo("cork-client-token (disabled)");
            assertThat(page.history()).extracting(Transition::after).extracting(s -> s.connectionState())
                    .containsExactly("Online", "Unhealthy");

            page.list().selectedProperty().set(null);
            assertThat(page.detailsProperty().get()).isEmpty();
            assertThat(page.history()).isEmpty();
            page.deactivate();
        }
    }

    @Test
    void resyncIsAnOperationAndTheSelectedOnesLastSyncResultThenSaysManualResync() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, f.sandboxRegistry("fabrikamedgehub").id(),
                    f.scope());
            page.activate();
            page.list().selectedProperty().set(row(page, "dublinsite"));
            assertThat(field(page, "Last sync result")).startsWith("Succeeded (InitialSync)");
            assertThat(field(page, "Garbage collection")).isNotBlank();
            assertThat(ConnectedRegistriesViewModel.canResync(row(page, "galwaypilot"))).as("inactive: nothing syncs").isFalse();

            var done = f.ended(page.resync(row(page, "dublinsite")));

            assertThat(done.state()).isEqualTo(dev.acrconsole.cache.Operation.State.Succeeded);
            PageFixture.waitFor("the re-read row", () -> field(page, "Last sync result").contains("ManualResync"));
            page.deactivate();
        }
    }

    @Test
    void aTokenChangeReReadsTheSelectedOnesFieldsAndARowWithoutASyncTokenSaysSo() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            String hub = f.sandboxRegistry("fabrikamedgehub").id();
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, hub, f.scope());
            page.activate();
            page.list().selectedProperty().set(row(page, "dublinsite"));
            assertThat(field(page, "Client tokens")).isEqualTo("dublin-client-token (enabled)");

            // The tokens folder is refreshed elsewhere (another page): this page hears of it.
            changeProperty(f, hub + "/tokens/dublin-client-token", "status", "disabled");
            f.services.session().orElseThrow().refresh().refreshChildren(f.row(hub).resource(), TokenKind.KIND,
                    RefreshListener.NONE);
            assertThat(field(page, "Client tokens")).isEqualTo("dublin-client-token (disabled)");

            f.sandbox().state().change(hub + "/connectedRegistries/galwaypilot",
                    json -> ((ObjectNode) json.at("/properties/parent/syncProperties")).remove("tokenId"));
            page.refresh();
            assertThat(ConnectedRegistriesViewModel.hasSyncToken(row(page, "galwaypilot"))).isFalse();
            assertThat(ConnectedRegistriesViewModel.syncToken(row(page, "galwaypilot"))).isEqualTo("(none)");
            page.deactivate();
        }
    }

    @Test
    void offlineTheCachedRowsShowAndNothingIsAsked() {
        String hub;
        try (PageFixture f = PageFixture.sandbox(dir)) {
            hub = f.sandboxRegistry("fabrikamedgehub").id();
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, hub, f.scope());
            page.activate();
            page.deactivate();
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            ConnectedRegistriesViewModel page = new ConnectedRegistriesViewModel(f.context, hub, null);
            page.activate();
            assertThat(page.online()).isFalse();
            assertThat(page.list().rows()).hasSize(5);
            assertThat(outline(page.hierarchyProperty().get()))
                    .isEqualTo("corkdepot, dublinsite [dublinfloor1 [dublinline7]], galwaypilot");
            assertThat(page.list().statusProperty().get()).startsWith("Fetched ");
            page.deactivate();
        }
    }
}
