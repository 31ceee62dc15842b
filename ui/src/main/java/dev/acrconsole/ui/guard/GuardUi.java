package dev.acrconsole.ui.guard;

import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.kind.Row;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/** What the window shows of the guard: the Production toggle on a page, and the tint of production pages. */
public final class GuardUi {
    /** The style class of a production node and page (a tint from the theme's danger colour, see console.css). */
    public static final String TINT = "production";
    /** The kinds that can be marked: what is below them is production too. */
    private static final Set<String> MARKABLE = Set.of("subscription", "resourceGroup", "registry");

    private GuardUi() {}

    /** The typed-name question is asked in a dialog over {@code owner}. */
    public static void install(Guard guard, Supplier<Window> owner) {
        guard.confirmer((name, action) -> TypedNameDialog.ask(owner, name, action));
    }

    public static boolean markable(Row row) {
        return row != null && MARKABLE.contains(row.kind().code());
    }

    /**
     * The Production toggle of a subscription's, resource group's or registry's page. It follows the shown row: the
     * details pane keeps a kind's buttons while another resource of that kind is shown.
     */
    public static ToggleButton toggle(Guard guard, ObservableValue<Row> shown) {
        ToggleButton toggle = new ToggleButton("Production");
        toggle.setId("production-toggle");
        ChangeListener<Row> sync = (obs, old, row) -> {
            boolean production = row != null && guard.production(row.id());
            boolean inherited = production && !guard.marked(row.id());
            toggle.setSelected(production);
            // A mark from above is not undone here: the tooltip says where it comes from.
            toggle.setDisable(row == null || inherited);
            toggle.setTooltip(new Tooltip(inherited ? "Production because what it is in is marked Production"
                    : "Mark as Production: tinted, and every delete there asks for the typed name"));
        };
        sync.changed(shown, null, shown.getValue());
        toggle.getProperties().put(ChangeListener.class, sync); // held by the toggle: the weak listener lives as long
        shown.addListener(new WeakChangeListener<>(sync));
        toggle.setOnAction(e -> {
            Row row = shown.getValue();
            if (row != null) {
                guard.mark(row.id(), toggle.isSelected());
            }
        });
        return toggle;
    }

    /** Adds or removes the tint on {@code node}. */
    public static void tint(Node node, boolean production) {
        if (production && !node.getStyleClass().contains(TINT)) {
            node.getStyleClass().add(TINT);
        } else if (!production) {
            node.getStyleClass().remove(TINT);
        }
    }
}
