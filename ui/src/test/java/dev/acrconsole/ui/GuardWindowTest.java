package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarded production in the window: a registry marked Production from its page is tinted in the tree and on its
 * pages, and a task's delete there goes only once its name is typed. Read-only mode from the View menu: no write is
 * reachable from any menu or any page's buttons.
 */
class GuardWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0);
    /** Menu items that only read or look (the rest of a menu is a write, or must be disabled in read-only mode). */
    private static final Set<String> READS = Set.of("menu-refresh", "menu-export-snapshot", "menu-export-selected",
            "menu-open-snapshot", "menu-compare-snapshot", "menu-exit", "menu-search", "menu-changes",
            "menu-pending-approvals", "menu-cache-settings", "menu-read-only", "menu-shortcuts", "menu-open-data-folder",
            "menu-open-log-folder", "menu-about", "menu-zoom-in", "menu-zoom-out", "menu-zoom-reset");
    /** Page buttons that only read (the runs page's filter and paging). */
    private static final Set<String> PAGE_READS = Set.of("runs-apply", "runs-next", "runs-previous");

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void aProductionRegistryIsTintedAndATaskDeleteThereWaitsForItsTypedName() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("contosoprodacr", null);
        waitUntil("its page shows the Production toggle", () -> "contosoprodacr".equals(text("#details-title"))
                && visible("#production-toggle"));
        assertThat(tinted("contosoprodacr")).as("not tinted before the mark").isFalse();
        clickOn("#production-toggle");
        waitUntil("the tree node is tinted", () -> tinted("contosoprodacr"));
        assertThat(pageTinted("#details-title")).as("the page is tinted").isTrue();

        selectInTree("Tasks", "contosoprodacr");
        waitUntil("tasks are listed", () -> "Tasks".equals(text("#child-title")) && text("#child-status").startsWith("Fetched"));
        assertThat(pageTinted("#child-table")).as("a folder's page below a production registry").isTrue();
        // The theme's taller rows and the registry's fourteen folders can put Tasks below the tree's fold: show it.
        onFx(() -> {
            javafx.scene.control.TreeView<?> tree = lookup(".tree-view").query();
            tree.scrollTo(tree.getSelectionModel().getSelectedIndex());
            return null;
        });
        waitUntil("the folders below it are tinted too", () -> tinted("Tasks"));
        onFx(() -> {
            TableView<Row> t = lookup("#child-table").query();
            t.getSelectionModel().select(t.getItems().stream().filter(r -> r.name().equals("nightly-scan")).findFirst().orElseThrow());
            return null;
        });
        String taskId = onFx(() -> lookup("#child-table").<TableView<Row>>query().getSelectionModel().getSelectedItem().id());
        // The Delete key asks as the Delete button and the context menu's Delete do, the typed name included.
        onFx(() -> {
            lookup("#child-table").query().requestFocus();
            return null;
        });
        push(javafx.scene.input.KeyCode.DELETE);
        waitUntil("the usual question", () -> visible("#confirm-delete"));
        clickOn(onFx(() -> (Node) lookup("#confirm-delete").<DialogPane>query().lookupButton(javafx.scene.control.ButtonType.OK)));
        waitUntil("the typed-name question", () -> visible("#production-confirm"));
        Button goAhead = onFx(() -> (Button) lookup("#production-confirm").<DialogPane>query().getButtonTypes().stream()
                .map(b -> lookup("#production-confirm").<DialogPane>query().lookupButton(b))
                .filter(b -> ((Button) b).getText().replace("_", "").equals("Go ahead")).findFirst().orElseThrow());
        assertThat(goAhead.isDisabled()).as("nothing typed").isTrue();
        onFx(() -> {
            lookup("#production-confirm-name").<TextField>query().setText("nightly-scan2");
            return null;
        });
        assertThat(goAhead.isDisabled()).as("a name typed wrong").isTrue();
        shootDialog("production-confirm", "#production-confirm");
        // Selecting the task reads its runs: the requests move, but no write goes while it asks.
        assertThat(services.journal().all()).as("nothing journaled (so nothing sent) while it asks").isEmpty();
        assertThat(services.sandbox().orElseThrow().state().exists(taskId)).as("the task is still there").isTrue();
        onFx(() -> {
            lookup("#production-confirm-name").<TextField>query().setText("nightly-scan");
            return null;
        });
        assertThat(goAhead.isDisabled()).isFalse();
        onFx(() -> {
            goAhead.fire();
            return null;
        });
        waitUntil("the delete succeeds", () -> services.journal().all().stream()
                .anyMatch(op -> op.title().equals("Delete task nightly-scan") && op.state() == Operation.State.Succeeded));
        shoot("production-registry");
    }

    @Test
    void inReadOnlyModeNoMenuItemOrPageButtonThatWritesIsReachable() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        // Every page of every kind the sample registry has, and the buttons each offers when writes are allowed.
        Map<String, Set<String>> online = buttonsOnEveryPage();
        assertThat(online.values().stream().mapToInt(Set::size).sum()).as("the pages offer writes at all").isGreaterThan(20);

        assertThat(visible("#status-read-only")).isFalse();
        clickOn("View");
        clickOn("#menu-read-only");
        waitUntil("read-only mode is on", () -> services.guard().readOnly());
        waitUntil("the status bar says so", () -> visible("#status-read-only"));
        assertThat(onFx(() -> ((javafx.stage.Stage) window.scene().getWindow()).getTitle())).endsWith(" — read-only");
        int writes = services.sandbox().orElseThrow().armWriteCount();

        List<String> reachable = new ArrayList<>();
        for (MenuItem item : onFx(() -> lookup("#menu-bar").tryQuery().map(n -> (MenuBar) n)
                .orElseGet(() -> lookup(".menu-bar").<MenuBar>query()).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).toList())) {
            if (item.getId() != null && !READS.contains(item.getId()) && !item.isDisable()
                    && !(item instanceof javafx.scene.control.Menu) && !(item instanceof CheckMenuItem)) {
                reachable.add("menu " + item.getId());
            }
        }
        for (Map.Entry<String, Set<String>> page : buttonsOnEveryPage().entrySet()) {
            for (String id : page.getValue()) {
                if (!PAGE_READS.contains(id) && !id.startsWith("copy-")) { // Copy buttons copy a value: a read
                    reachable.add(page.getKey() + ": " + id);
                }
            }
        }
        assertThat(reachable).as("write actions reachable in read-only mode").isEmpty();
        // Nor the Delete key: on a table row it does nothing.
        selectInTree("Tasks", "contosoprodacr");
        waitUntil("tasks are listed", () -> "Tasks".equals(text("#child-title")) && onFx(() -> lookup("#child-table")
                .<TableView<Row>>tryQuery().map(t -> !t.getItems().isEmpty()).orElse(false)));
        onFx(() -> {
            TableView<Row> t = lookup("#child-table").query();
            t.getSelectionModel().selectFirst();
            t.requestFocus();
            return null;
        });
        push(javafx.scene.input.KeyCode.DELETE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(visible("#confirm-delete")).as("Delete asks nothing in read-only mode").isFalse();
        assertThat(services.sandbox().orElseThrow().armWriteCount()).as("no write reached ARM").isEqualTo(writes);
        assertThat(services.journal().all()).as("no operation journaled").isEmpty();
        shoot("read-only");
    }

    /** The registry's page and each of its folders in turn: the ids of the enabled buttons each page shows. */
    private Map<String, Set<String>> buttonsOnEveryPage() throws Exception {
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        selectInTree("contosoprodacr", null);
        waitUntil("the registry's page", () -> "contosoprodacr".equals(text("#details-title")));
        WaitForFx.settle();
        pages.put("contosoprodacr", enabledButtons());
        List<String> folders = onFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            TreeItem<NavNode> registry = find(tree.getRoot(), "contosoprodacr");
            registry.setExpanded(true);
            return registry.getChildren().stream().map(TreeItem::getValue).filter(NavNode::folder).map(NavNode::name).toList();
        });
        assertThat(folders).as("the registry's folders").hasSizeGreaterThan(5);
        for (String folder : folders) {
            selectInTree(folder, "contosoprodacr");
            // Most folders are the common collection page; a few are pages of their own: let each load.
            WaitForFx.settle();
            pages.put(folder, enabledButtons());
        }
        return pages;
    }

    /** The enabled, visible buttons of the page (the right-hand pane), but the Production toggle (a local setting). */
    private Set<String> enabledButtons() throws Exception {
        return onFx(() -> {
            Set<String> ids = new TreeSet<>();
            for (Node n : lookup(".button").queryAll()) {
                if (n instanceof ButtonBase b && b.getId() != null && b.isVisible() && !b.isDisabled() && inPage(b)
                        && !b.getId().equals("production-toggle") && !b.getId().equals("child-refresh")) {
                    ids.add(b.getId());
                }
            }
            return ids;
        });
    }

    private boolean inPage(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if ("navigation".equals(p.getId()) || "operations-table".equals(p.getId()) || "operations-bar".equals(p.getId())) {
                return false;
            }
        }
        return n.getScene() == window.scene();
    }

    private boolean pageTinted(String query) throws Exception {
        return onFx(() -> {
            for (Node p = lookup(query).query(); p != null; p = p.getParent()) {
                if (p.getStyleClass().contains("production")) {
                    return true;
                }
            }
            return false;
        });
    }

    private boolean tinted(String name) throws Exception {
        return onFx(() -> lookup(".tree-cell").queryAll().stream().anyMatch(n -> n.getStyleClass().contains("production")
                && n instanceof javafx.scene.control.TreeCell<?> c && c.getItem() instanceof NavNode node
                && node.name().equals(name)));
    }

    /** Lets pages that load in the background settle before their buttons are read. */
    private static final class WaitForFx {
        static void settle() throws Exception {
            Thread.sleep(700);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
