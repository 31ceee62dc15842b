package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ReplaceWatch;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A registry's connected registries (on-premises or edge replicas); their state changes make a history. */
public final class ConnectedRegistryKind extends KindDescriptor<ConnectedRegistryDetails> {
    public static final ResourceKind KIND = ResourceKind.of("connectedRegistry");

    public ConnectedRegistryKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/connectedRegistries", "Connected registries", "Connected registry",
                new Listing.Children(RegistryKind.KIND, "connectedRegistries", ApiVersions.CONNECTED_REGISTRIES,
                Listing.When.ONCE_OPENED));
    }

    @Override
    protected ConnectedRegistryDetails details(CachedResource resource) {
        return ConnectedRegistryDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, ConnectedRegistryDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Mode", ConnectedRegistryDetails::mode),
                column("Connection state", ConnectedRegistryDetails::connectionState),
                column("Activation", ConnectedRegistryDetails::activation),
                column("Version", ConnectedRegistryDetails::version),
                column("Last activity", d -> Format.armTime(d.lastActivityTime())),
                column("Last sync", d -> Format.armTime(d.sync().lastSyncTime())),
                column("Last sync result", d -> d.syncResult() == null ? null : d.syncResult().state()),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Connection state", "properties.connectionState"),
                new Watched("Activation", "properties.activation.status"),
                Watched.PROVISIONING,
                new Watched("Last sync result", "properties.registrySyncResult.syncState"),
                new Watched("Mode", "properties.mode"),
                new Watched("Parent", "properties.parent.id"),
                new Watched("Sync token", "properties.parent.syncProperties.tokenId"),
                new Watched("Sync schedule", "properties.parent.syncProperties.schedule"),
                new Watched("Sync window", "properties.parent.syncProperties.syncWindow"),
                new Watched("Message TTL", "properties.parent.syncProperties.messageTtl"),
                new Watched("Client tokens", "properties.clientTokenIds[*]"),
                new Watched("Log level", "properties.logging.logLevel"),
                new Watched("Audit log", "properties.logging.auditLogStatus"),
                new Watched("Notifications", "properties.notificationsList[*]"));
    }

    @Override
    public ReplaceWatch watch() {
        return ConnectedRegistryWatch.INSTANCE;
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return ConnectedRegistryAzCommands.BY_ACTION;
    }
}
