package dev.acrconsole.ui.credentialsets;

import dev.acrconsole.app.credentialsets.CredentialSetActions;
import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.credentialsets.CredentialSetForm;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Creating or editing a credential set: its name and upstream login server (on create), and the Key Vault secret URIs
 * of its user name and password. Only the URIs are typed: the secrets stay in Key Vault.
 */
public final class CredentialSetFormViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final boolean creating;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty loginServer = new SimpleStringProperty("");
    private final StringProperty usernameSecret = new SimpleStringProperty("");
    private final StringProperty passwordSecret = new SimpleStringProperty("");

    public CredentialSetFormViewModel(PageContext context, Row registry, Row credentialSet) {
        this.context = context;
        this.registry = registry;
        this.creating = credentialSet == null;
        if (credentialSet != null) {
            CredentialSetDetails d = credentialSet.details(CredentialSetDetails.class);
            name.set(d.name());
            loginServer.set(d.loginServer() == null ? "" : d.loginServer());
            if (!d.credentials().isEmpty()) {
                usernameSecret.set(d.credentials().getFirst().usernameSecret() == null ? "" : d.credentials().getFirst().usernameSecret());
                passwordSecret.set(d.credentials().getFirst().passwordSecret() == null ? "" : d.credentials().getFirst().passwordSecret());
            }
        }
        watch(name, CredentialSetForm.NAME);
        watch(loginServer, CredentialSetForm.LOGIN_SERVER);
        watch(usernameSecret, CredentialSetForm.USERNAME_SECRET);
        watch(passwordSecret, CredentialSetForm.PASSWORD_SECRET);
    }

    public boolean creating() {
        return creating;
    }

    public String registryName() {
        return registry.name();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty loginServerProperty() {
        return loginServer;
    }

    public StringProperty usernameSecretProperty() {
        return usernameSecret;
    }

    public StringProperty passwordSecretProperty() {
        return passwordSecret;
    }

    public CredentialSetForm form() {
        return new CredentialSetForm(registry.id(), registry.tenantId(), creating, name.get(), loginServer.get(),
                usernameSecret.get(), passwordSecret.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.credentialsets.CredentialSetAzCommands.form(form());
    }

    @Override
    protected FieldErrors validate() {
        return form().validate();
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(registry.scope(), creating ? CredentialSetActions.create(form()) : CredentialSetActions.update(form()));
    }
}
