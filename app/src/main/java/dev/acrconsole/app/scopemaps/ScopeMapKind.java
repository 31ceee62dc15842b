package dev.acrconsole.app.scopemaps;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** A registry's scope maps: the repository and gateway actions a token may take. */
public final class ScopeMapKind extends KindDescriptor<ScopeMapDetails> {
    public static final ResourceKind KIND = ResourceKind.of("scopeMap");

    public ScopeMapKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/scopeMaps", "Scope maps", "Scope map",
                new Listing.Children(RegistryKind.KIND, "scopeMaps", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected ScopeMapDetails details(CachedResource resource) {
        return ScopeMapDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, ScopeMapDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Type", ScopeMapDetails::type),
                column("Description", ScopeMapDetails::description),
                column("Actions", d -> String.valueOf(d.actions().size())),
                column("Created", d -> Format.armTime(d.creationDate())),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Actions", "properties.actions[*]"), Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return ScopeMapAzCommands.BY_ACTION;
    }
}
