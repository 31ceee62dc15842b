package dev.acrconsole.ui.fx;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Asks before something that cannot be undone; never blocks the FX thread (shown, not waited for). */
public final class Confirm {
    private Confirm() {}

    /** Shows the question; {@code ok} runs when the user confirms. */
    public static void ask(ViewContext view, String id, String header, String text, Runnable ok) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(view.window());
        confirm.setHeaderText(header);
        confirm.getDialogPane().setId(id);
        confirm.resultProperty().addListener((obs, old, button) -> {
            if (button == ButtonType.OK) {
                ok.run();
            }
        });
        confirm.show();
    }
}
