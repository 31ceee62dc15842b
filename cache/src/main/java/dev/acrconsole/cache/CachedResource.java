package dev.acrconsole.cache;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One resource as the user saw it: the columns views need, and the full ARM JSON (never a secret,
 * see {@link SecretFilter}). {@code parentId} is the node it sits under in the navigation tree
 * (read back in its lower-cased key form, {@link #idKey}).
 */
public record CachedResource(
        CacheScope scope,
        String id,
        ResourceKind kind,
        String name,
        String type,
        String tenantId,
        String subscriptionId,
        String resourceGroup,
        String location,
        String sku,
        String provisioningState,
        String parentId,
        String json,
        Instant fetchedAt) {

    public CachedResource {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** ARM ids compare case-insensitively; this is the form the cache keys on. */
    public static String idKey(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
