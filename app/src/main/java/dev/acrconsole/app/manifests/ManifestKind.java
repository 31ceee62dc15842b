package dev.acrconsole.app.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Sizes;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/** A repository's manifests (tagged or not), from the registry's data plane. */
public final class ManifestKind extends KindDescriptor<ManifestDetails> {
    public static final ResourceKind KIND = ResourceKind.of("manifest");

    public ManifestKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/repositories/manifests", "Manifests", "Manifest",
                new Listing.Contents(RepositoryKind.KIND, "_manifests", "manifests", false, Listing.When.ONCE_OPENED));
    }

    @Override
    protected ManifestDetails details(CachedResource resource) {
        return ManifestDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, ManifestDetails d) {
        return d.fields();
    }

    @Override
    protected String title(Row row, ManifestDetails d) {
        return Digests.shortForm(d.digest());
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                column("Digest", d -> Digests.shortForm(d.digest())),
                column("Tags", d -> String.join(", ", d.tags())),
                column("Size", d -> d.imageSize() == null ? null : Sizes.bytes(d.imageSize()), ManifestDetails::imageSize),
                column("Last updated", d -> Format.armTime(d.lastUpdateTime()), d -> Format.armInstant(d.lastUpdateTime())),
                column("Created", d -> Format.armTime(d.createdTime()), d -> Format.armInstant(d.createdTime())),
                column("Platforms", ManifestDetails::platforms),
                column("Media type", ManifestDetails::mediaType),
                column("Locks", d -> d.locks().summary()));
    }

    /** Newest first, as a person looks for the latest build. */
    @Override
    public SortBy defaultSort() {
        return SortBy.descending("Last updated");
    }

    @Override
    public boolean readsMore() {
        return true;
    }

    /**
     * The manifest document (an image's config and layers, an index's platforms, annotations) and its OCI 1.1
     * referrers, from the registry's data plane ({@link ManifestRead}; not cached). A refusal of the document fails the
     * read with the registry's own code and message; one of the referrers only says so in their place.
     */
    @Override
    public List<DetailField> readMore(ReadContext reads, Row row) {
        ManifestDetails d = row.details(ManifestDetails.class);
        if (reads.dataPlanes() == null) {
            return d.fields(); // a session that reads no registry's contents
        }
        if (d.registry() == null || d.repository() == null || d.digest() == null) {
            throw new IllegalStateException("The cache does not say which registry and repository hold this manifest: "
                    + "refresh its repository's manifests");
        }
        return d.fields(ManifestRead.of(reads.dataPlanes().of(d.registry()), d.repository(), d.digest()));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Tags", "tags[*]"));
    }

    @Override
    public CachedResource fromDataPlane(CachedResource repository, JsonNode manifest, Instant at) {
        String digest = Json.text(manifest, "digest");
        if (digest == null) {
            throw new IllegalStateException("The registry sent a manifest without its digest");
        }
        return contentRow(repository, ContentIds.manifest(repository.id(), digest), digest, manifest, at);
    }

    /** Every row names its registry: a search for the login server finds the registry, not all it holds. */
    @Override
    public java.util.Set<String> unsearched() {
        return java.util.Set.of("registry");
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return ManifestAzCommands.BY_ACTION;
    }
}
