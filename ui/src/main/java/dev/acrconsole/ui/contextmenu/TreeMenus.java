package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiCatalog;
import dev.acrconsole.ui.navigation.NavNode;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import dev.acrconsole.ui.page.DeleteKey;

/**
 * Right-click (or the menu key, Shift+F10) on a tree node, or on a row of a table of hits (search results, What
 * changed): a resource's menu from its kind's descriptors, once its cached row is read (off the FX thread); an account
 * or folder, or a resource no longer cached, offers its name to copy. Delete on a resource node does what the menu's
 * Delete does ({@link DeleteKey}): it asks first; offline or in read-only mode it does nothing.
 */
public final class TreeMenus {
    private ContextMenu showing;

    private TreeMenus() {}

    /** {@code online} says whether the kind's actions can work (they are left out offline, as its buttons are). */
    public static void attach(TreeView<NavNode> tree, ViewContext view, UiCatalog kinds, BooleanSupplier online) {
        TreeMenus menus = new TreeMenus();
        tree.setOnContextMenuRequested(e -> {
            TreeItem<NavNode> item = tree.getSelectionModel().getSelectedItem();
            if (item == null || item.getValue() == null) {
                return;
            }
            e.consume();
            NavNode node = item.getValue();
            double x = e.getScreenX();
            double y = e.getScreenY();
            if (node.role() != NavNode.Role.RESOURCE || node.id() == null) {
                menus.show(ResourceMenu.nameOnly(node.name()), tree, x, y);
                return;
            }
            menus.showCached(view, kinds, online, node.scope(), node.id(), node.name(), tree, x, y,
                    () -> tree.getSelectionModel().getSelectedItem() == item);
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            TreeItem<NavNode> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() != KeyCode.DELETE || item == null || item.getValue() == null
                    || item.getValue().role() != NavNode.Role.RESOURCE || item.getValue().id() == null) {
                return;
            }
            e.consume();
            if (!online.getAsBoolean()) {
                return;
            }
            NavNode node = item.getValue();
            view.page().background().submit(() -> view.page().find(node.scope(), node.id()))
                    .thenAcceptAsync((Optional<Row> row) -> row.filter(r -> tree.getSelectionModel().getSelectedItem() == item)
                            .flatMap(r -> DeleteKey.action(kinds.of(r.kind()).resourceActions(view), List.of(r)))
                            .ifPresent(Runnable::run), view.page().fx());
        });
    }

    /** The same menu on the selected row of a table whose rows name a cached resource by its scope and id. */
    public static <T> void attachToHits(javafx.scene.control.TableView<T> table, ViewContext view, UiCatalog kinds,
                                        java.util.function.Function<T, dev.acrconsole.cache.CacheScope> scope,
                                        java.util.function.Function<T, String> id, java.util.function.Function<T, String> name,
                                        BooleanSupplier online) {
        TreeMenus menus = new TreeMenus();
        table.setOnContextMenuRequested(e -> {
            T hit = table.getSelectionModel().getSelectedItem();
            if (hit == null) {
                return;
            }
            e.consume();
            menus.showCached(view, kinds, online, scope.apply(hit), id.apply(hit), name.apply(hit), table, e.getScreenX(),
                    e.getScreenY(), () -> table.getSelectionModel().getSelectedItem() == hit);
        });
    }

    /** Reads the resource's cached row, then (if {@code stillWanted}: the user did not move on) shows its menu. */
    private void showCached(ViewContext view, UiCatalog kinds, BooleanSupplier online, dev.acrconsole.cache.CacheScope scope,
                            String id, String name, javafx.scene.Node owner, double x, double y, BooleanSupplier stillWanted) {
        view.page().background().submit(() -> view.page().find(scope, id))
                .thenAcceptAsync((Optional<Row> row) -> {
                    if (stillWanted.getAsBoolean()) {
                        show(row.map(r -> ResourceMenu.of(view, r, online.getAsBoolean()
                                ? kinds.of(r.kind()).resourceActions(view) : List.of(), () -> null))
                                .orElseGet(() -> ResourceMenu.nameOnly(name)), owner, x, y);
                    }
                }, view.page().fx());
    }

    private void show(ContextMenu menu, javafx.scene.Node tree, double x, double y) {
        if (showing != null) {
            showing.hide();
        }
        showing = menu;
        menu.show(tree, x, y);
    }
}
