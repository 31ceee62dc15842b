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
            default -> List.of(
                    new TableColumn("Name", CachedResource::name),
                    new TableColumn("Provisioning", CachedResource::provisioningState));
        };
    }

    /** The title of a kind's table, e.g. "Private endpoint connections". */
    public static String title(ResourceKind kind) {
        return switch (kind) {
            case PRIVATE_ENDPOINT_CONNECTION -> "Private endpoint connections";
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

    private static PrivateEndpointConnectionDetails connection(CachedResource r) {
        return PrivateEndpointConnectionDetails.parse(r.json());
    }
}
