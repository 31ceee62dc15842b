package dev.acrconsole.sandbox;

/**
 * Microsoft.Resources endpoints: tenants, subscriptions, resource groups, and the generic resource lists of a
 * subscription or a resource group (Resources_List, Resources_ListByResourceGroup) with their {@code $filter}.
 */
final class ResourcesApi {

    /** The tracked types (those with a location) that ARM's generic resource lists show. */
    private static final java.util.Set<String> TRACKED = java.util.Set.of(RegistriesApi.TYPE, ReplicationsApi.TYPE,
            WebhooksApi.TYPE, "Microsoft.ContainerRegistry/registries/tasks", "Microsoft.ContainerRegistry/registries/taskRuns",
            "Microsoft.ContainerRegistry/registries/agentPools", IotOperationsData.INSTANCE_TYPE);
    private static final java.util.List<String> GENERIC_FIELDS = java.util.List.of("id", "name", "type", "sku", "kind",
            "location", "extendedLocation", "identity", "tags");

    private static final ApiVersions SUBSCRIPTIONS = ApiVersions.SUBSCRIPTIONS;
    private static final ApiVersions RESOURCE_GROUPS = ApiVersions.RESOURCE_GROUPS;

    private final SandboxData data;
    private final ResourceState state;
    private final Pager pager;

    ResourcesApi(SandboxData data, ResourceState state, Pager pager) {
        this.data = data;
        this.state = state;
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
        router.get("/subscriptions/{subscriptionId}/resources", RESOURCE_GROUPS,
                r -> resources(r, subscription(data, r).id()));
        router.get("/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/resources", RESOURCE_GROUPS,
                r -> resources(r, resourceGroup(data, r).id()));
    }

    /** A generic resource list: every tracked resource in the scope that the filter keeps, in ARM's generic shape. */
    private Response resources(Request r, String scopeId) {
        java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> filter = ResourceFilter.parse(r.param("$filter"));
        java.util.List<com.fasterxml.jackson.databind.node.ObjectNode> kept = state.under(scopeId, TRACKED).stream()
                .filter(filter).toList();
        return pager.page(r, kept, ResourcesApi::generic, java.util.List.of("$filter"));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode generic(com.fasterxml.jackson.databind.node.ObjectNode resource) {
        com.fasterxml.jackson.databind.node.ObjectNode n = ArmJson.MAPPER.createObjectNode();
        for (String field : GENERIC_FIELDS) {
            if (resource.hasNonNull(field)) {
                n.set(field, resource.get(field));
            }
        }
        return n;
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
