package dev.acrconsole.app.registryendpoints;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.iotinstances.IotInstanceKind;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/**
 * An IoT Operations instance's registry endpoints: read with their instance in every refresh (few and small), so a
 * registry's page can say which endpoints point at it.
 */
public final class RegistryEndpointKind extends KindDescriptor<RegistryEndpoint> {
    public static final ResourceKind KIND = ResourceKind.of("registryEndpoint");

    public RegistryEndpointKind() {
        super(KIND, "Microsoft.IoTOperations/instances/registryEndpoints", "Registry endpoints", "IoT Operations registry endpoint",
                new Listing.Children(IotInstanceKind.KIND, "registryEndpoints", ApiVersions.IOT_OPERATIONS,
                Listing.When.WITH_PARENT));
    }

    @Override
    protected RegistryEndpoint details(CachedResource resource) {
        return RegistryEndpoint.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, RegistryEndpoint details) {
        return details.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Host", RegistryEndpoint::host),
                column("Authentication", e -> e.authentication().label()),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Host", "properties.host"),
                new Watched("Authentication", "properties.authentication.method"),
                new Watched("Client ID", "properties.authentication.userAssignedManagedIdentitySettings.clientId"),
                new Watched("Tenant ID", "properties.authentication.userAssignedManagedIdentitySettings.tenantId"),
                new Watched("Secret reference", "properties.authentication.artifactPullSecretSettings.secretRef"),
                new Watched("Code-signing CAs", "properties.codeSigningCas[*]"),
                Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return RegistryEndpointAzCommands.BY_ACTION;
    }
}
