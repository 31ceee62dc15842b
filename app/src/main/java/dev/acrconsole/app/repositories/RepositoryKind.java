package dev.acrconsole.app.repositories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/**
 * A registry's repositories, from its data plane: the catalog names them, each one's attributes say its counts, times
 * and locks. Tree nodes, so each repository's tags and manifests are folders below it.
 */
public final class RepositoryKind extends KindDescriptor<RepositoryDetails> {
    public static final ResourceKind KIND = ResourceKind.of("repository");

    public RepositoryKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/repositories", "Repositories", "Repository",
                new Listing.Contents(RegistryKind.KIND, "_catalog", "repositories", true, Listing.When.ONCE_OPENED));
    }

    @Override
    protected RepositoryDetails details(CachedResource resource) {
        return RepositoryDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, RepositoryDetails d) {
        return d.fields();
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Tags", d -> d.tagCount() == null ? null : String.valueOf(d.tagCount()), RepositoryDetails::tagCount),
                column("Manifests", d -> d.manifestCount() == null ? null : String.valueOf(d.manifestCount()),
                        RepositoryDetails::manifestCount),
                column("Last updated", d -> Format.armTime(d.lastUpdateTime()), d -> Format.armInstant(d.lastUpdateTime())),
                column("Created", d -> Format.armTime(d.createdTime()), d -> Format.armInstant(d.createdTime())),
                column("Locks", d -> d.locks().summary()));
    }

    /** By name, as the registry's catalog lists them. */
    @Override
    public SortBy defaultSort() {
        return SortBy.ascending("Name");
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Tags", "tagCount"), new Watched("Manifests", "manifestCount"));
    }

    @Override
    public CachedResource fromDataPlane(CachedResource registry, JsonNode attributes, Instant at) {
        String name = Json.text(attributes, "imageName");
        if (name == null) {
            throw new IllegalStateException("The registry sent a repository without its name");
        }
        return contentRow(registry, ContentIds.repository(registry.id(), name), name, attributes, at);
    }

    /** Every row names its registry: a search for the login server finds the registry, not all it holds. */
    @Override
    public java.util.Set<String> unsearched() {
        return java.util.Set.of("registry");
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return RepositoryAzCommands.BY_ACTION;
    }
}
