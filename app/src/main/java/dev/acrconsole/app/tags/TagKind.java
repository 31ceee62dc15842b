package dev.acrconsole.app.tags;

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
import dev.acrconsole.app.manifests.Digests;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/** A repository's tags, from the registry's data plane. The change log records a tag that moved to another digest. */
public final class TagKind extends KindDescriptor<TagDetails> {
    public static final ResourceKind KIND = ResourceKind.of("tag");

    public TagKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/repositories/tags", "Tags", "Tag",
                new Listing.Contents(RepositoryKind.KIND, "_tags", "tags", false, Listing.When.ONCE_OPENED));
    }

    @Override
    protected TagDetails details(CachedResource resource) {
        return TagDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, TagDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Tag", Row::name),
                column("Digest", d -> Digests.shortForm(d.digest())),
                column("Last updated", d -> Format.armTime(d.lastUpdateTime()), d -> Format.armInstant(d.lastUpdateTime())),
                column("Created", d -> Format.armTime(d.createdTime()), d -> Format.armInstant(d.createdTime())),
                column("Locks", d -> d.locks().summary()));
    }

    /** Newest first, as a person looks for the latest push. */
    @Override
    public SortBy defaultSort() {
        return SortBy.descending("Last updated");
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Digest", "digest"));
    }

    /**
     * A digest by its first 12 hex digits (as {@code docker images} shows an image), the field saying it is the digest:
     * two whole digests side by side do not fit a row of What changed.
     */
    @Override
    public String changeValue(String field, String value) {
        if (!"Digest".equals(field)) {
            return value;
        }
        String shortForm = Digests.shortForm(value);
        return shortForm.substring(shortForm.indexOf(':') + 1);
    }

    @Override
    public CachedResource fromDataPlane(CachedResource repository, JsonNode tag, Instant at) {
        String name = Json.text(tag, "name");
        if (name == null) {
            throw new IllegalStateException("The registry sent a tag without its name");
        }
        return contentRow(repository, ContentIds.tag(repository.id(), name), name, tag, at);
    }

    /** Every row names its registry: a search for the login server finds the registry, not all it holds. */
    @Override
    public java.util.Set<String> unsearched() {
        return java.util.Set.of("registry");
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return TagAzCommands.BY_ACTION;
    }
}
