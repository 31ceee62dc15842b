package dev.acrconsole.app.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.repositories.Locks;
import java.util.ArrayList;
import java.util.List;

/**
 * A manifest as ACR's attributes describe it (GetManifestList, GetManifestAttributes): size, times, platform, tags,
 * locks, and for an index the platforms of the manifests it references.
 */
public record ManifestDetails(String registry, String repository, String digest, Long imageSize, String createdTime,
                              String lastUpdateTime, String architecture, String os, String mediaType,
                              String configMediaType, List<String> tags, List<Platform> references, Locks locks) {

    /** A manifest an index references, and its platform. */
    public record Platform(String digest, String architecture, String os) {
        public String label() {
            return (os == null ? "?" : os) + "/" + (architecture == null ? "?" : architecture);
        }
    }

    public static ManifestDetails parse(String json) {
        return parse(Json.read(json));
    }

    public static ManifestDetails parse(JsonNode m) {
        List<Platform> refs = new ArrayList<>();
        for (JsonNode r : m.path("references")) {
            refs.add(new Platform(Json.text(r, "digest"), Json.text(r, "architecture"), Json.text(r, "os")));
        }
        JsonNode size = m.path("imageSize");
        return new ManifestDetails(Json.text(m, "registry"), Json.text(m, "imageName"), Json.text(m, "digest"),
                size.canConvertToLong() ? size.asLong() : null, Json.text(m, "createdTime"), Json.text(m, "lastUpdateTime"),
                Json.text(m, "architecture"), Json.text(m, "os"), Json.text(m, "mediaType"), Json.text(m, "configMediaType"),
                Json.strings(m.path("tags")), List.copyOf(refs), Locks.parse(m));
    }

    /** An image index (or Docker manifest list): it holds other manifests, one per platform. */
    public boolean isIndex() {
        return !references.isEmpty() || (mediaType != null && (mediaType.endsWith("image.index.v1+json")
                || mediaType.endsWith("manifest.list.v2+json")));
    }

    /** "linux/amd64", or an index's platforms, comma-separated. */
    public String platforms() {
        if (!references.isEmpty()) {
            return String.join(", ", references.stream().map(Platform::label).toList());
        }
        return os == null && architecture == null ? null : new Platform(digest, architecture, os).label();
    }

    public String pullByDigest() {
        return registry == null || repository == null ? null : registry + "/" + repository + "@" + digest;
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Digest", digest),
                new DetailField("Tags", tags.isEmpty() ? "untagged" : String.join(", ", tags)),
                new DetailField("Size", imageSize == null ? null : Sizes.bytes(imageSize)),
                new DetailField("Media type", mediaType),
                new DetailField("Config media type", configMediaType),
                new DetailField("Platforms", platforms()),
                new DetailField("Created", Format.armTime(createdTime)),
                new DetailField("Last updated", Format.armTime(lastUpdateTime)),
                new DetailField("Locks", locks.summary().isEmpty() ? "none" : locks.summary()),
                new DetailField("Pull by digest", pullByDigest()));
    }
}
