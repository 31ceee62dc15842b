package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.GeneratedPasswords;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.app.tokens.TokenForm;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.DateField;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.SecretDialog;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The dialogs of tokens: create, edit, delete, generate passwords. */
final class TokenDialogs {
    private TokenDialogs() {}

    static FormDialog token(ViewContext view, TokenFormViewModel model) {
        TextField name = new TextField();
        name.setPromptText("5-50 letters, digits and '-', e.g. site-client-token");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setDisable(!model.creating());
        ComboBox<TokenFormViewModel.ScopeMapChoice> scopeMap = new ComboBox<>(model.scopeMaps());
        scopeMap.valueProperty().bindBidirectional(model.scopeMapProperty());
        scopeMap.setMaxWidth(Double.MAX_VALUE);
        CheckBox enabled = new CheckBox("Enabled (a disabled token cannot sign in)");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        enabled.setId("token-enabled");
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(TokenForm.NAME), "token-name")
                .add("Scope map", scopeMap, model.errorProperty(TokenForm.SCOPE_MAP), "token-scope-map")
                .note(enabled)
                .note(new Label("Passwords are not set here: use Generate passwords once the token exists."));
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(view.window(), "token-form", verb + " token",
                model.creating() ? "Create a token in " + model.registryName() : "Update " + model.nameProperty().get(),
                form.node(), verb, model::submit).command(model.commandProperty());
    }

    static FormDialog generatePasswords(ViewContext view, GeneratePasswordsViewModel model) {
        ComboBox<TokenCredentials.Which> which = new ComboBox<>(FXCollections.observableArrayList(TokenCredentials.Which.values()));
        which.valueProperty().bindBidirectional(model.whichProperty());
        DateField expiry = new DateField(model.expiryProperty());
        expiry.setPromptText("YYYY-MM-DD, or empty: no expiry");
        Label note = new Label("A new password replaces the one of the same name: whatever signs in with the old one stops"
                + " working. The passwords are shown once; the console does not keep them.");
        note.setWrapText(true);
        FormRows form = new FormRows()
                .add("Password", which, model.errorProperty("which"), "token-password-which")
                .add("Expires (UTC, optional)", expiry, model.errorProperty(TokenCredentials.EXPIRY), "token-password-expiry")
                .note(note);
        return new FormDialog(view.window(), "token-passwords", "Generate passwords",
                "Generate passwords for " + model.tokenName(), form.node(), "Generate",
                () -> model.submit(p -> showPasswords(view, p)));
    }

    private static void showPasswords(ViewContext view, GeneratedPasswords passwords) {
        Map<String, Secret> shown = new LinkedHashMap<>();
        shown.put("User name", new Secret(passwords.username()));
        for (GeneratedPasswords.Password p : passwords.passwords()) {
            shown.put(p.name() + (p.expiry() == null ? "" : " (expires " + p.expiry().toLocalDate() + ")"), p.value());
        }
        new SecretDialog(view.window(), "token-passwords-shown", "New passwords",
                "New passwords for " + passwords.username(), shown,
                "Shown once: copy them now. The console keeps no copy; to see a password again, generate a new one.").show();
    }

    static void delete(ViewContext view, Row token) {
        Confirm.ask(view, "token-delete-confirm", "Delete token", "Delete token " + token.name()
                + "? Whatever signs in with it stops working.", () -> new TokenCommands(view.page()).delete(token));
    }
}
