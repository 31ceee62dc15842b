package dev.acrconsole.app.cacherules;

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

/** A registry's cache rules (artifact cache): an upstream repository pulled through into one of the registry's. */
public final class CacheRuleKind extends KindDescriptor<CacheRuleDetails> {
    public static final ResourceKind KIND = ResourceKind.of("cacherule");

    public CacheRuleKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/cacheRules", "Cache rules", "Cache rule",
                new Listing.Children(RegistryKind.KIND, "cacheRules", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected CacheRuleDetails details(CachedResource resource) {
        return CacheRuleDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, CacheRuleDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Source repository", CacheRuleDetails::sourceRepository),
                column("Target repository", CacheRuleDetails::targetRepository),
                column("Credential set", d -> d.credentialSetId() == null ? "(none)" : d.credentialSetName()),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Credential set", "properties.credentialSetResourceId"), Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return CacheRuleAzCommands.BY_ACTION;
    }
}
