package dev.acrconsole.sandbox;

/** Microsoft.Resources endpoints: tenants, subscriptions, resource groups. */
final class ResourcesApi {

    private static final ApiVersions SUBSCRIPTIONS = ApiVersions.SUBSCRIPTIONS;
    private static final ApiVersions RESOURCE_GROUPS = ApiVersions.RESOURCE_GROUPS;

    private final SandboxData data;
    private final Pager pager;

    ResourcesApi(SandboxData data, Pager pager) {
        this.data = data;
        this.pager = pager;
    }

    void register(Router router) {
        router.get("/tenants", SUBSCRIPTIONS, r -> pager.page(r, r.access().tenants(data), SandboxData.Tenant::json));
        router.get("/subscriptions", SUBSCRIPTIONS, r -> pager.page(r,
                data.subscriptions().stream().filter(r.access()::lists).toList(), SandboxData.Subscription::json));
        router.get("/subscriptions/{subscriptionId}", SUBSCRIPTIONS, r -> Response.ok(subscription(data, r).json()));
        router.get("/subscriptions/{subscriptionId}/resourcegroups", RESOURCE_GROUPS,
                r -> pager.page(r, data.resourceGroups(subscription(data, r).subscriptionId()), SandboxData.ResourceGroup::json));
        router.get("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}", RESOURCE_GROUPS,
                r -> Response.ok(resourceGroup(data, r).json()));
    }

    /**
     * The request's {subscriptionId}, or ARM's 404 for it, or 403 when the token's principal has no role on it.
     * Shared by every provider's routes, so a principal never reaches another's resources.
     */
    static SandboxData.Subscription subscription(SandboxData data, Request r) {
        String id = r.var("subscriptionId");
        SandboxData.Subscription s = data.subscription(id).orElseThrow(() -> ArmException.subscriptionNotFound(id));
        if (!r.access().reaches(s)) {
            throw new ArmException(403, "AuthorizationFailed", "The client '" + r.access().principal().name()
                    + "' does not have authorization to perform action 'read' over scope '" + s.id()
                    + "' or the scope is invalid.");
        }
        return s;
    }

    /** The request's {resourceGroupName} within its subscription, or ARM's 404 for whichever is missing. */
    static SandboxData.ResourceGroup resourceGroup(SandboxData data, Request r) {
        SandboxData.Subscription s = subscription(data, r);
        String name = r.var("resourceGroupName");
        return data.resourceGroup(s.subscriptionId(), name).orElseThrow(() -> ArmException.resourceGroupNotFound(name));
    }
}
