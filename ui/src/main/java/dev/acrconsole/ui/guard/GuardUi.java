package dev.acrconsole.ui.guard;

import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.app.kind.Row;
import java.util.Set;
import java.util.function.Supplier;
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

    /** The Production toggle of a subscription's, resource group's or registry's page. */
    public static ToggleButton toggle(Guard guard, Row row) {
        ToggleButton toggle = new ToggleButton("Production");
        toggle.setId("production-toggle");
        toggle.setSelected(guard.production(row.id()));
        boolean inherited = guard.production(row.id()) && !guard.marked(row.id());
        // A mark from above is not undone here: the toggle says where it comes from.
        toggle.setDisable(inherited);
        toggle.setTooltip(new Tooltip(inherited ? "Production because what it is in is marked Production"
                : "Mark as Production: tinted, and every delete asks for the typed name"));
        toggle.setOnAction(e -> guard.mark(row.id(), toggle.isSelected()));
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
