package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Docker/OCI distribution API under {@code /v2/}: catalog, tags, manifests, blobs and referrers. */
final class Distribution {

    private final Contents contents;
    private final Access access;

    Distribution(Contents contents, Access access) {
        this.contents = contents;
        this.access = access;
    }

    /** {@code /v2/_catalog} and {@code /acr/v1/_catalog}: the repositories the caller sees, by name. */
    DataResponse catalog(DataPlane.Context c, String path) {
        Permissions p = access.check(c, Access.Need.CATALOG);
        List<String> names = c.registry().repositories.values().stream()
                .filter(r -> r.attributes.listEnabled() && p.sees(r.name)).map(r -> r.name).toList();
        Pages.Page<String> page = Pages.page(c.request(), names, n -> n, true);
        ObjectNode body = Json.object();
        page.items().forEach(body.putArray("repositories")::add);
        return DataPlane.json(200, body, Pages.link(path, page, null));
    }

    DataResponse tagList(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "pull"));
        Repository repo = repository(c, name);
        List<String> tags = repo.tags.values().stream().filter(t -> t.attributes.listEnabled()).map(t -> t.name).toList();
        Pages.Page<String> page = Pages.page(c.request(), tags, t -> t, true);
        ObjectNode body = Json.object().put("name", name);
        page.items().forEach(body.putArray("tags")::add);
        return DataPlane.json(200, body, Pages.link("/v2/" + name + "/tags/list", page, null));
    }

    /**
     * A manifest by tag or digest, in its own media type. An index or manifest list is served only to a client whose
     * Accept names its type (or any type), as the distribution registry does; an image manifest to any client.
     */
    DataResponse manifest(DataPlane.Context c, String name, String reference) {
        access.check(c, Access.Need.repository(name, "pull"));
        Repository repo = repository(c, name);
        Manifest m = resolve(repo, reference);
        if (!repo.attributes.readEnabled() || !m.attributes.readEnabled()
                || (!reference.startsWith("sha256:") && !repo.tags.get(reference).attributes.readEnabled())) {
            throw AcrError.disallowed();
        }
        if (m.isIndex() && !accepts(c.request().header("Accept"), m.mediaType)) {
            throw new AcrError(404, "MANIFEST_UNKNOWN", "OCI index found, but accept header does not support OCI indexes");
        }
        return DataResponse.of(200, m.mediaType, m.bytes, Map.of("Docker-Content-Digest", m.digest,
                "ETag", "\"" + m.digest + "\""));
    }

    /** By digest: the manifest with its tags and referrers. By tag (OCI 1.1): the tag only. */
    DataResponse deleteManifest(DataPlane.Context c, String name, String reference) {
        access.check(c, Access.Need.repository(name, "delete"));
        Repository repo = repository(c, name);
        if (!reference.startsWith("sha256:")) {
            Tag t = repo.tags.get(reference);
            if (t == null) {
                throw AcrError.manifestUnknown(reference);
            }
            if (!t.attributes.deletable() || !repo.attributes.deletable()) {
                throw AcrError.disallowed();
            }
            contents.write(Contents.op("deleteTag", c.loginServer(), name).put("reference", reference));
            return DataResponse.empty(202);
        }
        Manifest m = resolve(repo, reference);
        checkDeletable(repo, m);
        contents.write(Contents.op("deleteManifest", c.loginServer(), name).put("reference", m.digest));
        return DataResponse.empty(202);
    }

    /** Refuses (405) the delete of a manifest that is locked, in a locked repository, or carries a locked tag. */
    static void checkDeletable(Repository repo, Manifest m) {
        boolean lockedTag = repo.tags.values().stream().anyMatch(t -> t.digest.equals(m.digest) && !t.attributes.deletable());
        if (!repo.attributes.deletable() || !m.attributes.deletable() || lockedTag) {
            throw AcrError.disallowed();
        }
    }

    /** A config or layer of one of the repository's manifests. */
    DataResponse blob(DataPlane.Context c, String name, String digest) {
        access.check(c, Access.Need.repository(name, "pull"));
        Repository repo = repository(c, name);
        byte[] bytes = c.registry().blobs.get(digest);
        if (bytes == null || repo.manifests.values().stream()
                .noneMatch(m -> new String(m.bytes, StandardCharsets.UTF_8).contains("\"" + digest + "\""))) {
            throw AcrError.blobUnknown(digest);
        }
        return DataResponse.of(200, "application/octet-stream", bytes, Map.of("Docker-Content-Digest", digest));
    }

    /** OCI 1.1's referrers API: an image index of the manifests whose subject is {@code digest}. */
    DataResponse referrers(DataPlane.Context c, String name, String digest) {
        access.check(c, Access.Need.repository(name, "pull"));
        Repository repo = repository(c, name);
        if (!digest.startsWith("sha256:")) {
            throw new AcrError(400, "DIGEST_INVALID", "provided digest did not match uploaded content");
        }
        String filter = c.request().param("artifactType");
        ObjectNode index = Json.object().put("schemaVersion", 2).put("mediaType", MediaTypes.OCI_INDEX);
        ArrayNode list = index.putArray("manifests");
        for (Manifest m : repo.referrers(digest)) {
            if (filter != null && !filter.equals(m.artifactType)) {
                continue;
            }
            ObjectNode d = list.addObject().put("mediaType", m.mediaType).put("digest", m.digest)
                    .put("size", m.bytes.length).put("artifactType", m.artifactType);
            JsonNode annotations = parse(m.bytes).path("annotations");
            if (annotations.isObject()) {
                d.set("annotations", annotations);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (filter != null) {
            headers.put("OCI-Filters-Applied", "artifactType");
        }
        return DataResponse.of(200, MediaTypes.OCI_INDEX, Json.bytes(index), headers);
    }

    static Repository repository(DataPlane.Context c, String name) {
        Repository repo = c.registry().repositories.get(name);
        if (repo == null) {
            throw AcrError.nameUnknown(name);
        }
        return repo;
    }

    /** The manifest a tag or digest names, or MANIFEST_UNKNOWN. */
    static Manifest resolve(Repository repo, String reference) {
        String digest = reference;
        if (!reference.startsWith("sha256:")) {
            Tag t = repo.tags.get(reference);
            if (t == null) {
                throw AcrError.manifestUnknown(reference);
            }
            digest = t.digest;
        }
        Manifest m = repo.manifests.get(digest);
        if (m == null) {
            throw AcrError.manifestUnknown(reference);
        }
        return m;
    }

    private static boolean accepts(String accept, String mediaType) {
        if (accept == null || accept.isBlank()) {
            return false; // without Accept, a registry serves only the old single-image types
        }
        List<String> types = new ArrayList<>();
        for (String part : accept.split(",")) {
            types.add(part.split(";")[0].trim().toLowerCase(Locale.ROOT));
        }
        return types.contains(mediaType) || types.contains("*/*");
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
