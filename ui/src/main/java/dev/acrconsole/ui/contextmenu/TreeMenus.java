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

/**
 * Right-click (or the menu key, Shift+F10) on a tree node: a resource's menu from its kind's descriptors, once its
 * cached row is read (off the FX thread); an account or folder offers its name to copy.
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
    }

    private void show(ContextMenu menu, TreeView<NavNode> tree, double x, double y) {
        if (showing != null) {
            showing.hide();
        }
        showing = menu;
        menu.show(tree, x, y);
    }
}
