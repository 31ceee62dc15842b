package dev.acrconsole.ui.credentialsets;

import dev.acrconsole.app.credentialsets.CredentialSetActions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a credential set (creating and editing have their form). */
public final class CredentialSetCommands {
    private final PageContext context;

    public CredentialSetCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row credentialSet) {
        context.submit(credentialSet.scope(), CredentialSetActions.delete(credentialSet.id(), credentialSet.tenantId()));
    }
}
