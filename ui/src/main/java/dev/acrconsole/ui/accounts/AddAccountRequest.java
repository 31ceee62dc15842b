package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.CloudSettings;

/**
 * What the add-account form asked for. {@code newCloud} is set when the user described a custom cloud there; the
 * secret fields are only for service principals and are never kept beyond the request.
 */
public record AddAccountRequest(AccountKind kind, String cloud, CloudSettings newCloud, String tenant, String clientId,
                                String secret, String certificatePath) {
    @Override
    public String toString() {
        return "AddAccountRequest[" + kind + ", " + cloud + "]"; // never the secret
    }
}
