package dev.acrconsole.app.kind;

import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;

/** Names of the listings a refresh replaces, as stored in the cache's listing table. */
public final class ListingKeys {
    public static final String TENANTS = "tenants";
    public static final String SUBSCRIPTIONS = "subscriptions";

    private ListingKeys() {}

    /** The subscriptions one tenant's token lists (an account reads each tenant it signed in to apart). */
    public static String subscriptions(String tenantId) {
        return "/tenants/" + tenantId + "|subscriptions";
    }

    /** A listing of one subscription as a whole, e.g. its registries ({@code name} "registries"). */
    public static String ofSubscription(String subscriptionId, String name) {
        return "/subscriptions/" + subscriptionId + "|" + name;
    }

    /** The resources of one collection below a parent, e.g. a registry's private endpoint connections. */
    public static String children(String parentId, ResourceKind kind) {
        return CachedResource.idKey(parentId) + "|" + kind.code();
    }

    /** What a listing's key is of: a parent's id key, a subscription's id, "tenants"... */
    public static String parentOf(String key) {
        int bar = key.lastIndexOf('|');
        return bar < 0 ? null : key.substring(0, bar);
    }
}
