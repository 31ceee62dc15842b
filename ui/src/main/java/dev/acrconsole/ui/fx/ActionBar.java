package dev.acrconsole.ui.fx;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons for row actions: enabled by what the selected row allows; an action on the parent needs the parent read. */
public final class ActionBar {
    private ActionBar() {}

    /**
     * One button per action. {@code selected} is the selected row; {@code parent} the collection's parent row (null
     * until read), for actions that add to it; {@code notice} hears when the parent is not read yet.
     */
    public static List<Node> buttons(List<RowAction> actions, ObservableValue<Row> selected, Supplier<Row> parent,
                                     java.util.function.Consumer<String> notice) {
        return buttons(actions, selected, javafx.collections.FXCollections.observableArrayList(), parent, notice);
    }

    /** As above, with the rows selected together ({@code selectedRows}) for actions on all of them. */
    public static List<Node> buttons(List<RowAction> actions, ObservableValue<Row> selected,
                                     javafx.collections.ObservableList<Row> selectedRows, Supplier<Row> parent,
                                     java.util.function.Consumer<String> notice) {
        return actions.stream().map(a -> (Node) button(a, selected, selectedRows, parent, notice)).toList();
    }

    private static Button button(RowAction a, ObservableValue<Row> selected, javafx.collections.ObservableList<Row> selectedRows,
                                 Supplier<Row> parent, java.util.function.Consumer<String> notice) {
        Button b = new Button(a.label());
        b.setId(a.id());
        ActionIcons.decorate(b);
        if (a.tip() != null) {
            b.setTooltip(new Tooltip(a.tip()));
        }
        if (a.on() == RowAction.On.SELECTED_ROWS) {
            b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !a.enabledForAll(List.copyOf(selectedRows)), selectedRows));
            b.setOnAction(e -> {
                List<Row> rows = List.copyOf(selectedRows);
                if (a.enabledForAll(rows)) {
                    a.performOnRows().accept(rows);
                }
            });
        } else if (a.on() == RowAction.On.SELECTED) {
            b.disableProperty().bind(selected.map(r -> !a.enabledFor(r)).orElse(true));
            b.setOnAction(e -> {
                Row row = selected.getValue();
                if (a.enabledFor(row)) {
                    a.perform().accept(row);
                }
            });
        } else {
            b.setOnAction(e -> {
                Row row = parent.get();
                if (row == null) {
                    notice.accept("Its parent is not in the cache yet.");
                } else {
                    a.perform().accept(row);
                }
            });
        }
        return b;
    }
}
