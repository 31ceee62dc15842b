package dev.acrconsole.app.tokens;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What generateCredentials answered: the token's user name and its new passwords, shown once and never stored.
 *
 * @param expiry when each stops working, or null for never
 */
public record GeneratedPasswords(String username, List<Password> passwords) {
    public record Password(String name, Secret value, OffsetDateTime expiry) {}

    public GeneratedPasswords {
        passwords = List.copyOf(passwords);
    }
}
