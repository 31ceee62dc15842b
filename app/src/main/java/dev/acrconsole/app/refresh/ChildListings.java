package dev.acrconsole.app.refresh;

import com.azure.core.management.ProxyResource;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;

/**
 * How each child collection is listed through the SDK's typed clients (every page), so its items are parsed by the
 * SDK's models; the cache keeps ARM's JSON of each item (see {@link dev.acrconsole.app.arm.ArmJsonCapture}).
 */
final class ChildListings {
    private ChildListings() {}

    static Iterable<? extends ProxyResource> list(ArmClients arm, CachedResource parent, ResourceKind kind) {
        String subscription = parent.subscriptionId();
        String group = parent.resourceGroup();
        return switch (kind) {
            case PRIVATE_ENDPOINT_CONNECTION -> arm.registries(subscription).serviceClient()
                    .getPrivateEndpointConnections().list(group, parent.name());
            case TASK -> arm.registries(subscription).serviceClient().getTasks().list(group, parent.name());
            case TASK_RUN -> arm.registries(subscription).serviceClient().getTaskRuns().list(group, parent.name());
            case AGENT_POOL -> arm.registries(subscription).serviceClient().getAgentPools().list(group, parent.name());
            case CONNECTED_REGISTRY -> arm.registries(subscription).serviceClient()
                    .getConnectedRegistries().list(group, parent.name());
            case SCOPE_MAP -> arm.registries(subscription).serviceClient().getScopeMaps().list(group, parent.name());
            case TOKEN -> arm.registries(subscription).serviceClient().getTokens().list(group, parent.name());
            default -> throw new IllegalArgumentException("No child listing for " + kind);
        };
    }
}
