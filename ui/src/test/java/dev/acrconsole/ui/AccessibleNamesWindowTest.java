package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader can name every control (acceptance 5): the real window on the sandbox opens every page (a registry's
 * details and each of its folders' pages, search, What changed, Pending approvals) and every dialog a page's "…"
 * buttons open, and the accounts panel with its dialogs; each scene graph is walked for a button, field, list, table
 * or tree with no text, no accessible text and no label for it, and for a button Alt cannot reach. And the search page
 * by keyboard alone.
 */
class AccessibleNamesWindowTest extends WindowFixture {
    private static final String REGISTRY = "contosoprodacr"; // Premium: every folder a registry can have

    @TempDir
    Path dir;

    /** Each problem once (the tree and status bar are in every page's walk), with where it was first seen. */
    private final java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
    private final List<String> dialogsSeen = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void everyPageAndDialogNamesEveryControl() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        selectInTree(REGISTRY, null);
        waitUntil("the registry's details show", () -> REGISTRY.equals(text("#details-title")));
        walkPage("registry details");

        List<String> folders = onFx(() -> {
            TreeItem<NavNode> registry = find(lookup("#navigation").<TreeView<NavNode>>query().getRoot(), REGISTRY);
            registry.setExpanded(true);
            return registry.getChildren().stream().map(TreeItem::getValue).filter(NavNode::folder).map(NavNode::name).toList();
        });
        assertThat(folders).as("a Premium registry's folders").contains("Repositories", "Replications", "Webhooks", "Tokens");
        for (String folder : folders) {
            selectInTree(folder, REGISTRY);
            waitForPage();
            walkPage(folder);
        }

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));
        clickOn("#search-field").write("contoso");
        waitForPage();
        walkPage("search");
        onFx(() -> {
            model.showChanges(null);
            return null;
        });
        waitForPage();
        walkPage("what changed");
        onFx(() -> {
            model.showPendingApprovals();
            return null;
        });
        waitForPage();
        walkPage("pending approvals");

        assertThat(dialogsSeen).as("the pages' buttons opened dialogs to walk").hasSizeGreaterThan(20);
        assertThat(problems).as("controls a screen reader cannot name, or buttons without a mnemonic").isEmpty();
    }

    @Test
    void theAccountsPanelAndItsDialogsNameEveryControl() throws Exception {
        openWindow(dir, LaunchOptions.Mode.LIVE);
        waitUntil("the accounts panel shows", () -> visible("#accounts-panel"));
        walkPage("accounts panel");
        assertThat(dialogsSeen).as("Add account and Network settings").hasSizeGreaterThanOrEqualTo(2);
        assertThat(problems).as("controls a screen reader cannot name, or buttons without a mnemonic").isEmpty();
    }

    /** Search by keyboard: Enter in the box searches and goes to the results, Down too; Tab reaches them before the filters. */
    @Test
    void enterDownAndTabGoFromTheBoxToTheResults() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));
        waitUntil("the box has focus", () -> focused() instanceof TextField);
        write("contoso");
        type(KeyCode.ENTER);
        waitUntil("Enter goes to the results", () -> focused() instanceof TableView<?> t && "search-results".equals(t.getId()));
        assertThat(selectedIndex()).as("the first result selected").isZero();

        push(KeyCode.SHIFT, KeyCode.TAB);
        waitUntil("Shift+Tab comes back to the box", () -> focused() instanceof TextField f && "search-field".equals(f.getId()));
        push(KeyCode.TAB);
        waitUntil("Tab goes to the results, not the filters", () -> focused() instanceof TableView<?>);
        push(KeyCode.TAB);
        waitUntil("the results' Tab reaches the first filter", () -> focused() instanceof ToggleButton);

        clickOn("#search-field");
        type(KeyCode.DOWN);
        waitUntil("Down goes to the results", () -> focused() instanceof TableView<?>);
        type(KeyCode.DOWN);
        assertThat(selectedIndex()).as("and moves on in them").isEqualTo(1);
    }

    private Node focused() throws Exception {
        return onFx(() -> window.scene().getFocusOwner());
    }

    private int selectedIndex() throws Exception {
        return onFx(() -> lookup("#search-results").<TableView<SearchHit>>query().getSelectionModel().getSelectedIndex());
    }

    /** Lets a page read what it shows; an empty folder has nothing to wait for. */
    private void waitForPage() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, () -> onFx(() -> lookup(".table-view").<TableView<?>>queryAll()
                    .stream().anyMatch(t -> !t.getItems().isEmpty())));
        } catch (java.util.concurrent.TimeoutException empty) {
            // nothing listed there: the page is walked as it is
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Walks the window, then each dialog each "…" button opens (the first row of each table selected first). */
    private void walkPage(String page) throws Exception {
        onFx(() -> {
            for (TableView<?> t : lookup(".table-view").<TableView<?>>queryAll()) {
                if (!t.getItems().isEmpty() && t.getId() != null && !t.getId().equals("operations-table")) {
                    t.getSelectionModel().clearAndSelect(0);
                }
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window main = onFx(() -> window.scene().getWindow());
        record(page, onFx(() -> window.scene().getRoot()));
        // Each button, or menu button's item, whose "…" says it opens a dialog.
        java.util.Map<String, Runnable> opening = onFx(() -> {
            java.util.Map<String, Runnable> all = new java.util.LinkedHashMap<>();
            for (ButtonBase b : lookup(n -> n instanceof ButtonBase b && b.getText() != null && !b.isDisabled()
                    && b.isVisible() && b.getScene() == window.scene() && !inMenuBar(b)).<ButtonBase>queryAll()) {
                if (b instanceof javafx.scene.control.MenuButton menu) {
                    menu.getItems().stream().filter(i -> i.getText() != null && i.getText().endsWith("…") && !i.isDisable())
                            .forEach(i -> all.put(menu.getText() + " › " + i.getText(), i::fire));
                } else if (b.getText().endsWith("…")) {
                    all.put(b.getText(), b::fire);
                }
            }
            return all;
        });
        for (var open : opening.entrySet()) {
            String name = page + " › " + open.getKey().replace("_", "");
            javafx.application.Platform.runLater(open.getValue()); // a dialog shown and waited for holds the FX thread
            Window dialog;
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> others(main).size() > 0));
                WaitForAsyncUtils.waitForFxEvents();
                dialog = onFx(() -> others(main).getFirst());
            } catch (java.util.concurrent.TimeoutException none) {
                continue; // an action that opened nothing here (e.g. one the sandbox cannot offer)
            }
            dialogsSeen.add(name);
            record(name, onFx(() -> dialog.getScene().getRoot()));
            onFx(() -> {
                others(main).forEach(Window::hide);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void record(String where, Parent root) throws Exception {
        onFx(() -> {
            root.applyCss();
            AccessibleNames.unnamed(root).forEach(p -> problems.putIfAbsent("unnamed " + p, where));
            AccessibleNames.withoutMnemonic(root).forEach(p -> problems.putIfAbsent("no mnemonic " + p, where));
            return null;
        });
    }

    /** The menus are walked by the menu tests; their "…" items open file choosers the headless toolkit lacks. */
    private static boolean inMenuBar(javafx.scene.Node n) {
        for (javafx.scene.Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.MenuBar) {
                return true;
            }
        }
        return false;
    }

    private static List<Window> others(Window main) {
        return Window.getWindows().stream().filter(w -> w != main && w.isShowing() && !(w instanceof javafx.stage.PopupWindow))
                .toList();
    }
}
