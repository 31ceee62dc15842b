package dev.acrconsole.cache;

import java.util.Collection;
import java.util.List;

/** What one listing delivered, to replace what it delivered before. */
public record ListingContent(String key, ResourceKind kind, Collection<CachedResource> resources) {
    public ListingContent {
        resources = List.copyOf(resources);
    }
}
