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
        };
    }

    private static RegistryEndpoint endpoint(CachedResource r) {
        return RegistryEndpoint.parse(r.json());
    }

    private static PrivateEndpointConnectionDetails connection(CachedResource r) {
        return PrivateEndpointConnectionDetails.parse(r.json());
    }
}
