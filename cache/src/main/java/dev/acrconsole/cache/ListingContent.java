package dev.acrconsole.cache;

import java.util.Collection;
import java.util.List;

/**
 * What one listing delivered, to replace what it delivered before. {@code parentId} is the resource the collection is
 * below (null for a listing of a subscription or above): a fill ({@link ResourceStore#fillListings}) writes it only
 * while that resource is cached.
 */
public record ListingContent(String key, ResourceKind kind, Collection<CachedResource> resources, String parentId) {
    public ListingContent {
        resources = List.copyOf(resources);
    }

    public ListingContent(String key, ResourceKind kind, Collection<CachedResource> resources) {
        this(key, kind, resources, null);
    }
}
