package dev.acrconsole.ui.fx;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.RadioButton;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Alt+letter for every button: each button of a page or dialog that has no mnemonic gets one, on the first letter of
 * its text not yet taken there (the menu bar's letters are taken in the main window). A dialog's default and cancel
 * buttons are left alone: Enter and Escape are theirs; so are the Copy buttons beside a value.
 */
public final class Mnemonics {
    private static boolean everyWindow;

    private Mnemonics() {}

    /**
     * Every window shown from now on (dialogs, the log and JSON windows) gets its buttons' mnemonics as it opens,
     * around its menu bar's letters, and Tab out of its multi-line fields.
     */
    public static void forEveryWindow() {
        if (everyWindow) {
            return;
        }
        everyWindow = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    w.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                        if (w.getScene() != null && !(w instanceof javafx.stage.PopupWindow)) {
                            assign(w.getScene().getRoot(), menuLetters(w.getScene().getRoot()));
                            MultiLineFields.install(w.getScene());
                        }
                    });
                }
            }
        });
    }

    /** The letters the menu bar under {@code root} (if any) opens its menus with: Alt+them is the menus'. */
    public static Set<Character> menuLetters(Parent root) {
        Set<Character> letters = new HashSet<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.control.MenuBar bar) {
                bar.getMenus().forEach(m -> {
                    int at = m.getText() == null ? -1 : m.getText().indexOf('_');
                    if (at >= 0 && at + 1 < m.getText().length()) {
                        letters.add(key(m.getText().charAt(at + 1)));
                    }
                });
            } else if (n instanceof Parent p && !(n instanceof javafx.scene.control.Control)) {
                letters.addAll(menuLetters(p));
            }
        }
        return letters;
    }

    /** Gives the buttons under {@code root} that lack one a mnemonic, avoiding {@code taken} letters. */
    public static void assign(Parent root, Set<Character> taken) {
        assign(buttons(root), taken);
    }

    /** As above, for these nodes (a bar of buttons not yet in a scene). */
    public static void assign(List<? extends Node> nodes, Set<Character> taken) {
        List<ButtonBase> all = nodes.stream().flatMap(n -> n instanceof Parent p ? buttons(p).stream()
                : n instanceof ButtonBase b && eligible(b) ? java.util.stream.Stream.of(b) : java.util.stream.Stream.empty()).toList();
        Set<Character> used = new HashSet<>(taken);
        for (ButtonBase b : all) {
            int at = b.getText().indexOf('_');
            if (at >= 0 && at + 1 < b.getText().length()) {
                used.add(key(b.getText().charAt(at + 1)));
            }
        }
        for (ButtonBase b : all) {
            String text = b.getText();
            if (text.indexOf('_') >= 0) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < text.length() && at < 0; i++) {
                if (Character.isLetterOrDigit(text.charAt(i)) && used.add(key(text.charAt(i)))) {
                    at = i;
                }
            }
            // Every letter taken (a row of Copy buttons): share one; Alt+it moves between them. A menu's stays its own.
            for (int i = 0; i < text.length() && at < 0; i++) {
                if (Character.isLetterOrDigit(text.charAt(i)) && !taken.contains(key(text.charAt(i)))) {
                    at = i;
                }
            }
            if (at >= 0) {
                b.setMnemonicParsing(true);
                b.setText(text.substring(0, at) + "_" + text.substring(at));
            }
        }
    }

    /** Whether this button should carry a mnemonic: a labelled push, toggle or menu button, not Enter's or Escape's. */
    public static boolean eligible(ButtonBase b) {
        boolean kind = b instanceof Button || b instanceof MenuButton || (b instanceof ToggleButton && !(b instanceof RadioButton));
        if (!kind || b.getText() == null || b.getText().chars().noneMatch(Character::isLetterOrDigit) || b.textProperty().isBound()) {
            return false;
        }
        // A value's own Copy button follows it in Tab order; one Alt letter for a column of them would reach none.
        if (b.getStyleClass().contains("field-copy")) {
            return false;
        }
        return !(b instanceof Button button && (button.isDefaultButton() || button.isCancelButton()));
    }

    private static List<ButtonBase> buttons(Parent root) {
        List<ButtonBase> found = new java.util.ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Parent parent, List<ButtonBase> found) {
        if (parent instanceof ButtonBase b && eligible(b)) {
            found.add(b);
        }
        // The cells of tables and lists are made and remade as they scroll: their buttons are not the page's.
        if (parent instanceof javafx.scene.control.TableView<?> || parent instanceof javafx.scene.control.ListView<?>
                || parent instanceof javafx.scene.control.TreeView<?>) {
            return;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Parent p) {
                collect(p, found);
            }
        }
    }

    private static char key(char c) {
        return String.valueOf(c).toUpperCase(Locale.ROOT).charAt(0);
    }
}
