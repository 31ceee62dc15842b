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
 * Right-click (or the menu key, Shift+F10) on a tree node: a resource's menu from its kind's descriptors, once its
 * cached row is read (off the FX thread); an account or folder offers its name to copy. Delete on a resource node does
 * what the menu's Delete does ({@link DeleteKey}): it asks first; offline or in read-only mode it does nothing.
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
            view.page().background().submit(() -> view.page().find(node.scope(), node.id()))
                    .thenAcceptAsync((Optional<Row> row) -> {
                        if (tree.getSelectionModel().getSelectedItem() != item) {
                            return; // the user moved on while it was read
                        }
                        menus.show(row.map(r -> ResourceMenu.of(view, r, online.getAsBoolean()
                                ? kinds.of(r.kind()).resourceActions(view) : List.of(), () -> null))
                                .orElseGet(() -> ResourceMenu.nameOnly(node.name())), tree, x, y);
                    }, view.page().fx());
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

    private void show(ContextMenu menu, TreeView<NavNode> tree, double x, double y) {
        if (showing != null) {
            showing.hide();
        }
        showing = menu;
        menu.show(tree, x, y);
    }
}
