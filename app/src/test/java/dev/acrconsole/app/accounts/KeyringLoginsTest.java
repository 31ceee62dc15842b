package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.dataplane.RegistryLogin;
import org.junit.jupiter.api.Test;

/** Registry logins kept in the keyring: found by login server whatever its case (a password may hold a colon or a newline), and gone when forgotten. */
class KeyringLoginsTest {
    @Test
    void aKeptLoginIsFoundAgainAndAForgottenOneIsNot() {
        MemorySecretStore store = new MemorySecretStore();
        KeyringLogins logins = new KeyringLogins(store);

        logins.remember("Contoso.azurecr.io", new RegistryLogin("webreader", "p@ss:word\nsecond line"));

        assertThat(logins.find("contoso.azurecr.io")).contains(new RegistryLogin("webreader", "p@ss:word\nsecond line"));
        assertThat(logins.find("fabrikam.azurecr.io")).isEmpty();
        logins.forget("CONTOSO.azurecr.io");
        assertThat(logins.find("contoso.azurecr.io")).isEmpty();
        assertThat(logins.persistent()).as("a memory store does not outlive the app").isFalse();
    }
}
