package dev.acrconsole.ui.main;

import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.SnapshotOpener;
import dev.acrconsole.ui.cachesettings.CacheSettingsDialog;
import dev.acrconsole.ui.registries.DeleteRegistryViewModel;
import dev.acrconsole.ui.registries.RegistryDialogs;
import dev.acrconsole.ui.registries.UpdateRegistryViewModel;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's menu bar: File (refresh, snapshots), Registry (create, update, delete), View (pages, cache). */
final class MainMenu {
    private final MainViewModel model;
    private final PageContext context;
    private final Supplier<Window> window;
    private final Consumer<Consumer<CachedResource>> withSelectedRegistry;

    MainMenu(MainViewModel model, PageContext context, Supplier<Window> window,
             Consumer<Consumer<CachedResource>> withSelectedRegistry) {
        this.model = model;
        this.context = context;
        this.window = window;
        this.withSelectedRegistry = withSelectedRegistry;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), registry(), view());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem refresh = item("Refresh", "menu-refresh", model::refresh);
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        Menu stale = new Menu("Refresh only what is older than", null,
                item("1 hour", "menu-stale-hour", () -> model.refreshStale(Duration.ofHours(1))),
                item("1 day", "menu-stale-day", () -> model.refreshStale(Duration.ofDays(1))),
                item("7 days", "menu-stale-week", () -> model.refreshStale(Duration.ofDays(7))));
        stale.disableProperty().bind(model.onlineProperty().not());
        MenuItem export = item("Export snapshot of everything…", "menu-export-snapshot",
                () -> save("acr-console-snapshot.acrsnap").ifPresent(f -> model.exportSnapshot(f.toPath(), false)));
        MenuItem exportSelected = item("Export snapshot of the selected subscription or registry…", "menu-export-selected",
                () -> save("acr-console-snapshot.acrsnap").ifPresent(f -> model.exportSnapshot(f.toPath(), true)));
        MenuItem open = item("Open snapshot…", "menu-open-snapshot", () -> choose().ifPresent(f ->
                SnapshotOpener.open(f.toPath(), model.dataDir(), context.background(), context.notice())));
        MenuItem compare = item("Compare with snapshot…", "menu-compare-snapshot",
                () -> choose().ifPresent(f -> model.showChanges(f.toPath())));
        MenuItem exit = item("Exit", "menu-exit", () -> window.get().hide());
        return new Menu("File", null, refresh, stale, new SeparatorMenuItem(), export, exportSelected, open, compare,
                new SeparatorMenuItem(), exit);
    }

    private Menu registry() {
        MenuItem create = item("Create registry…", "menu-create-registry",
                () -> RegistryDialogs.create(context, model.selectedGroupId()).show());
        create.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem update = item("Update selected registry…", "menu-update-registry", () -> withSelectedRegistry.accept(
                r -> RegistryDialogs.update(context, new UpdateRegistryViewModel(context, r)).show()));
        MenuItem delete = item("Delete selected registry…", "menu-delete-registry", () -> withSelectedRegistry.accept(
                r -> RegistryDialogs.delete(context, new DeleteRegistryViewModel(context, r)).show()));
        for (MenuItem i : List.of(create, update, delete)) {
            i.disableProperty().bind(model.onlineProperty().not());
        }
        return new Menu("Registry", null, create, update, delete);
    }

    private Menu view() {
        MenuItem search = item("Search…", "menu-search", model::showSearch);
        search.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        MenuItem changes = item("What changed", "menu-changes", () -> model.showChanges(null));
        MenuItem pending = item("Pending approvals", "menu-pending-approvals", model::showPendingApprovals);
        MenuItem cache = item("Cache and history…", "menu-cache-settings",
                () -> CacheSettingsDialog.show(context));
        return new Menu("View", null, search, changes, pending, new SeparatorMenuItem(), cache);
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
        return java.util.Optional.ofNullable(chooser.showSaveDialog(window.get()));
    }

    private java.util.Optional<File> choose() {
        return java.util.Optional.ofNullable(snapshotChooser().showOpenDialog(window.get()));
    }

    private static FileChooser snapshotChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ACR Console snapshots", "*.acrsnap"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
