package dev.acrconsole.app.refresh;

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
}
