package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.sandbox.SandboxData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Context menus from each kind's descriptors (real window on the sandbox): a registry node's menu offers its actions,
 * Copy, Open in Portal, its az commands and View JSON; a table row's its kind's; a details value is selected and copied.
 */
class ContextMenuWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void aRegistryNodesMenuOffersItsActionsCopiesAndItsJson() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData.Registry target = services.sandbox().orElseThrow().data().registries().getLast();
        selectInTree(target.name(), null);
        waitUntil("the details show " + target.name(), () -> target.name().equals(text("#details-title")));

        ContextMenu menu = requestMenu(lookup("#navigation").query());
        shootMenu("context-menu-registry", menu);
        shoot("details-copy-buttons");
        List<String> ids = onFx(() -> ids(menu.getItems()));
        assertThat(ids).contains("ctx-registry-update", "ctx-registry-delete", "ctx-registry-import", "ctx-copy",
                "ctx-copy-name", "ctx-copy-id", "ctx-copy-login-server", "ctx-portal", "ctx-az", "ctx-json");

        // The sandbox is no national cloud: its resources open in the public portal, in their tenant's directory.
        dev.acrconsole.app.kind.Row shown = onFx(() -> model.details().rowProperty().get());
        assertThat(dev.acrconsole.ui.contextmenu.PortalLink.of(model.pageContext(), shown))
                .isEqualTo("https://portal.azure.com/#@" + shown.tenantId() + "/resource" + shown.id());
        fire(menu, "ctx-copy-login-server");
        assertThat(clipboard()).isEqualTo(target.loginServer());
        fire(menu, "ctx-copy-id");
        assertThat(clipboard()).endsWith("/resourceGroups/" + target.resourceGroup()
                + "/providers/Microsoft.ContainerRegistry/registries/" + target.name());

        MenuItem delete = item(menu, "ctx-az-registry-delete");
        String expected = "az acr delete --name " + target.name() + " --resource-group " + target.resourceGroup() + " --yes";
        assertThat(delete.getUserData()).isEqualTo(expected);
        fire(menu, "ctx-az-registry-delete");
        assertThat(clipboard()).isEqualTo(expected);
        assertThat(item(menu, "ctx-az-registry-update").getUserData()).isEqualTo("az acr update --name " + target.name()
                + " --resource-group " + target.resourceGroup());

        fire(menu, "ctx-json");
        waitUntil("the JSON window opens", () -> visible("#json-text"));
        String json = onFx(() -> lookup("#json-text").queryAs(TextArea.class).getText());
        assertThat(json).contains("\"loginServer\" : \"" + target.loginServer() + "\"").contains("\n  \"properties\"");
        int expectedMatches = count(json.toLowerCase(), target.name().toLowerCase());
        assertThat(expectedMatches).isGreaterThan(1);
        clickOn("#json-find").write(target.name().toUpperCase());
        waitUntil("the matches are counted", () -> (expectedMatches + " matches").equals(text("#json-matches")));
        type(KeyCode.ENTER);
        assertThat(text("#json-matches")).isEqualTo("1 of " + expectedMatches);
        assertThat(onFx(() -> lookup("#json-text").queryAs(TextArea.class).getSelectedText())).isEqualToIgnoringCase(target.name());
        onFx(() -> {
            lookup("#json-find").queryAs(javafx.scene.control.TextField.class).clear();
            return null;
        });
        clickOn("#json-find").write("no-such-text-anywhere");
        waitUntil("none found is said", () -> "No matches".equals(text("#json-matches")));
        shootDialog("view-json", "#json-text");
        Stage jsonStage = onFx(() -> (Stage) lookup("#json-text").query().getScene().getWindow());
        type(KeyCode.ESCAPE);
        waitUntil("Escape closes it", () -> !jsonStage.isShowing());
    }

    @Test
    void aTableRowsMenuOffersItsKindsActionsAndAzCommands() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        String registry = "contosoprodacr"; // a Premium sample registry, replicated in eastus
        selectInTree("Replications", registry);
        waitUntil("the replications are listed", () -> "Replications".equals(text("#child-title")) && text("#child-status").startsWith("Fetched")
                && onFx(() -> lookup("#child-table .table-row-cell").<TableRow<?>>queryAll().stream().anyMatch(r -> r.getItem() != null)));
        TableRow<?> row = onFx(() -> lookup("#child-table .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() != null).findFirst().orElseThrow());
        clickOn(row);
        String replication = onFx(() -> ((dev.acrconsole.app.kind.Row) row.getItem()).name());

        ContextMenu menu = requestMenu(row);
        assertThat(onFx(() -> ids(menu.getItems()))).contains("ctx-replication-create", "ctx-replication-edit", "ctx-replication-delete",
                "ctx-copy-name", "ctx-portal", "ctx-json");
        assertThat(replication).isEqualTo("eastus");
        assertThat(item(menu, "ctx-az-replication-delete").getUserData())
                .isEqualTo("az acr replication delete --registry " + registry + " --name eastus");
        assertThat(item(menu, "ctx-az-replication-create").getUserData()).as("Create acts on the registry")
                .isEqualTo("az acr replication create --registry " + registry + " --location <location>");
        onFx(() -> {
            menu.hide();
            return null;
        });
    }

    @Test
    void theRowsOfRunsConnectedRegistriesSearchResultsAndPendingApprovalsHaveTheirMenus() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        selectInTree("Runs", "contosoprodacr");
        assertThat(menuOfFirstRow("#runs-table")).contains("ctx-run-log", "ctx-run-cancel", "ctx-run-archive", "ctx-copy-name",
                "ctx-portal", "ctx-json");
        selectInTree("Connected registries", "fabrikamedgehub");
        assertThat(menuOfFirstRow("#cr-table")).contains("ctx-cr-update-button", "ctx-cr-delete-button", "ctx-copy-id",
                "ctx-portal", "ctx-json");
        onFx(() -> {
            model.showPendingApprovals();
            return null;
        });
        assertThat(menuOfFirstRow("#pending-table")).contains("ctx-pending-approve", "ctx-pending-reject", "ctx-pending-open",
                "ctx-copy-id", "ctx-json");
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));
        clickOn("#search-field").write("contosoprodacr");
        // A registry found: its menu is the tree node's (Update, Delete...), read from the cache.
        waitUntil("the registry is found", () -> onFx(() -> lookup("#search-results").<javafx.scene.control.TableView<dev.acrconsole.cache.SearchHit>>query()
                .getItems().stream().anyMatch(h -> h.name().equals("contosoprodacr") && h.kind().equals(dev.acrconsole.app.registries.RegistryKind.KIND))));
        onFx(() -> {
            var table = lookup("#search-results").<javafx.scene.control.TableView<dev.acrconsole.cache.SearchHit>>query();
            table.getSelectionModel().select(table.getItems().stream().filter(h -> h.name().equals("contosoprodacr")
                    && h.kind().equals(dev.acrconsole.app.registries.RegistryKind.KIND)).findFirst().orElseThrow());
            return null;
        });
        ContextMenu hit = requestMenu(lookup("#search-results").query());
        assertThat(onFx(() -> ids(hit.getItems()))).contains("ctx-registry-update", "ctx-registry-delete", "ctx-copy-login-server",
                "ctx-portal", "ctx-json");
        onFx(() -> {
            hit.hide();
            return null;
        });
    }

    /** Waits for the table's rows, selects the first and returns the ids of its context menu's items. */
    private List<String> menuOfFirstRow(String table) throws Exception {
        waitUntil(table + " lists rows", () -> onFx(() -> !lookup(table).<javafx.scene.control.TableView<?>>query().getItems().isEmpty()));
        onFx(() -> {
            lookup(table).<javafx.scene.control.TableView<?>>query().getSelectionModel().select(0);
            return null;
        });
        ContextMenu menu = requestMenu(lookup(table).query());
        List<String> ids = onFx(() -> ids(menu.getItems()));
        onFx(() -> {
            menu.hide();
            return null;
        });
        return ids;
    }

    @Test
    void aDetailsValueIsSelectedAndCopied() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData.Registry target = services.sandbox().orElseThrow().data().registries().getLast();
        selectInTree(target.name(), null);
        waitUntil("the details show " + target.name(), () -> target.name().equals(text("#details-title")));

        Label location = lookup("#field-location").queryAs(Label.class);
        clickOn(location);
        waitUntil("a click selects the value", location::isFocused);
        press(KeyCode.CONTROL).press(KeyCode.C).release(KeyCode.C).release(KeyCode.CONTROL);
        assertThat(clipboard()).isEqualTo(target.location());

        // Its menu copies it too (fired as the menu key fires it: Monocle makes no menu of a right click).
        Label sku = lookup("#field-sku").queryAs(Label.class);
        ContextMenu menu = onFx(() -> {
            sku.getContextMenu().show(sku, 0, 0);
            return sku.getContextMenu();
        });
        fire(menu, "copy-value");
        assertThat(clipboard()).isEqualTo(target.sku());
    }

    /** Saves the open menu for a person to look at (a popup is not in the window's own picture). */
    private void shootMenu(String name, ContextMenu menu) throws Exception {
        var shot = onFx(() -> dev.acrconsole.ui.main.Screenshot.capture(menu.getScene()));
        java.nio.file.Files.createDirectories(Path.of("target", "ui-shots"));
        shot.writePng(Path.of("target", "ui-shots", name + ".png"));
    }

    private static List<String> ids(List<MenuItem> items) {
        List<String> ids = new ArrayList<>();
        for (MenuItem i : items) {
            if (i.getId() != null) {
                ids.add(i.getId());
            }
            if (i instanceof Menu m) {
                ids.addAll(ids(m.getItems()));
            }
        }
        return ids;
    }

    private MenuItem item(ContextMenu menu, String id) throws Exception {
        return onFx(() -> find(menu.getItems(), id));
    }

    private static MenuItem find(List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem found = find(m.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void fire(ContextMenu menu, String id) throws Exception {
        onFx(() -> {
            find(menu.getItems(), id).fire();
            return null;
        });
    }

    private String clipboard() throws Exception {
        return onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
