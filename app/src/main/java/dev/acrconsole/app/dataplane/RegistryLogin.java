package dev.acrconsole.app.dataplane;

import java.util.Objects;

/**
 * A registry's own credentials: a scope-map token's name and password, or the admin user. Held in memory for the
 * session (from the OS keyring, or as typed); {@code toString} never shows the password.
 */
public record RegistryLogin(String username, String password) {
    public RegistryLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegistryLogin[" + username + ", (password)]";
    }
}
