package dev.acrconsole.ui.page;

import dev.acrconsole.app.kind.Row;
import java.util.List;
import java.util.Optional;

/**
 * The Delete key on a selected resource: the kind's own Delete action, as its button and context menu offer it, so it
 * asks first in the same dialog (and, on production, for the typed name before it is sent). Where the kind has no
 * Delete, or it does not apply, or no action is offered (offline, read-only mode), the key does nothing. Toolkit-free.
 */
public final class DeleteKey {
    private DeleteKey() {}

    /** Whether {@code a} is a kind's Delete (one row, or the selected rows). */
    static boolean isDelete(RowAction a) {
        String id = a.id();
        return id.endsWith("-delete") || id.endsWith("-delete-button");
    }

    /**
     * What Delete does for {@code selected} (the selected rows, the first being the focused one): the kind's Delete of
     * many rows when more than one is selected and the kind has one, else its Delete of the one row. Empty when none
     * applies.
     */
    public static Optional<Runnable> action(List<RowAction> actions, List<Row> selected) {
        if (selected == null || selected.isEmpty() || selected.getFirst() == null) {
            return Optional.empty();
        }
        if (selected.size() > 1) {
            for (RowAction a : actions) {
                if (isDelete(a) && a.on() == RowAction.On.SELECTED_ROWS && a.enabledForAll(selected)) {
                    return Optional.of(() -> a.performOnRows().accept(List.copyOf(selected)));
                }
            }
        }
        Row row = selected.getFirst();
        for (RowAction a : actions) {
            if (isDelete(a) && a.on() == RowAction.On.SELECTED && a.enabledFor(row)) {
                return Optional.of(() -> a.perform().accept(row));
            }
        }
        for (RowAction a : actions) { // a kind whose only Delete is the many-rows one (tags, manifests)
            if (isDelete(a) && a.on() == RowAction.On.SELECTED_ROWS && a.enabledForAll(List.of(row))) {
                return Optional.of(() -> a.performOnRows().accept(List.of(row)));
            }
        }
        return Optional.empty();
    }
}
