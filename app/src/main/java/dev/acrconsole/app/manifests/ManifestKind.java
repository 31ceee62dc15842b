package dev.acrconsole.app.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
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
                column("Size", d -> d.imageSize() == null ? null : Sizes.bytes(d.imageSize())),
                column("Last updated", d -> Format.armTime(d.lastUpdateTime())),
                column("Created", d -> Format.armTime(d.createdTime())),
                column("Platforms", ManifestDetails::platforms),
                column("Media type", ManifestDetails::mediaType),
                column("Locks", d -> d.locks().summary()));
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
}
