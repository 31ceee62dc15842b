package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryHierarchy;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.EdgeSample;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.connectedregistries.CreateConnectedRegistryViewModel.RegistryChoice;
import dev.acrconsole.ui.connectedregistries.TokenChoice;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connected registries from the real window: browse, detail and history, the create wizard, refusals. */
class ConnectedRegistriesWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(600)).withRetryAfterSeconds(0);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private SandboxServer sandbox() {
        return services.sandbox().orElseThrow();
    }

    /** The table's rows; none while the page is not there yet. */
    private List<CachedResource> rows(String table) throws Exception {
        return onFx(() -> lookup(table).tryQuery().map(n -> ((TableView<Row>) n).getItems().stream().map(Row::resource).toList())
                .orElse(List.of()));
    }

    /** The detail grid's values by field id, read on the FX thread in one go (the grid is rebuilt on reloads). */
    private java.util.Map<String, String> fields() throws Exception {
        return onFx(() -> {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            // Values with a Copy button sit in a box beside it: every value label, however deep.
            lookup("#cr-details").<javafx.scene.layout.GridPane>query().lookupAll(".field-value").forEach(n -> {
                if (n.getId() != null && n.getId().startsWith("field-")) {
                    out.put(n.getId(), ((Label) n).getText());
                }
            });
            return out;
        });
    }

    /** Shown on screen: the node and every parent visible (a wizard page's fields are hidden with their page). */
    private boolean shown(String query) throws Exception {
        return onFx(() -> lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    private void select(String table, String name) throws Exception {
        onFx(() -> {
            TableView<Row> t = lookup(table).query();
            t.getSelectionModel().select(t.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
    }

    private void openFolder(String folder, String registry, String table) throws Exception {
        selectInTree(folder, registry);
        waitUntil(folder + " of " + registry + " are listed and fresh", () -> !rows(table).isEmpty()
                && text(table.equals("#cr-table") ? "#cr-status" : "#child-status").startsWith("Fetched"));
    }

    private void set(String id, String value) throws Exception {
        onFx(() -> {
            Node n = lookup(id).query();
            if (n instanceof TextArea a) {
                a.setText(value);
            } else {
                ((TextField) n).setText(value);
            }
            return null;
        });
    }

    /** Picks a parent registry in the wizard, as choosing it in its list does. */
    private void chooseRegistry(String name) throws Exception {
        onFx(() -> {
            ComboBox<RegistryChoice> registry = lookup("#cr-wizard-registry").query();
            registry.setValue(registry.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
    }

    private List<String> timeline() throws Exception {
        return onFx(() -> {
            List<String> lines = new ArrayList<>();
            for (Node row : lookup("#cr-history").<VBox>query().getChildren()) {
                StringBuilder line = new StringBuilder();
                row.lookupAll(".label").forEach(l -> line.append(((Label) l).getText()).append(" | "));
                lines.add(line.toString());
            }
            return lines;
        });
    }

    @Test
    void resyncIsAnOperationAndTheDetailsShowTheLastSyncResultAndGarbageCollection() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "fabrikamedgehub", "#cr-table");
        select("#cr-table", "dublinsite");
        waitUntil("dublinsite's last sync result shows", () -> fields().getOrDefault("field-last-sync-result", "")
                .startsWith("Succeeded (InitialSync)"));
        assertThat(fields().get("field-garbage-collection")).isNotBlank();
        clickOn("#cr-resync-button");
        waitUntil("the resync ended", () -> {
            Operation op = operation("Resync connected registry dublinsite");
            return op != null && op.state().terminal();
        });
        assertThat(operation("Resync connected registry dublinsite").state()).isEqualTo(Operation.State.Succeeded);
        waitUntil("the row is re-read", () -> fields().getOrDefault("field-last-sync-result", "").contains("ManualResync"));
        shoot("connected-registry-resynced");
    }

    @Test
    void theDetailShowsEverySeed001FieldAndTheStateHistoryGrowsAsRefreshesSeeChanges() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "fabrikamedgehub", "#cr-table");
        assertThat(rows("#cr-table")).extracting(CachedResource::name)
                .containsExactlyInAnyOrder("dublinsite", "dublinfloor1", "dublinline7", "corkdepot", "galwaypilot");

        EdgeSample.ConnectedRegistry cork = sandbox().edge().connectedRegistries().stream()
                .filter(c -> c.name().equals("corkdepot")).findFirst().orElseThrow();
        select("#cr-table", "corkdepot");
        waitUntil("corkdepot's fields show", () -> "Unhealthy".equals(fields().get("field-connection-state")));
        var f = fields();
        // Every field of ARM's schema (seed 001), with the sandbox's values.
        assertThat(f.get("field-mode")).isEqualTo("ReadWrite");
        assertThat(f.get("field-activation")).isEqualTo("Active");
        for (int i = 0; i < 2; i++) {
            EdgeSample.StatusDetail d = cork.statusDetails().get(i);
            assertThat(f.get("field-status-detail-" + (i + 1))).contains(d.type(), d.code(), d.description(), d.correlationId(),
                    Format.instant(d.timestamp()));
        }
        assertThat(f.get("field-parent")).isEqualTo("fabrikamedgehub (cloud registry)");
        assertThat(f.get("field-sync-token")).isEqualTo("corkdepot-sync-token");
        assertThat(f.get("field-sync-schedule")).isEqualTo("* * * * * (continuous)");
        assertThat(f.get("field-sync-window")).isEqualTo("(none: continuous)");
        assertThat(f.get("field-message-ttl")).isEqualTo("P14D");
        assertThat(f.get("field-last-sync")).isEqualTo(Format.instant(cork.runtime().lastSync()));
        assertThat(f.get("field-gateway-endpoint")).isEqualTo("fabrikamedgehub.southeastasia.data.azurecr.io");
        assertThat(f.get("field-client-tokens")).isEqualTo("cork-client-token (enabled)");
        assertThat(f.get("field-login-server")).isEqualTo("corkdepot.fabrikam.local");
        assertThat(f.get("field-tls")).isEqualTo("Enabled");
        assertThat(f.get("field-tls-certificate")).isEqualTo("LocalDirectory at /var/acr/certs/corkdepot");
        assertThat(f.get("field-log-level")).isEqualTo("Debug");
        assertThat(f.get("field-audit-log")).isEqualTo("Enabled");
        assertThat(f.get("field-notifications")).isEqualTo("sample/repo/*:1.0:*");
        assertThat(f.get("field-version")).isEqualTo("1.0.4");
        assertThat(f.get("field-last-activity")).isEqualTo(Format.instant(cork.runtime().lastActivity()));
        assertThat(f.get("field-provisioning-state")).isEqualTo("Succeeded");
        assertThat(f.get("field-resource-id")).isEqualTo(cork.id());
        shoot("connected-registry-unhealthy");

        // A child's parent is a connected registry; a disabled client token says so.
        select("#cr-table", "dublinfloor1");
        waitUntil("dublinfloor1's fields show", () -> "dublinsite".equals(fields().get("field-parent")));
        assertThat(fields().get("field-gateway-endpoint")).isEqualTo("dublinsite.fabrikam.local");

        // The page's first refresh saw dublinfloor1 first; each refresh since moves its state (the sandbox's schedule).
        waitUntil("its first sighting is in the timeline", () -> timeline().size() == 1 && timeline().getFirst().contains("First seen"));
        clickOn("#cr-refresh");
        waitUntil("the refresh saw a change", () -> timeline().size() == 2);
        clickOn("#cr-refresh");
        waitUntil("and another", () -> timeline().size() == 3);
        List<String> lines = timeline();
        assertThat(lines.get(0)).contains("→");
        assertThat(lines.get(1)).contains("→");
        assertThat(String.join("\n", lines)).contains("Syncing → Online", "Online → Syncing", "synced at");
        shoot("connected-registry-history");

        // The hierarchy follows parent links: dublinline7 under dublinfloor1 under dublinsite.
        onFx(() -> {
            lookup("#cr-tabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(1);
            return null;
        });
        List<String> path = onFx(() -> {
            var tree = lookup("#cr-hierarchy").<javafx.scene.control.TreeView<dev.acrconsole.app.connectedregistries.ConnectedRegistryHierarchy.Node>>query();
            var site = tree.getRoot().getChildren().stream().filter(i -> i.getValue().row().name().equals("dublinsite")).findFirst().orElseThrow();
            var floor = site.getChildren().getFirst();
            var line = floor.getChildren().getFirst();
            return List.of(site.getValue().row().name(), floor.getValue().row().name(), line.getValue().row().name());
        });
        assertThat(path).containsExactly("dublinsite", "dublinfloor1", "dublinline7");
        shoot("connected-registry-hierarchy");
    }

    @Test
    void theWizardCreatesScopeMapTokenAndConnectedRegistryAndTheExportShowsThem() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "contosoprodacr", "#cr-table");
        clickOn("#cr-create");
        waitUntil("the wizard chose contosoprodacr", () -> lookup("#cr-wizard-registry").<ComboBox<RegistryChoice>>query()
                .getValue() != null && text("#cr-wizard-verdict").isEmpty());
        clickOn("#cr-wizard-name").write("store02");
        waitUntil("the name is found free", () -> "Available".equals(text("#cr-wizard-name-check")));
        shootDialog("cr-wizard-1", "#cr-wizard");
        clickOn("#cr-wizard-next");
        set("#cr-wizard-repositories", "hello-world\napps/frontend");
        set("#cr-wizard-schedule", "0 22 * * *");
        set("#cr-wizard-window", "PT6H");
        set("#cr-wizard-ttl", "P3D");
        waitUntil("the next syncs show", () -> text("#cr-wizard-next-runs").startsWith("Next syncs (UTC)"));
        shootDialog("cr-wizard-2", "#cr-wizard");
        clickOn("#cr-wizard-next");
        set("#cr-wizard-notifications", "hello-world:*:*");
        shootDialog("cr-wizard-3", "#cr-wizard");
        clickOn("#cr-wizard-next");
        assertThat(text("#cr-wizard-summary")).contains("store02-sync-scope-map", "store02-sync-token", "connected registry store02");
        clickOn("#cr-wizard-create");

        waitUntil("all three steps are done", () -> text("#cr-wizard-outcome").startsWith("Made "));
        shootDialog("cr-wizard-done", "#cr-wizard");
        List<String> titles = services.journal().all().stream().map(Operation::title).toList();
        assertThat(titles).containsSubsequence("Create scope map store02-sync-scope-map", "Create token store02-sync-token",
                "Create connected registry store02");
        clickOn("#cr-wizard-close");
        waitUntil("it is in the table", () -> rows("#cr-table").stream().anyMatch(r -> r.name().equals("store02")));
        shoot("connected-registry-created");

        openFolder("Scope maps", "contosoprodacr", "#child-table");
        assertThat(rows("#child-table")).extracting(CachedResource::name).contains("store02-sync-scope-map");
        openFolder("Tokens", "contosoprodacr", "#child-table");
        assertThat(rows("#child-table")).extracting(CachedResource::name).contains("store02-sync-token");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir, out, System.err)).isZero();
        List<JsonNode> resources = new ArrayList<>();
        MAPPER.readTree(out.toByteArray()).path("resources").forEach(resources::add);
        JsonNode map = named(resources, "store02-sync-scope-map");
        assertThat(map.at("/properties/actions").toString()).contains("repositories/hello-world/content/write",
                "repositories/apps/frontend/metadata/read", "gateway/store02/config/read", "gateway/store02/message/write");
        assertThat(named(resources, "store02-sync-token").at("/properties/scopeMapId").asText()).endsWith("/store02-sync-scope-map");
        JsonNode sync = named(resources, "store02").at("/properties/parent/syncProperties");
        assertThat(sync.path("tokenId").asText()).endsWith("/tokens/store02-sync-token");
        assertThat(sync.path("schedule").asText()).isEqualTo("0 22 * * *");
        assertThat(sync.path("syncWindow").asText()).isEqualTo("PT6H");
        assertThat(sync.path("messageTtl").asText()).isEqualTo("P3D");
        assertThat(named(resources, "store02").at("/properties/notificationsList/0").asText()).isEqualTo("hello-world:*:*");
    }

    @Test
    void theWizardRefusesABasicRegistryAndEveryBadValueWhereItIsTypedSendingNothing() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "contosoprodacr", "#cr-table");
        clickOn("#cr-create");
        waitUntil("the wizard is open", () -> !lookup("#cr-wizard-registry").<ComboBox<RegistryChoice>>query().getItems().isEmpty());
        chooseRegistry("contosocitest");
        waitUntil("the Basic registry is refused", () -> text("#cr-wizard-verdict").contains("Basic"));
        int before = sandbox().requestCount();
        assertThat(text("#cr-wizard-verdict")).contains("contosocitest is a Basic registry", "Premium");
        set("#cr-wizard-name", "site-01");
        clickOn("#cr-wizard-next");
        assertThat(text("#cr-wizard-verdict")).contains("Basic");
        assertThat(visible("#cr-wizard-registry-error")).as("said once, in the verdict").isFalse();
        assertThat(text("#cr-wizard-name-error")).contains("only letters and digits");
        set("#cr-wizard-name", "abc");
        assertThat(text("#cr-wizard-name-error")).contains("5 to 35");
        shootDialog("cr-wizard-refused", "#cr-wizard");
        assertThat(shown("#cr-wizard-repositories")).as("still on the first page").isFalse();
        assertThat(sandbox().requestCount()).as("requests sent to ARM").isEqualTo(before);

        // A Premium registry and a free name (checking it is the one request allowed) open the next page.
        chooseRegistry("contosoprodacr");
        set("#cr-wizard-name", "store05");
        waitUntil("the name is found free", () -> "Available".equals(text("#cr-wizard-name-check")));
        clickOn("#cr-wizard-next");
        int afterCheck = sandbox().requestCount();

        set("#cr-wizard-repositories", "Hello World");
        set("#cr-wizard-schedule", "61 * * * *");
        set("#cr-wizard-ttl", "P91D");
        clickOn("#cr-wizard-next");
        assertThat(text("#cr-wizard-repositories-error")).contains("not a repository name");
        assertThat(text("#cr-wizard-schedule-error")).contains("Not a valid schedule", "five fields");
        assertThat(text("#cr-wizard-ttl-error")).contains("P1D (1 day) to P90D");
        set("#cr-wizard-repositories", "hello-world");
        set("#cr-wizard-schedule", "0 9 * * *");
        set("#cr-wizard-ttl", "P2D");
        assertThat(text("#cr-wizard-window-error")).contains("needed", "PT3H");
        set("#cr-wizard-window", "PT2H");
        assertThat(text("#cr-wizard-window-error")).contains("out of range");
        set("#cr-wizard-window", "three hours");
        assertThat(text("#cr-wizard-window-error")).contains("not an ISO-8601 duration");
        shootDialog("cr-wizard-refused-sync", "#cr-wizard");
        set("#cr-wizard-window", "PT3H");
        clickOn("#cr-wizard-next");
        set("#cr-wizard-notifications", "hello-world:*:*\nhello-world");
        clickOn("#cr-wizard-next");
        assertThat(text("#cr-wizard-notifications-error")).contains("'hello-world' is not a notification pattern");
        assertThat(shown("#cr-wizard-summary")).as("still on the third page").isFalse();
        shootDialog("cr-wizard-refused-pattern", "#cr-wizard");
        assertThat(sandbox().requestCount()).as("requests sent to ARM").isEqualTo(afterCheck);
        assertThat(services.journal().all()).isEmpty();
    }

    @Test
    void aPremiumRegistryWithoutItsDataEndpointGetsItEnabledFromTheWizardAsAnOperation() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "contosoprodacr", "#cr-table");
        clickOn("#cr-create");
        waitUntil("the wizard is open", () -> !lookup("#cr-wizard-registry").<ComboBox<RegistryChoice>>query().getItems().isEmpty());
        chooseRegistry("contosomirror");
        waitUntil("the missing data endpoint is named", () -> text("#cr-wizard-verdict").contains("data endpoint is off"));
        assertThat(visible("#cr-wizard-enable-endpoint")).isTrue();
        shootDialog("cr-wizard-data-endpoint", "#cr-wizard");
        clickOn("#cr-wizard-enable-endpoint");
        waitUntil("the registry qualifies once the operation ended", () -> text("#cr-wizard-verdict").isEmpty());
        assertThat(visible("#cr-wizard-enable-endpoint")).isFalse();
        Operation enabled = services.journal().all().getLast();
        assertThat(enabled.title()).isEqualTo("Enable the data endpoint of contosomirror");
        assertThat(enabled.state()).isEqualTo(Operation.State.Succeeded);
        assertThat(sandbox().state().get(sandbox().data().registries().stream().filter(r -> r.name().equals("contosomirror"))
                .findFirst().orElseThrow().id()).orElseThrow().at("/properties/dataEndpointEnabled").asBoolean()).isTrue();
    }

    @Test
    void whenTheLastStepFailsTheWizardNamesWhatItMadeAndRemovesIt() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Tokens", "fabrikamedgehub", "#child-table");
        openFolder("Connected registries", "fabrikamedgehub", "#cr-table");
        // A client token that is still cached but was deleted at ARM meanwhile: the connected registry is refused.
        String gone = sandbox().edge().tokens().stream().filter(t -> t.name().equals("old-site-token")).findFirst().orElseThrow().id();
        var answer = services.connectedSession().orElseThrow().arm().http().send("DELETE", gone + "?api-version=2025-11-01", null);
        assertThat(answer.status()).isEqualTo(202);

        clickOn("#cr-create");
        waitUntil("the wizard chose fabrikamedgehub", () -> text("#cr-wizard-verdict").isEmpty()
                && lookup("#cr-wizard-registry").<ComboBox<RegistryChoice>>query().getValue() != null);
        set("#cr-wizard-name", "limerick01");
        waitUntil("the name is found free", () -> "Available".equals(text("#cr-wizard-name-check")));
        clickOn("#cr-wizard-next");
        set("#cr-wizard-repositories", "hello-world");
        clickOn("#cr-wizard-next");
        onFx(() -> {
            ListView<dev.acrconsole.ui.connectedregistries.TokenChoice> tokens = lookup("#cr-wizard-client-tokens").query();
            tokens.getItems().stream().filter(t -> t.toString().startsWith("old-site-token")).findFirst().orElseThrow()
                    .chosenProperty().set(true);
            return null;
        });
        clickOn("#cr-wizard-next");
        clickOn("#cr-wizard-create");

        waitUntil("the last step fails", () -> text("#cr-wizard-outcome").contains("failed"));
        assertThat(text("#cr-wizard-outcome")).contains("Create connected registry limerick01 failed", "InvalidParameter",
                "Already made: scope map limerick01-sync-scope-map, token limerick01-sync-token", "Remove them?");
        assertThat(visible("#cr-wizard-remove")).isTrue();
        shootDialog("cr-wizard-failed", "#cr-wizard");
        clickOn("#cr-wizard-remove");
        waitUntil("what it made is removed", () -> text("#cr-wizard-outcome").startsWith("Removed what the wizard had made"));
        shootDialog("cr-wizard-removed", "#cr-wizard");
        String registry = sandbox().edge().connectedRegistries().getFirst().registryId();
        assertThat(sandbox().state().exists(registry + "/tokens/limerick01-sync-token")).isFalse();
        assertThat(sandbox().state().exists(registry + "/scopeMaps/limerick01-sync-scope-map")).isFalse();
        assertThat(visible("#cr-wizard-remove")).isFalse();
    }

    @Test
    void anUpdateIsCheckedWhereItIsTypedAndDeactivatingIsExplainedThenShowsInTheHistory() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Connected registries", "fabrikamedgehub", "#cr-table");
        select("#cr-table", "galwaypilot");
        waitUntil("its fields show", () -> "Registry".equals(fields().get("field-mode")));
        clickOn("#cr-update-button");
        int before = sandbox().requestCount();
        set("#cr-update-window", "P8D");
        set("#cr-update-notifications", "app/*");
        clickOn("#cr-update-ok");
        assertThat(text("#cr-update-window-error")).contains("P7D");
        assertThat(text("#cr-update-notifications-error")).contains("<repository>:<tag>");
        assertThat(sandbox().requestCount()).as("nothing sent").isEqualTo(before);
        shootDialog("cr-update-refused", "#cr-update");
        set("#cr-update-window", "PT4H");
        set("#cr-update-notifications", "app/*:*");
        set("#cr-update-schedule", "30 1 * * *");
        clickOn("#cr-update-ok");
        waitUntil("the update is cached", () -> "30 1 * * *".equals(fields().get("field-sync-schedule")));
        assertThat(fields().get("field-notifications")).isEqualTo("app/*:*");
        assertThat(fields().get("field-sync-window")).isEqualTo("PT4H");

        select("#cr-table", "dublinsite");
        waitUntil("dublinsite's fields show", () -> "Active".equals(fields().get("field-activation")));
        clickOn("#cr-deactivate-button");
        assertThat(lookup("#cr-deactivate-confirm").query().lookupAll(".label").stream()
                .anyMatch(l -> ((Label) l).getText() != null && ((Label) l).getText().contains("deploying it again"))).isTrue();
        shootDialog("cr-deactivate-confirm", "#cr-deactivate-confirm");
        clickOn("OK");
        waitUntil("it is deactivated", () -> "Inactive".equals(fields().get("field-activation")));
        waitUntil("the history says so", () -> timeline().getFirst().contains("deactivated (Active → Inactive)"));
        assertThat(fields().get("field-connection-state")).isEqualTo("Offline");
    }

    private static JsonNode named(List<JsonNode> resources, String name) {
        return resources.stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the export"));
    }
}
