package dev.acrconsole.app.registries;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** Container registries (Registries_List per subscription), nodes of the tree under their resource groups. */
public final class RegistryKind extends KindDescriptor<RegistryDetails> {
    public static final ResourceKind KIND = ResourceKind.of("registry");

    public RegistryKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries", "Registries", "Container registry",
                new Listing.PerSubscription("/providers/Microsoft.ContainerRegistry/registries", ApiVersions.REGISTRY,
                "registries"));
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("SKU", "sku.name"), Watched.PROVISIONING,
                new Watched("Public network access", "properties.publicNetworkAccess"));
    }

    @Override
    protected RegistryDetails details(CachedResource resource) {
        return RegistryDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, RegistryDetails d) {
        return d.fields();
    }

    @Override
    protected String parentOf(String id) {
        return resourceGroupOf(id);
    }
}
