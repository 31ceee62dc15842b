package dev.acrconsole.ui.main;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.cachesettings.CacheSettingsDialog;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.registries.RegistryUi;
import dev.acrconsole.ui.shell.HelpMenu;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.WindowEvent;

/**
 * The window's menu bar: File (refresh, snapshots, reset the sandbox, exit), Registry (create, update, delete), View
 * (pages, cache), Help. Each menu has its Alt mnemonic.
 */
final class MainMenu {
    private final MainViewModel model;
    private final ViewContext view;
    private final Consumer<Consumer<Row>> withSelectedRegistry;
    private final Consumer<java.nio.file.Path> openSnapshot;

    MainMenu(MainViewModel model, ViewContext view, Consumer<Consumer<Row>> withSelectedRegistry,
             Consumer<java.nio.file.Path> openSnapshot) {
        this.model = model;
        this.view = view;
        this.withSelectedRegistry = withSelectedRegistry;
        this.openSnapshot = openSnapshot;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), registry(), view(),
                new HelpMenu(model.dataDir(), view::window, model.pageContext().notice()).build());
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true); // macOS: the screen's menu bar; elsewhere it stays in the window
        return bar;
    }

    private Menu file() {
        MenuItem refresh = item("Refresh", "menu-refresh", model::refreshOrCancel);
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        // While a refresh runs, the same item (and F5) cancels it.
        refresh.textProperty().bind(model.refreshingProperty().map(on -> on ? "Cancel refresh" : "Refresh"));
        Menu stale = new Menu("Refresh only what is older than", null,
                item("1 hour", "menu-stale-hour", () -> model.refreshStale(Duration.ofHours(1))),
                item("1 day", "menu-stale-day", () -> model.refreshStale(Duration.ofDays(1))),
                item("7 days", "menu-stale-week", () -> model.refreshStale(Duration.ofDays(7))));
        stale.disableProperty().bind(model.onlineProperty().not());
        // The sandbox's "keep everything for offline review" (an account's is on its context menu in the Accounts panel).
        javafx.scene.control.CheckMenuItem everything = new javafx.scene.control.CheckMenuItem("Keep everything for offline review");
        everything.setId("menu-keep-everything");
        everything.setVisible(model.sandboxResettable());
        everything.selectedProperty().bindBidirectional(model.sandboxKeepsEverythingProperty());
        MenuItem export = item("Export snapshot of everything…", "menu-export-snapshot",
                () -> save("acr-console-snapshot.acrsnap").ifPresent(f -> model.exportSnapshot(f.toPath(), false)));
        MenuItem exportSelected = item("Export snapshot of the selected subscription or registry…", "menu-export-selected",
                () -> save("acr-console-snapshot.acrsnap").ifPresent(f -> model.exportSnapshot(f.toPath(), true)));
        MenuItem open = item("Open snapshot…", "menu-open-snapshot", () -> choose().ifPresent(f -> openSnapshot.accept(f.toPath())));
        MenuItem compare = item("Compare with snapshot…", "menu-compare-snapshot",
                () -> choose().ifPresent(f -> model.showChanges(f.toPath())));
        // As the window's close button: it asks first while operations run.
        MenuItem exit = item("Exit", "menu-exit",
                () -> view.window().fireEvent(new WindowEvent(view.window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("_File", null, refresh, stale, everything, new SeparatorMenuItem(), export, exportSelected, open, compare,
                new SeparatorMenuItem(), exit);
        if (model.sandboxResettable()) {
            MenuItem reset = item("Reset sandbox…", "menu-reset-sandbox", () -> Confirm.ask(view, "reset-sandbox-confirm",
                    "Start the sandbox again from its sample data?", "What you created, changed or deleted in the sandbox"
                            + " is undone, and its runs and operations are forgotten (operations still running in it are"
                            + " marked lost). Run ids go on from where they were. Your cache keeps its history.",
                    model::resetSandbox));
            reset.disableProperty().bind(model.onlineProperty().not());
            file.getItems().add(file.getItems().indexOf(exit) - 1, reset);
        }
        return file;
    }

    private Menu registry() {
        MenuItem create = item("Create registry…", "menu-create-registry",
                () -> RegistryUi.create(view, model.selectedGroupId()));
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem update = item("Update selected registry…", "menu-update-registry", () -> withSelectedRegistry.accept(
                r -> RegistryUi.update(view, r)));
        MenuItem delete = item("Delete selected registry…", "menu-delete-registry", () -> withSelectedRegistry.accept(
                r -> RegistryUi.delete(view, r)));
        for (MenuItem i : List.of(create, update, delete)) {
            i.disableProperty().bind(model.onlineProperty().not());
        }
        return new Menu("_Registry", null, create, update, delete);
    }

    private Menu view() {
        MenuItem search = item("Search…", "menu-search", model::showSearch);
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem changes = item("What changed", "menu-changes", () -> model.showChanges(null));
        MenuItem pending = item("Pending approvals", "menu-pending-approvals", model::showPendingApprovals);
        MenuItem cache = item("Cache and history…", "menu-cache-settings",
                () -> CacheSettingsDialog.show(view));
        // Every write action is disabled while it is on, and nothing can be sent (the operations' guard refuses).
        javafx.scene.control.CheckMenuItem readOnly = new javafx.scene.control.CheckMenuItem("_Read-only mode");
        readOnly.setId("menu-read-only");
        readOnly.setSelected(model.guard().readOnly());
        readOnly.setOnAction(e -> model.guard().readOnly(readOnly.isSelected()));
        return new Menu("_View", null, search, changes, pending, new SeparatorMenuItem(), cache, readOnly);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private java.util.Optional<File> save(String suggested) {
        FileChooser chooser = snapshotChooser();
        chooser.setInitialFileName(suggested);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(view.window()));
    }

    private java.util.Optional<File> choose() {
        return java.util.Optional.ofNullable(snapshotChooser().showOpenDialog(view.window()));
    }

    private static FileChooser snapshotChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ACR Console snapshots", "*.acrsnap"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
