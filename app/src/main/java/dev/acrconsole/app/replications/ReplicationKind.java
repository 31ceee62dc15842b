package dev.acrconsole.app.replications;

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
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A Premium registry's geo-replicas, one per region (its home region's among them). */
public final class ReplicationKind extends KindDescriptor<ReplicationDetails> {
    public static final ResourceKind KIND = ResourceKind.of("replication");

    public ReplicationKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/replications", "Replications", "Replication",
                new Listing.Children(RegistryKind.KIND, "replications", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected ReplicationDetails details(CachedResource resource) {
        return ReplicationDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, ReplicationDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Location", ReplicationDetails::location),
                column("Status", ReplicationDetails::status),
                new TableColumn("Provisioning", Row::provisioningState),
                column("Zone redundancy", ReplicationDetails::zoneRedundancy),
                column("Regional endpoint", d -> Format.enabled(d.endpointEnabled())));
    }

    /** A replica that stops being Ready (Failed, Syncing...) is what an owner wants to hear about. */
    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Status", "properties.status.displayStatus"),
                Watched.PROVISIONING,
                new Watched("Regional endpoint", "properties.regionEndpointEnabled"),
                new Watched("Zone redundancy", "properties.zoneRedundancy"));
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return ReplicationAzCommands.BY_ACTION;
    }
}
