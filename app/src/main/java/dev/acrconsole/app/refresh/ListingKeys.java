package dev.acrconsole.app.refresh;

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

    public static String resourceGroups(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "|resourceGroups";
    }

    public static String registries(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "|registries";
    }

    /** The IoT Operations instances of a subscription (listed for the whole subscription, like registries). */
    public static String iotInstances(String subscriptionId) {
        return "/subscriptions/" + subscriptionId + "|iotInstances";
    }

    /** The resources of one collection below a parent, e.g. a registry's private endpoint connections. */
    public static String children(String parentId, ResourceKind kind) {
        return CachedResource.idKey(parentId) + "|" + kind.code();
    }

    /** The listing a resource of this kind belongs to. */
    public static String of(ResourceKind kind, String id) {
        return switch (kind) {
            case TENANT -> TENANTS;
            case SUBSCRIPTION -> SUBSCRIPTIONS;
            case RESOURCE_GROUP -> resourceGroups(ArmIds.subscription(id));
            case REGISTRY -> registries(ArmIds.subscription(id));
            case IOT_INSTANCE -> iotInstances(ArmIds.subscription(id));
            default -> children(ArmIds.parent(id), kind);
        };
    }
}
