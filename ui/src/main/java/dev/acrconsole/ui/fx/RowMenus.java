package dev.acrconsole.ui.fx;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableView;

/** Makes a row's context menu from the row, the page's actions (none offline) and the collection's parent row. */
@FunctionalInterface
public interface RowMenus {
    ContextMenu of(Row row, List<RowAction> actions, Supplier<Row> parent);

    /** A page whose table rows get the window's context menus. */
    interface Host {
        void contextMenus(RowMenus menus);
    }

    /** Right-click (or the menu key) on {@code table}'s selected row: its menu, with {@code actions} while {@code online}. */
    static void attach(TableView<Row> table, RowMenus menus, List<RowAction> actions, Supplier<Row> parent,
                       BooleanSupplier online) {
        ContextMenu[] showing = new ContextMenu[1];
        table.setOnContextMenuRequested(e -> {
            Row row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                e.consume();
                if (showing[0] != null) {
                    showing[0].hide();
                }
                showing[0] = menus.of(row, online.getAsBoolean() ? actions : List.of(), parent);
                showing[0].show(table, e.getScreenX(), e.getScreenY());
            }
        });
    }
}
