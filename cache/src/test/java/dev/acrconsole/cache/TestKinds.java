package dev.acrconsole.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The kinds these tests store, and a policy like the app's kind registry gives (the cache itself names no kind): the
 * app's own tests check the registry's policy against the real descriptors.
 */
final class TestKinds {
    static final ResourceKind TENANT = ResourceKind.of("tenant");
    static final ResourceKind SUBSCRIPTION = ResourceKind.of("subscription");
    static final ResourceKind RESOURCE_GROUP = ResourceKind.of("resourceGroup");
    static final ResourceKind REGISTRY = ResourceKind.of("registry");
    static final ResourceKind PRIVATE_ENDPOINT_CONNECTION = ResourceKind.of("privateEndpointConnection");
    static final ResourceKind IOT_INSTANCE = ResourceKind.of("iotInstance");
    static final ResourceKind REGISTRY_ENDPOINT = ResourceKind.of("registryEndpoint");
    static final ResourceKind CONNECTED_REGISTRY = ResourceKind.of("connectedRegistry");
    static final ResourceKind RUN = CachedRuns.KIND;

    private static final String PROVISIONING = "Provisioning state";

    static final CachePolicy POLICY = new CachePolicy(
            Map.of(
                    "Microsoft.Resources/subscriptions", rule("State", "state"),
                    "Microsoft.ContainerRegistry/registries", rule("SKU", "sku.name", PROVISIONING,
                            "properties.provisioningState", "Public network access", "properties.publicNetworkAccess"),
                    "Microsoft.ContainerRegistry/registries/privateEndpointConnections", rule("Connection status",
                            "properties.privateLinkServiceConnectionState.status", PROVISIONING, "properties.provisioningState"),
                    "Microsoft.ContainerRegistry/registries/connectedRegistries", rule("Connection state",
                            "properties.connectionState", "Activation", "properties.activation.status", PROVISIONING,
                            "properties.provisioningState"),
                    "Microsoft.ContainerRegistry/registries/tokens", rule("Status", "properties.status", "Expiry",
                            "properties.credentials.passwords[].expiry", PROVISIONING, "properties.provisioningState"),
                    "Microsoft.ContainerRegistry/registries/runs", rule("Run status", "properties.status")),
            Set.of("logArtifactLink", "contextAccessToken", "updateTriggerToken", "encodedValuesContent", "logLink"),
            Map.of("Microsoft.ContainerRegistry/registries", Set.of("privateEndpointConnections")),
            Set.of(SUBSCRIPTION, RESOURCE_GROUP, REGISTRY, IOT_INSTANCE));

    private TestKinds() {}

    private static Map<String, String> rule(String... labelsAndPaths) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndPaths.length; i += 2) {
            fields.put(labelsAndPaths[i], labelsAndPaths[i + 1]);
        }
        return fields;
    }
}
