package dev.acrconsole.app.accounts;

import java.util.Optional;

/**
 * Where secrets a user typed (a service principal's client secret, a proxy password) are kept: the OS credential
 * store when it works, else this process's memory only, so they are asked for again next start. Never a file.
 */
public interface SecretStore {
    Optional<String> read(String key);

    void write(String key, String secret);

    void delete(String key);

    /** True when secrets survive a restart (the OS store); false for memory only. */
    boolean persistent();
}
