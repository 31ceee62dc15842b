package dev.acrconsole.cache;

import java.util.Set;

/**
 * What one committed write changed: the listings it replaced, added to or marked failed, and the resources it wrote or
 * removed (by id key), of which kinds. Listeners decide from it whether their data is among it, so a page re-reads only
 * when its own rows changed. {@code scope} null with {@link #everything} true: anything may have changed (a scope was
 * deleted, history was cut).
 */
public record CacheChange(CacheScope scope, Set<String> listings, Set<String> resources, Set<ResourceKind> kinds,
                          boolean everything) {
    public CacheChange {
        listings = Set.copyOf(listings);
        resources = Set.copyOf(resources);
        kinds = Set.copyOf(kinds);
    }

    /** A change nobody can narrow down: every listener re-reads. */
    public static CacheChange everything(CacheScope scope) {
        return new CacheChange(scope, Set.of(), Set.of(), Set.of(), true);
    }

    /** Whether rows of {@code scope} may have changed (null: any scope). */
    public boolean inScope(CacheScope other) {
        return scope == null || other == null || scope.equals(other);
    }

    /** Whether the listing {@code key} (of {@code listingScope}, null: any) was replaced, written to or marked. */
    public boolean touchesListing(CacheScope listingScope, String key) {
        return inScope(listingScope) && (everything || listings.contains(key));
    }

    /** Whether the resource {@code id} itself was written or removed. */
    public boolean touchesResource(CacheScope resourceScope, String id) {
        return inScope(resourceScope) && (everything || resources.contains(CachedResource.idKey(id)));
    }

    /** Whether any resource of one of {@code any} kinds was written or removed. */
    public boolean touchesKinds(Set<ResourceKind> any) {
        return everything || kinds.stream().anyMatch(any::contains);
    }
}
