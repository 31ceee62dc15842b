package dev.acrconsole.app.accounts;

import dev.acrconsole.app.settings.AccountSettings;

/** A service principal's secret is not in the OS store (or there is none) and was not typed this run. */
public final class MissingSecretException extends RuntimeException {
    private final String accountKey;

    public MissingSecretException(AccountSettings account) {
        super("SecretRequired: enter the client secret of " + account.id() + " (it is not kept on disk"
                + " without an OS keyring)", null, false, false);
        this.accountKey = account.key();
    }

    public String accountKey() {
        return accountKey;
    }
}
