package dev.acrconsole.app.credentialsets;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr credential-set} commands equivalent to a credential set's actions; the secrets are Key Vault secret ids, always placeholders here. */
public final class CredentialSetAzCommands {
    private CredentialSetAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("credentialset-create", r -> "az acr credential-set create --registry " + quote(registry(r))
                    + " --name <name> --login-server <login-server> --username-id <username-secret-id>"
                    + " --password-id <password-secret-id>"),
            entry("credentialset-edit", r -> "az acr credential-set update --registry " + quote(registry(r)) + " --name "
                    + quote(r.name()) + " --username-id <username-secret-id> --password-id <password-secret-id>"),
            entry("credentialset-delete", r -> "az acr credential-set delete --registry " + quote(registry(r)) + " --name "
                    + quote(r.name()) + " --yes"));

    /** The create or edit form as filled in so far (the Key Vault secret ids, not the secrets they hold). */
    public static String form(CredentialSetForm f) {
        String head = "az acr credential-set " + (f.creating() ? "create" : "update") + " --registry "
                + quote(dev.acrconsole.app.arm.ArmIds.name(f.registryId())) + " --name " + AzCommand.valueOr(f.name(), "<name>");
        return head + (f.creating() ? " --login-server " + AzCommand.valueOr(f.loginServer(), "<login-server>") : "")
                + " --username-id " + AzCommand.valueOr(f.usernameSecret(), "<username-secret-id>")
                + " --password-id " + AzCommand.valueOr(f.passwordSecret(), "<password-secret-id>");
    }
}
