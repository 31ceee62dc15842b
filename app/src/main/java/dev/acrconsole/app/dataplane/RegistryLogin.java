package dev.acrconsole.app.dataplane;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.Objects;

/**
 * A registry's own credentials: a scope-map token's name and password, or the admin user. Held in memory for the
 * session (from the OS keyring, or as typed); {@code toString} never shows the password.
 */
public record RegistryLogin(String username, String password) {
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    /** What a login form may send: a name and a password, both typed. */
    public static FieldErrors check(String username, String password) {
        return new FieldErrors()
                .check(username == null || username.isBlank(), USERNAME,
                        "Type the scope-map token's name, or the registry's name for its admin user.")
                .check(password == null || password.isEmpty(), PASSWORD, "Type one of its passwords.");
    }

    public RegistryLogin {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "RegistryLogin[" + username + ", (password)]";
    }
}
