package dev.acrconsole.cache;

import java.time.Instant;

/**
 * A listing (e.g. the registries of one subscription) and how its last refresh went.
 *
 * @param source where its rows came from when not from ARM's own read ({@link #RESOURCE_GRAPH}); null: from ARM
 */
public record Listing(
        CacheScope scope,
        String key,
        ResourceKind kind,
        Instant lastCompleteAt,
        Instant lastAttemptAt,
        String lastError,
        String source) {

    /** Filled from Azure Resource Graph's inventory query and not yet confirmed by an ARM read. */
    public static final String RESOURCE_GRAPH = "resource-graph";

    public Listing(CacheScope scope, String key, ResourceKind kind, Instant lastCompleteAt, Instant lastAttemptAt,
                   String lastError) {
        this(scope, key, kind, lastCompleteAt, lastAttemptAt, lastError, null);
    }

    public boolean failed() {
        return lastError != null;
    }

    /** Its rows are Resource Graph's, which may lag ARM by minutes, until an ARM read replaces them. */
    public boolean fromResourceGraph() {
        return RESOURCE_GRAPH.equals(source);
    }
}
