package dev.acrconsole.ui;

import dev.acrconsole.ui.fx.Mnemonics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;

/**
 * What a screen reader could not name in a scene graph: a button, field, list, table or tree with no text of its own,
 * no {@code accessibleText}, and no label pointing at it ({@code labelFor}); and the buttons without a mnemonic.
 */
final class AccessibleNames {
    private AccessibleNames() {}

    /** Each unnamed control under {@code root}, described by its class, id and the ids of its ancestors. */
    static List<String> unnamed(Parent root) {
        List<Node> controls = new ArrayList<>();
        Set<Node> labelled = new HashSet<>();
        walk(root, controls, labelled);
        List<String> problems = new ArrayList<>();
        for (Node n : controls) {
            if (!labelled.contains(n) && blank(n.getAccessibleText()) && !(n instanceof ButtonBase b && !blank(text(b)))) {
                problems.add(describe(n));
            }
        }
        return problems;
    }

    /** The labelled push, toggle and menu buttons under {@code root} that Alt cannot reach (Enter's and Escape's aside). */
    static List<String> withoutMnemonic(Parent root) {
        List<Node> controls = new ArrayList<>();
        walk(root, controls, new HashSet<>());
        return controls.stream().filter(n -> n instanceof ButtonBase b && Mnemonics.eligible(b)
                        && !(b.isMnemonicParsing() && b.getText().indexOf('_') >= 0))
                .map(AccessibleNames::describe).toList();
    }

    private static void walk(Node node, List<Node> controls, Set<Node> labelled) {
        if (node instanceof Label l && l.getLabelFor() != null) {
            labelled.add(l.getLabelFor());
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Spinner<?> || node instanceof TableView<?>
                || node instanceof TreeView<?> || node instanceof ListView<?> || node instanceof TreeTableView<?>) {
            controls.add(node);
            // A combo box's or spinner's own editor is named by the box; a field has nothing inside.
            if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                    || node instanceof ChoiceBox<?>) {
                return;
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, controls, labelled);
            }
        }
    }

    private static String text(ButtonBase b) {
        return b.getText() == null ? "" : b.getText().replace("_", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder(n.getClass().getSimpleName());
        path.append(n.getId() == null ? "" : "#" + n.getId());
        if (n instanceof ButtonBase b && !blank(b.getText())) {
            path.append("[").append(b.getText()).append("]");
        }
        if (!n.getStyleClass().isEmpty()) {
            path.append(n.getStyleClass());
        }
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(" in #").append(p.getId());
                break;
            }
        }
        return path.toString();
    }
}
