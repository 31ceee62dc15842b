package dev.acrconsole.sandbox;

/** Microsoft.ContainerRegistry/registries endpoints. */
final class RegistriesApi {

    // What azure-resourcemanager-containerregistry 2.54.1 sends for registries (RegistriesClientImpl); same as the examples.
    static final ApiVersions REGISTRIES = ApiVersions.provider("registries", "2025-11-01");

    private static final String TYPE = "Microsoft.ContainerRegistry/registries";
    private static final String BY_GROUP =
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries";

    private final SandboxData data;
    private final Pager pager;

    RegistriesApi(SandboxData data, Pager pager) {
        this.data = data;
        this.pager = pager;
    }

    void register(Router router) {
        router.get("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/registries", REGISTRIES, r -> {
            SandboxData.Subscription s = ResourcesApi.subscription(data, r);
            return pager.page(r, data.registries(s.subscriptionId()), SandboxData.Registry::json);
        });
        router.get(BY_GROUP, REGISTRIES, r -> {
            SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
            return pager.page(r, data.registries(g.subscriptionId(), g.name()), SandboxData.Registry::json);
        });
        router.get(BY_GROUP + "/{registryName}", REGISTRIES, r -> Response.ok(registry(r).json()));
    }

    private SandboxData.Registry registry(Request r) {
        SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
        String name = r.var("registryName");
        return data.registry(g.subscriptionId(), g.name(), name)
                .orElseThrow(() -> ArmException.resourceNotFound(TYPE, name, r.var("resourceGroupName")));
    }
}
