package dev.acrconsole.ui.page;

import dev.acrconsole.app.kind.Row;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Something a user can do with a kind's rows: a button above its table today, a context-menu entry tomorrow. Plain
 * data, so what is offered and when it applies is tested without the toolkit.
 *
 * @param on      what it acts on: the selected row, or the collection's parent (to add to it)
 * @param applies whether it can act on that row now (disabled otherwise)
 * @param perform does it (opens a dialog, or asks a view model to send an operation)
 */
public record RowAction(String label, String id, String tip, On on, Predicate<Row> applies, Consumer<Row> perform,
                        Consumer<List<Row>> performOnRows) {
    /** What a row action acts on. */
    public enum On {
        SELECTED,
        PARENT,
        /** Every selected row (the table then lets the user select many): bulk deletes. */
        SELECTED_ROWS
    }

    public RowAction(String label, String id, String tip, On on, Predicate<Row> applies, Consumer<Row> perform) {
        this(label, id, tip, on, applies, perform, null);
    }

    /** An action on the selected row, whatever it is. */
    public static RowAction onSelected(String label, String id, String tip, Consumer<Row> perform) {
        return new RowAction(label, id, tip, On.SELECTED, r -> true, perform);
    }

    /** An action on the selected row, enabled when {@code applies} says so. */
    public static RowAction onSelected(String label, String id, String tip, Predicate<Row> applies, Consumer<Row> perform) {
        return new RowAction(label, id, tip, On.SELECTED, applies, perform);
    }

    /** An action that adds to the collection: it needs the parent's row, not a selected one. */
    public static RowAction onParent(String label, String id, String tip, Consumer<Row> perform) {
        return new RowAction(label, id, tip, On.PARENT, r -> true, perform);
    }

    /** An action on all the selected rows at once, enabled when there are some and {@code applies} to each. */
    public static RowAction onSelectedRows(String label, String id, String tip, Predicate<Row> applies,
                                           Consumer<List<Row>> perform) {
        return new RowAction(label, id, tip, On.SELECTED_ROWS, applies, null, perform);
    }

    /** Whether it can act now on all of {@code rows}: none never. */
    public boolean enabledForAll(List<Row> rows) {
        return rows != null && !rows.isEmpty() && rows.stream().allMatch(applies);
    }

    /** Whether it can act now on {@code row} (the selected row, or the parent): null never. */
    public boolean enabledFor(Row row) {
        return row != null && applies.test(row);
    }
}
