package dev.acrconsole.app.model;

import dev.acrconsole.app.iotoperations.RegistryEndpoint;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** The columns each kind of child resource shows in its table (a registry's private endpoint connections, ...). */
public final class ResourceTables {
    private ResourceTables() {}

    public static List<TableColumn> columns(ResourceKind kind) {
        return switch (kind) {
            case PRIVATE_ENDPOINT_CONNECTION -> List.of(
                    new TableColumn("Private endpoint", r -> connection(r).privateEndpointName()),
                    new TableColumn("Status", r -> connection(r).status()),
                    new TableColumn("Description", r -> connection(r).description()),
                    new TableColumn("Actions required", r -> connection(r).actionsRequired()),
                    new TableColumn("Provisioning", r -> connection(r).provisioningState()));
            case REGISTRY_ENDPOINT -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Host", r -> endpoint(r).host()),
                    new TableColumn("Authentication", r -> endpoint(r).authentication().label()),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            case TASK -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Status", r -> task(r).status()),
                    new TableColumn("Platform", r -> task(r).os()),
                    new TableColumn("Step", r -> task(r).stepType()),
                    new TableColumn("Triggers", r -> task(r).triggerSummary()),
                    new TableColumn("Agent pool", r -> task(r).agentPool()),
                    new TableColumn("Timeout", r -> task(r).timeout() == null ? null : task(r).timeout() + " s"),
                    new TableColumn("Created", r -> task(r).created()));
            case RUN -> RunColumns.ALL;
            case TASK_RUN -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Task", r -> TaskRunDetails.parse(r.json()).task()),
                    new TableColumn("Last run", r -> TaskRunDetails.parse(r.json()).runId()),
                    new TableColumn("Run status", r -> TaskRunDetails.parse(r.json()).runStatus()),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            case AGENT_POOL -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Agents", r -> String.valueOf(AgentPoolDetails.parse(r.json()).count())),
                    new TableColumn("Tier", r -> AgentPoolDetails.parse(r.json()).tier()),
                    new TableColumn("OS", r -> AgentPoolDetails.parse(r.json()).os()),
                    new TableColumn("Subnet", r -> AgentPoolDetails.parse(r.json()).subnet()),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            case CONNECTED_REGISTRY -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Mode", r -> connected(r).mode()),
                    new TableColumn("Connection state", r -> connected(r).connectionState()),
                    new TableColumn("Activation", r -> connected(r).activation()),
                    new TableColumn("Version", r -> connected(r).version()),
                    new TableColumn("Last activity", r -> Format.armTime(connected(r).lastActivityTime())),
                    new TableColumn("Last sync", r -> Format.armTime(connected(r).sync().lastSyncTime())),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            case SCOPE_MAP -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Type", r -> scopeMap(r).type()),
                    new TableColumn("Description", r -> scopeMap(r).description()),
                    new TableColumn("Actions", r -> String.valueOf(scopeMap(r).actions().size())),
                    new TableColumn("Created", r -> Format.armTime(scopeMap(r).creationDate())),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            case TOKEN -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Status", r -> token(r).status()),
                    new TableColumn("Scope map", r -> token(r).scopeMapName()),
                    new TableColumn("Created", r -> Format.armTime(token(r).creationDate())),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
            default -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
        };
    }

    /** The title of a kind's table, e.g. "Private endpoint connections". */
    public static String title(ResourceKind kind) {
        return switch (kind) {
            case PRIVATE_ENDPOINT_CONNECTION -> "Private endpoint connections";
            case CONNECTED_REGISTRY -> "Connected registries";
            case SCOPE_MAP -> "Scope maps";
            case TOKEN -> "Tokens";
            case REGISTRY -> "Registries";
            case RESOURCE_GROUP -> "Resource groups";
            case SUBSCRIPTION -> "Subscriptions";
            case TENANT -> "Tenants";
            case IOT_INSTANCE -> "IoT Operations instances";
            case REGISTRY_ENDPOINT -> "Registry endpoints";
            case TASK -> "Tasks";
            case RUN -> "Runs";
            case TASK_RUN -> "Task runs";
            case AGENT_POOL -> "Agent pools";
        };
    }

    private static RegistryEndpoint endpoint(CachedResource r) {
        return RegistryEndpoint.parse(r.json());
    }

    private static TaskDetails task(CachedResource r) {
        return TaskDetails.parse(r.json());
    }

    private static ConnectedRegistryDetails connected(CachedResource r) {
        return ConnectedRegistryDetails.parse(r.json());
    }

    private static ScopeMapDetails scopeMap(CachedResource r) {
        return ScopeMapDetails.parse(r.json());
    }

    private static TokenDetails token(CachedResource r) {
        return TokenDetails.parse(r.json());
    }

    private static PrivateEndpointConnectionDetails connection(CachedResource r) {
        return PrivateEndpointConnectionDetails.parse(r.json());
    }
}
