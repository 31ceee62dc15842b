package dev.acrconsole.ui.credentialsets;

import dev.acrconsole.app.credentialsets.CredentialSetForm;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The dialogs of credential sets: create or edit, delete. */
final class CredentialSetDialogs {
    private CredentialSetDialogs() {}

    static FormDialog edit(ViewContext view, CredentialSetFormViewModel model) {
        TextField name = field(model.nameProperty(), "5-50 letters, digits and '-', e.g. dockerhub-creds");
        name.setDisable(!model.creating());
        TextField loginServer = field(model.loginServerProperty(), "docker.io, ghcr.io, quay.io, …");
        loginServer.setDisable(!model.creating());
        TextField user = field(model.usernameSecretProperty(), "https://myvault.vault.azure.net/secrets/username");
        TextField password = field(model.passwordSecretProperty(), "https://myvault.vault.azure.net/secrets/password");
        Label note = new Label("Enter the Key Vault secret URIs, not the secrets: the set reads them with its own "
                + "system-assigned identity, which Key Vault must allow (Key Vault Secrets User).");
        note.setWrapText(true);
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(CredentialSetForm.NAME), "credentialset-name")
                .add("Login server", loginServer, model.errorProperty(CredentialSetForm.LOGIN_SERVER), "credentialset-login-server")
                .add("User name secret URI", user, model.errorProperty(CredentialSetForm.USERNAME_SECRET), "credentialset-username")
                .add("Password secret URI", password, model.errorProperty(CredentialSetForm.PASSWORD_SECRET), "credentialset-password")
                .note(note);
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(view.window(), "credentialset-form", verb + " credential set",
                model.creating() ? "Create a credential set in " + model.registryName() : "Update " + model.nameProperty().get(),
                form.node(), verb, model::submit).command(model.commandProperty());
    }

    private static TextField field(javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(40);
        return f;
    }

    static void delete(ViewContext view, Row credentialSet) {
        Confirm.ask(view, "credentialset-delete-confirm", "Delete credential set", "Delete credential set "
                + credentialSet.name() + "? Cache rules that use it can no longer sign in to their upstream.",
                () -> new CredentialSetCommands(view.page()).delete(credentialSet));
    }
}
