package dev.acrconsole.app.privateendpoints;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A registry's private endpoint connections: carried in the registry's own JSON, so every registry read refreshes them. */
public final class PrivateEndpointConnectionKind extends KindDescriptor<PrivateEndpointConnectionDetails> {
    public static final ResourceKind KIND = ResourceKind.of("privateEndpointConnection");

    public PrivateEndpointConnectionKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/privateEndpointConnections", "Private endpoint connections", "Private endpoint connection",
                new Listing.Children(RegistryKind.KIND, "privateEndpointConnections", ApiVersions.REGISTRY,
                Listing.When.IN_PARENT, "privateEndpointConnections"));
    }

    @Override
    protected PrivateEndpointConnectionDetails details(CachedResource resource) {
        return PrivateEndpointConnectionDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, PrivateEndpointConnectionDetails d) {
        return d.fields();
    }

    /** Named after its private endpoint, as its owner calls it. */
    @Override
    protected String title(Row row, PrivateEndpointConnectionDetails d) {
        return d.privateEndpointName();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                column("Private endpoint", PrivateEndpointConnectionDetails::privateEndpointName),
                column("Status", PrivateEndpointConnectionDetails::status),
                column("Description", PrivateEndpointConnectionDetails::description),
                column("Actions required", PrivateEndpointConnectionDetails::actionsRequired),
                column("Provisioning", PrivateEndpointConnectionDetails::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Connection status", "properties.privateLinkServiceConnectionState.status"),
                new Watched("Private endpoint", "properties.privateEndpoint.id"), Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return ConnectionAzCommands.BY_ACTION;
    }
}
