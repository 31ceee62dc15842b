package dev.acrconsole.app.accounts;

import dev.acrconsole.app.dataplane.RegistryLogin;
import dev.acrconsole.app.dataplane.RememberedLogins;
import java.util.Locale;
import java.util.Optional;

/** Registry logins kept in the keyring: the name and password of one registry under one key. */
public final class KeyringLogins implements RememberedLogins {
    private final SecretStore store;

    public KeyringLogins(SecretStore store) {
        this.store = store;
    }

    @Override
    public Optional<RegistryLogin> find(String loginServer) {
        return store.read(key(loginServer)).flatMap(value -> {
            int nl = value.indexOf('\n');
            return nl <= 0 ? Optional.empty() : Optional.of(new RegistryLogin(value.substring(0, nl), value.substring(nl + 1)));
        });
    }

    @Override
    public void remember(String loginServer, RegistryLogin login) {
        store.write(key(loginServer), login.username() + "\n" + login.password());
    }

    @Override
    public void forget(String loginServer) {
        store.delete(key(loginServer));
    }

    @Override
    public boolean persistent() {
        return store.persistent();
    }

    private static String key(String loginServer) {
        return "registry-login:" + loginServer.toLowerCase(Locale.ROOT);
    }
}
