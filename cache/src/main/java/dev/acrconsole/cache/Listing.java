package dev.acrconsole.cache;

import java.time.Instant;

/** A listing (e.g. the registries of one subscription) and how its last refresh went. */
public record Listing(
        CacheScope scope,
        String key,
        ResourceKind kind,
        Instant lastCompleteAt,
        Instant lastAttemptAt,
        String lastError) {

    public boolean failed() {
        return lastError != null;
    }
}
