package dev.acrconsole.cache;

import java.util.Objects;

/**
 * Whose view of Azure a cached row belongs to: one account in one cloud. Rows of different
 * scopes never mix, so one account never sees another's cached data.
 */
public record CacheScope(String account, String cloud) {
    public CacheScope {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(cloud, "cloud");
    }

    public String key() {
        return account + "@" + cloud;
    }

    public static CacheScope fromKey(String key) {
        int at = key.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("Not a scope key: " + key);
        }
        return new CacheScope(key.substring(0, at), key.substring(at + 1));
    }
}
