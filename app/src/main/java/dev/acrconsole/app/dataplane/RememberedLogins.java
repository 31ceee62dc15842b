package dev.acrconsole.app.dataplane;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry logins the user chose to keep: in the OS keyring ({@code accounts.KeyringLogins}), never in a file; or, where
 * there is none, for this run only, so they are asked for again next start.
 */
public interface RememberedLogins {
    Optional<RegistryLogin> find(String loginServer);

    void remember(String loginServer, RegistryLogin login);

    void forget(String loginServer);

    /** True when what is remembered survives a restart. */
    boolean persistent();

    /** For this run only. */
    static RememberedLogins inMemory() {
        Map<String, RegistryLogin> kept = new ConcurrentHashMap<>();
        return new RememberedLogins() {
            @Override
            public Optional<RegistryLogin> find(String loginServer) {
                return Optional.ofNullable(kept.get(loginServer.toLowerCase(java.util.Locale.ROOT)));
            }

            @Override
            public void remember(String loginServer, RegistryLogin login) {
                kept.put(loginServer.toLowerCase(java.util.Locale.ROOT), login);
            }

            @Override
            public void forget(String loginServer) {
                kept.remove(loginServer.toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public boolean persistent() {
                return false;
            }
        };
    }
}
