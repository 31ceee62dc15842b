package dev.acrconsole.app.manifests;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.Sizes;
import dev.acrconsole.app.repositories.Locks;
import java.util.ArrayList;
import java.util.List;

/**
 * A manifest as ACR's attributes describe it (GetManifestList, GetManifestAttributes): size, times, platform, tags,
 * locks, and for an index the platforms of the manifests it references.
 */
public record ManifestDetails(String registry, @JsonProperty("imageName") String repository, String digest, Long imageSize,
                              String createdTime, String lastUpdateTime, String architecture, String os, String mediaType,
                              String configMediaType, List<String> tags, List<Platform> references,
                              @JsonProperty("changeableAttributes") Locks locks) {
    public ManifestDetails {
        tags = tags == null ? List.of() : List.copyOf(tags);
        references = references == null ? List.of() : List.copyOf(references);
        locks = locks == null ? Locks.NONE : locks;
    }

    /** A manifest an index references, and its platform. */
    public record Platform(String digest, String architecture, String os) {
        public String label() {
            return (os == null ? "?" : os) + "/" + (architecture == null ? "?" : architecture);
        }
    }

    public static ManifestDetails parse(String json) {
        return Json.bind(json, ManifestDetails.class);
    }

    /**
     * An OCI artifact of the kind that refers to another manifest: a signature, an SBOM, an attestation (an empty config,
     * as OCI 1.1 and {@code oras attach} make them, or Notation's signature config). ACR's list does not say whether a
     * manifest has a subject; its document does, and {@code acr purge --untagged} keeps those that have one.
     */
    public boolean isReferrerArtifact() {
        return configMediaType != null && REFERRER_CONFIGS.contains(configMediaType.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> REFERRER_CONFIGS = java.util.Set.of(
            "application/vnd.oci.empty.v1+json", "application/vnd.cncf.notary.signature");

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
                DetailField.copyable("Pull by digest", pullByDigest()));
    }

    /**
     * The fields with what the manifest document and its referrers add: for an image its config, layers and total
     * size; for an index each platform with its manifest's digest (short forms: the table's rows, where they are); annotations; referrers by what they are (or the
     * registry's refusal of them, in its words).
     */
    public List<DetailField> fields(ManifestRead read) {
        ManifestContent content = read.content();
        List<ManifestContent.Descriptor> referrers = read.referrers();
        String referrersProblem = read.referrersProblem();
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Digest", digest));
        f.add(new DetailField("Tags", tags.isEmpty() ? "untagged" : String.join(", ", tags)));
        f.add(new DetailField("Media type", content.mediaType() != null ? content.mediaType() : mediaType));
        if (content.artifactType() != null) {
            f.add(new DetailField("Artifact type", ArtifactTypes.describe(content.artifactType()) + " (" + content.artifactType() + ")"));
        }
        if (content.isIndex()) {
            f.add(new DetailField("Size", imageSize == null ? null : Sizes.bytes(imageSize)));
            f.add(new DetailField("Platforms", content.manifests().isEmpty() ? "none" : lines(content.manifests().stream()
                    .map(m -> (m.platform() == null ? "no platform" : m.platform()) + "  " + Digests.shortForm(m.digest())).toList())));
        } else {
            f.add(new DetailField("Platform", platforms()));
            ManifestContent.Descriptor c = content.config();
            f.add(new DetailField("Config", c == null ? null : String.join("  ·  ", Digests.shortForm(c.digest()), size(c.size()), String.valueOf(c.mediaType()))));
            f.add(new DetailField("Layers", content.layers().isEmpty() ? "none" : lines(content.layers().stream()
                    .map(l -> String.join("  ·  ", Digests.shortForm(l.digest()), size(l.size()), String.valueOf(l.mediaType()))).toList())));
            Long total = content.totalSize();
            f.add(new DetailField("Total size", total == null ? null
                    : Sizes.bytes(total) + " (config and " + content.layers().size() + " layer" + (content.layers().size() == 1 ? "" : "s") + ")"));
        }
        if (content.subject() != null) {
            f.add(new DetailField("Refers to", content.subject()));
        }
        f.add(new DetailField("Annotations", content.annotations().isEmpty() ? "none" : lines(content.annotations().entrySet()
                .stream().map(e -> e.getKey() + " = " + e.getValue()).toList())));
        f.add(new DetailField("Referrers", referrersProblem != null ? referrersProblem : referrers.isEmpty() ? "none"
                : lines(referrers.stream().map(r -> ArtifactTypes.describe(r.artifactType()) + "  " + Digests.shortForm(r.digest())
                        + (r.artifactType() == null ? "" : "  (" + r.artifactType() + ")")).toList())));
        f.add(new DetailField("Created", Format.armTime(createdTime)));
        f.add(new DetailField("Last updated", Format.armTime(lastUpdateTime)));
        f.add(new DetailField("Locks", locks.summary().isEmpty() ? "none" : locks.summary()));
        f.add(DetailField.copyable("Pull by digest", pullByDigest()));
        return List.copyOf(f);
    }

    private static String size(Long bytes) {
        return bytes == null ? "size unknown" : Sizes.bytes(bytes);
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines);
    }
}
