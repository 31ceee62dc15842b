package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ACR's metadata API under {@code /acr/v1/}: repository, tag and manifest attributes in the shapes of Microsoft's
 * data-plane examples (GetRepositoryAttributes, GetTagList, GetTagAttributes, GetManifestList,
 * GetManifestAttributes, their Update and Delete examples), lists paged with {@code n}/{@code last} and ordered by
 * {@code orderby=timedesc|timeasc}.
 */
final class Metadata {

    private final Contents contents;
    private final Access access;

    Metadata(Contents contents, Access access) {
        this.contents = contents;
        this.access = access;
    }

    DataResponse repository(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "metadata_read"));
        return DataPlane.json(200, repositoryJson(c, Distribution.repository(c, name)), Map.of());
    }

    DataResponse patchRepository(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "metadata_write"));
        Repository repo = Distribution.repository(c, name);
        JsonNode value = Json.parse(c.request().body());
        repo.attributes.with(value); // refuses a bad body before anything is written
        contents.write(Contents.op("patchRepository", c.loginServer(), name).set("value", value));
        return DataPlane.json(200, repositoryJson(c, repo), Map.of());
    }

    /**
     * 202 with what went (DeleteRepositoryResult). Refused (405) while the repository or any of its tags or manifests
     * is locked against deletes: the sandbox's choice, since a lock is there to keep an image.
     */
    DataResponse deleteRepository(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "delete"));
        Repository repo = Distribution.repository(c, name);
        for (Manifest m : repo.manifests.values()) {
            Distribution.checkDeletable(repo, m);
        }
        if (repo.tags.values().stream().anyMatch(t -> !t.attributes.deletable())) {
            throw AcrError.disallowed();
        }
        ObjectNode body = Json.object();
        repo.manifests.keySet().forEach(body.putArray("manifestsDeleted")::add);
        repo.tags.keySet().forEach(body.putArray("tagsDeleted")::add);
        contents.write(Contents.op("deleteRepository", c.loginServer(), name));
        return DataPlane.json(202, body, Map.of());
    }

    DataResponse tags(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "metadata_read"));
        Repository repo = Distribution.repository(c, name);
        String digest = c.request().param("digest");
        String orderby = orderby(c);
        List<Tag> tags = new ArrayList<>(repo.tags.values().stream()
                .filter(t -> t.attributes.listEnabled() && (digest == null || t.digest.equals(digest))).toList());
        sortByTime(tags, orderby, t -> t.updated.toEpochMilli(), t -> t.name);
        Pages.Page<Tag> page = Pages.page(c.request(), tags, t -> t.name, orderby == null);
        ObjectNode body = Json.object().put("registry", c.loginServer()).put("imageName", name);
        ArrayNode list = body.putArray("tags");
        page.items().forEach(t -> list.add(tagJson(t)));
        return DataPlane.json(200, body, Pages.link("/acr/v1/" + name + "/_tags", page, orderby));
    }

    DataResponse tag(DataPlane.Context c, String name, String tag) {
        access.check(c, Access.Need.repository(name, "metadata_read"));
        return DataPlane.json(200, tagAnswer(c, name, findTag(c, name, tag)), Map.of());
    }

    DataResponse patchTag(DataPlane.Context c, String name, String tag) {
        access.check(c, Access.Need.repository(name, "metadata_write"));
        Tag t = findTag(c, name, tag);
        JsonNode value = Json.parse(c.request().body());
        t.attributes.with(value);
        contents.write(Contents.op("patchTag", c.loginServer(), name).put("reference", tag).set("value", value));
        return DataPlane.json(200, tagAnswer(c, name, t), Map.of());
    }

    DataResponse deleteTag(DataPlane.Context c, String name, String tag) {
        access.check(c, Access.Need.repository(name, "delete"));
        Repository repo = Distribution.repository(c, name);
        Tag t = findTag(c, name, tag);
        if (!t.attributes.deletable() || !repo.attributes.deletable()) {
            throw AcrError.disallowed();
        }
        contents.write(Contents.op("deleteTag", c.loginServer(), name).put("reference", tag));
        return DataResponse.empty(202);
    }

    DataResponse manifests(DataPlane.Context c, String name) {
        access.check(c, Access.Need.repository(name, "metadata_read"));
        Repository repo = Distribution.repository(c, name);
        String orderby = orderby(c);
        List<Manifest> list = new ArrayList<>(repo.manifests.values().stream().filter(m -> m.attributes.listEnabled())
                .sorted(Comparator.comparing(m -> m.digest)).toList());
        sortByTime(list, orderby, m -> m.updated.toEpochMilli(), m -> m.digest);
        Pages.Page<Manifest> page = Pages.page(c.request(), list, m -> m.digest, orderby == null);
        ObjectNode body = Json.object().put("registry", c.loginServer()).put("imageName", name);
        ArrayNode out = body.putArray("manifests");
        page.items().forEach(m -> out.add(manifestJson(repo, m)));
        return DataPlane.json(200, body, Pages.link("/acr/v1/" + name + "/_manifests", page, orderby));
    }

    DataResponse manifest(DataPlane.Context c, String name, String digest) {
        access.check(c, Access.Need.repository(name, "metadata_read"));
        Repository repo = Distribution.repository(c, name);
        return DataPlane.json(200, manifestAnswer(c, repo, findManifest(repo, digest)), Map.of());
    }

    DataResponse patchManifest(DataPlane.Context c, String name, String digest) {
        access.check(c, Access.Need.repository(name, "metadata_write"));
        Repository repo = Distribution.repository(c, name);
        Manifest m = findManifest(repo, digest);
        JsonNode value = Json.parse(c.request().body());
        m.attributes.with(value);
        contents.write(Contents.op("patchManifest", c.loginServer(), name).put("reference", m.digest).set("value", value));
        return DataPlane.json(200, manifestAnswer(c, repo, m), Map.of());
    }

    private static ObjectNode repositoryJson(DataPlane.Context c, Repository repo) {
        ObjectNode n = Json.object().put("registry", c.loginServer()).put("imageName", repo.name)
                .put("createdTime", Json.time(repo.created)).put("lastUpdateTime", Json.time(repo.updated))
                .put("manifestCount", repo.manifests.size()).put("tagCount", repo.tags.size());
        n.set("changeableAttributes", repo.attributes.json());
        return n;
    }

    private static ObjectNode tagJson(Tag t) {
        ObjectNode n = Json.object().put("name", t.name).put("digest", t.digest).put("createdTime", Json.time(t.created))
                .put("lastUpdateTime", Json.time(t.updated)).put("signed", false);
        n.set("changeableAttributes", t.attributes.json());
        return n;
    }

    private static ObjectNode tagAnswer(DataPlane.Context c, String name, Tag t) {
        ObjectNode n = Json.object().put("registry", c.loginServer()).put("imageName", name);
        n.set("tag", tagJson(t));
        return n;
    }

    private static ObjectNode manifestJson(Repository repo, Manifest m) {
        ObjectNode n = Json.object().put("digest", m.digest).put("imageSize", m.imageSize)
                .put("createdTime", Json.time(m.created)).put("lastUpdateTime", Json.time(m.updated));
        if (m.architecture != null) {
            n.put("architecture", m.architecture).put("os", m.os);
        }
        n.put("mediaType", m.mediaType);
        if (m.configMediaType != null) {
            n.put("configMediaType", m.configMediaType);
        }
        List<String> tags = repo.tagsOf(m.digest);
        if (!tags.isEmpty()) {
            tags.forEach(n.putArray("tags")::add);
        }
        if (!m.references.isEmpty()) {
            ArrayNode refs = n.putArray("references");
            m.references.forEach(p -> refs.addObject().put("digest", p.digest()).put("architecture", p.architecture()).put("os", p.os()));
        }
        n.set("changeableAttributes", m.attributes.json());
        return n;
    }

    private static ObjectNode manifestAnswer(DataPlane.Context c, Repository repo, Manifest m) {
        ObjectNode n = Json.object().put("registry", c.loginServer()).put("imageName", repo.name);
        n.set("manifest", manifestJson(repo, m));
        return n;
    }

    private static Tag findTag(DataPlane.Context c, String name, String tag) {
        Tag t = Distribution.repository(c, name).tags.get(tag);
        if (t == null) {
            throw AcrError.tagUnknown(tag);
        }
        return t;
    }

    private static Manifest findManifest(Repository repo, String digest) {
        Manifest m = repo.manifests.get(digest);
        if (m == null) {
            throw AcrError.manifestUnknown(digest);
        }
        return m;
    }

    /** {@code timedesc}, {@code timeasc}, or null (by name or digest); anything else is refused. */
    private static String orderby(DataPlane.Context c) {
        String o = c.request().param("orderby");
        if (o == null || o.isEmpty()) {
            return null;
        }
        if (!o.equals("timedesc") && !o.equals("timeasc")) {
            throw new AcrError(400, "UNSUPPORTED", "orderby must be timedesc or timeasc, not '" + o + "'");
        }
        return o;
    }

    private static <T> void sortByTime(List<T> items, String orderby, java.util.function.ToLongFunction<T> time,
                                       java.util.function.Function<T, String> key) {
        if (orderby == null) {
            return;
        }
        Comparator<T> byTime = Comparator.comparingLong(time);
        Comparator<T> c = orderby.equals("timeasc") ? byTime.thenComparing(key) : byTime.reversed().thenComparing(key);
        items.sort(c);
    }
}
