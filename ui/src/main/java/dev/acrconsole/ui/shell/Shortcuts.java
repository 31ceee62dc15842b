package dev.acrconsole.ui.shell;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The window-wide keys that are not a menu item's: F6 moves the focus to the next pane (tree, page, operations; Shift+F6
 * back), and Ctrl+W closes the secondary window that has the focus (a log, a snapshot, a clean-up window) as its close
 * button would.
 */
public final class Shortcuts {
    static final KeyCombination NEXT_PANE = new KeyCodeCombination(KeyCode.F6);
    static final KeyCombination PREVIOUS_PANE = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);
    static final KeyCombination CLOSE_WINDOW = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);
    private static boolean secondaryWindowsWatched;

    private Shortcuts() {}

    /** {@code panes} in F6 order. */
    public static void install(Scene main, List<Node> panes) {
        main.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEXT_PANE.match(e) || PREVIOUS_PANE.match(e)) {
                moveFocus(main, panes, PREVIOUS_PANE.match(e) ? -1 : 1);
                e.consume();
            }
        });
        if (!secondaryWindowsWatched) {
            secondaryWindowsWatched = true;
            Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(w -> closeOnCtrlW(w, main));
                }
            });
        }
    }

    private static void closeOnCtrlW(Window window, Scene main) {
        if (!(window instanceof Stage) || window.getScene() == null || window.getScene() == main
                || window.getProperties().containsKey(CLOSE_WINDOW)) {
            return;
        }
        window.getProperties().put(CLOSE_WINDOW, true);
        window.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLOSE_WINDOW.match(e)) {
                e.consume();
                window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)); // unconsumed, it closes
            }
        });
    }

    /** The index of the pane holding the focus, -1 when none does. */
    static int paneOf(Node focused, List<Node> panes) {
        for (Node n = focused; n != null; n = n.getParent()) {
            int i = panes.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void moveFocus(Scene scene, List<Node> panes, int step) {
        int from = paneOf(scene.getFocusOwner(), panes);
        for (int k = 1; k <= panes.size(); k++) {
            int i = Math.floorMod((from < 0 ? (step > 0 ? -1 : 0) : from) + step * k, panes.size());
            Node target = firstFocusable(panes.get(i));
            if (target != null) {
                target.requestFocus();
                return;
            }
        }
    }

    private static Node firstFocusable(Node node) {
        if (node.getScene() == null || !node.isVisible() || node.isDisabled()) { // a folded panel is out of the scene
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
