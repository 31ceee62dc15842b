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

    /**
     * Why {@code id} is not the ARM id of one resource, or null when it is. An ARM id is {@code /type/name} pairs
     * ({@code /subscriptions/s}, {@code /tenants/t}, {@code .../providers/NS/type/name[/type/name...]}), so it has an
     * even number of path segments; an odd number names a collection (e.g. {@code .../registries/r/runs}).
     */
    public static String notAResourceId(String id) {
        if (id == null || id.isBlank()) {
            return "the id is empty";
        }
        if (!id.startsWith("/")) {
            return "an ARM id starts with '/'";
        }
        String[] segments = id.substring(1).split("/", -1);
        for (String segment : segments) {
            if (segment.isBlank()) {
                return "it has an empty path segment";
            }
        }
        return segments.length % 2 == 0 ? null
                : "it names a collection (an odd number of path segments), not one resource";
    }

    /** ARM ids compare case-insensitively; this is the form the cache keys on. */
    public static String idKey(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
