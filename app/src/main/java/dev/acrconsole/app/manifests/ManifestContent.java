package dev.acrconsole.app.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A manifest document as the registry serves it ({@code GET /v2/<repo>/manifests/<digest>}): an image (config and
 * layers), an index or Docker manifest list (one manifest per platform), or an artifact; its annotations and, for an
 * OCI 1.1 artifact, its subject. Parsed null-tolerant: a missing or unknown value reads as null or empty, never throws.
 */
public record ManifestContent(String mediaType, String artifactType, Descriptor config, List<Descriptor> layers,
                              List<Descriptor> manifests, Map<String, String> annotations, String subject) {
    public static final String OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    public static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    public static final String DOCKER_MANIFEST = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    /** What the details ask for: every manifest and index type an image in ACR has (else an index is refused as unknown). */
    public static final String ACCEPT = String.join(", ", OCI_MANIFEST, OCI_INDEX, DOCKER_MANIFEST, DOCKER_LIST);

    /**
     * What a manifest points at (config, layer, a platform's manifest, a referrer): media type, digest, size, and
     * where given its artifact type, platform and annotations.
     */
    public record Descriptor(String mediaType, String digest, Long size, String artifactType, String os,
                             String architecture, String variant, Map<String, String> annotations) {
        static Descriptor parse(JsonNode d) {
            JsonNode p = d.path("platform");
            JsonNode size = d.path("size");
            return new Descriptor(Json.text(d, "mediaType"), Json.text(d, "digest"),
                    size.canConvertToLong() ? size.asLong() : null, Json.text(d, "artifactType"), Json.text(p, "os"),
                    Json.text(p, "architecture"), Json.text(p, "variant"), Map.copyOf(Json.stringMap(d.path("annotations"))));
        }

        /** "linux/arm64/v8"; null when it names no platform. */
        public String platform() {
            if (os == null && architecture == null) {
                return null;
            }
            return (os == null ? "?" : os) + "/" + (architecture == null ? "?" : architecture) + (variant == null ? "" : "/" + variant);
        }
    }

    /** Parses {@code json}; {@code contentType} (the answer's header) names the type when the document does not. */
    public static ManifestContent parse(String json, String contentType) {
        JsonNode m = Json.read(json);
        String type = Json.text(m, "mediaType");
        if (type == null && contentType != null) {
            int semicolon = contentType.indexOf(';');
            type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        }
        JsonNode config = m.path("config");
        return new ManifestContent(type, Json.text(m, "artifactType"),
                config.isObject() ? Descriptor.parse(config) : null, descriptors(m.path("layers")),
                descriptors(m.path("manifests")), sorted(Json.stringMap(m.path("annotations"))),
                Json.text(m.path("subject"), "digest"));
    }

    /** The referrers of a manifest: the descriptors of the OCI image index {@code GET /v2/<repo>/referrers/<digest>} answers. */
    public static List<Descriptor> referrers(String json) {
        return descriptors(Json.read(json).path("manifests"));
    }

    /** An index or Docker manifest list: it holds one manifest per platform. */
    public boolean isIndex() {
        return OCI_INDEX.equals(mediaType) || DOCKER_LIST.equals(mediaType) || (!manifests.isEmpty() && layers.isEmpty());
    }

    /** The config and every layer, as stored: what pulling this one image moves; null when a size is missing. */
    public Long totalSize() {
        if (config == null || config.size() == null || layers.stream().anyMatch(l -> l.size() == null)) {
            return null;
        }
        return config.size() + layers.stream().mapToLong(Descriptor::size).sum();
    }

    private static List<Descriptor> descriptors(JsonNode array) {
        List<Descriptor> out = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(d -> out.add(Descriptor.parse(d)));
        }
        return List.copyOf(out);
    }

    private static Map<String, String> sorted(Map<String, String> map) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(map));
    }
}
