package dev.acrconsole.ui.fx;

import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a multi-line field moves focus on, as in every other field (Shift+Tab back); Ctrl+Tab types a tab, for the
 * rare value that needs one. JavaFX's default is the other way round, which traps a keyboard user in the field.
 */
public final class MultiLineFields {
    private static final String INSTALLED = MultiLineFields.class.getName();

    private MultiLineFields() {}

    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || !(scene.getFocusOwner() instanceof TextArea area) || e.isAltDown()) {
                return;
            }
            if (e.isControlDown() || e.isMetaDown()) {
                if (area.isEditable() && !e.isShiftDown()) {
                    area.replaceSelection("\t");
                }
            } else {
                area.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
            e.consume();
        });
    }
}
