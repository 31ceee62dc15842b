package dev.acrconsole.ui.accounts;

import java.util.Optional;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/** Asks for a service principal's secret again: without an OS keyring it is kept for this run only. */
final class SecretDialog {
    private SecretDialog() {}

    static Optional<String> ask(String account, Window owner) {
        FormDialog<String> form = new FormDialog<>("Client secret", "The client secret of " + account
                + ". It is kept in the OS keyring, or in memory for this run when there is none.", owner);
        PasswordField secret = form.row("Client secret", new PasswordField());
        return form.show(() -> {
            if (secret.getText().isEmpty()) {
                throw new IllegalArgumentException("The client secret is empty");
            }
            return secret.getText();
        });
    }
}
