package dev.acrconsole.app.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for this run only: what remains when there is no OS credential store. */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void write(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String toString() {
        return "MemorySecretStore[" + secrets.size() + " entries]"; // never the values
    }
}
