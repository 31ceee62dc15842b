package dev.acrconsole.app.model;

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
        };
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
