package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every registry's data plane as it is now: the sample (generated from the seed and an anchor day) with the writes
 * since applied on top. What a state file keeps is the anchor and those writes, in order (a journal): replaying them on
 * the same sample gives the same contents, and a 10,000-tag repository costs nothing to save.
 */
public final class Contents {

    /** A registry that has data-plane contents, as the management plane names it. */
    public record Registry(String name, String loginServer, boolean bigRepository) {
    }

    /** Thrown by {@link #restore} when a saved section cannot be used; the message says why. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
    }

    private final List<Registry> registries;
    private final long seed;
    private final int bigRepositoryTags;
    private final Clock clock;
    private final Runnable changed;
    private final Map<String, RegistryContents> byLoginServer = new LinkedHashMap<>();
    /** The public registry imports by URI copy from; served by no data plane of the sandbox. */
    private RegistryContents publicCatalog;
    private Instant anchor;
    private ArrayNode journal = Json.MAPPER.createArrayNode();

    /** {@code changed} runs after every write (the sandbox's state then knows it has something to save). */
    public Contents(List<Registry> registries, long seed, int bigRepositoryTags, Clock clock, Runnable changed) {
        this.registries = List.copyOf(registries);
        this.seed = seed;
        this.bigRepositoryTags = bigRepositoryTags;
        this.clock = clock;
        this.changed = changed;
        clear();
    }

    public List<Registry> registries() {
        return registries;
    }

    /** The day the sample's times count back from. */
    public synchronized Instant anchor() {
        return anchor;
    }

    /** Repositories of a registry now, sorted by name (for tests and the app's assertions). */
    public synchronized List<String> repositories(String loginServer) {
        RegistryContents r = byLoginServer.get(key(loginServer));
        return r == null ? List.of() : List.copyOf(r.repositories.keySet());
    }

    /** Tags of a repository now, sorted by name. */
    public synchronized List<String> tags(String loginServer, String repository) {
        return Optional.ofNullable(byLoginServer.get(key(loginServer))).map(r -> r.repositories.get(repository))
                .map(r -> List.copyOf(r.tags.keySet())).orElse(List.of());
    }

    /** The digest a tag points at now, or null. */
    public synchronized String digest(String loginServer, String repository, String tag) {
        return Optional.ofNullable(byLoginServer.get(key(loginServer))).map(r -> r.repositories.get(repository))
                .map(r -> r.tags.get(tag)).map(t -> t.digest).orElse(null);
    }

    /**
     * Test hook: points {@code tag} of a repository at {@code digest}, one of that repository's manifests, making the tag
     * when it is not there: what a {@code docker push} of a retagged image does, which the sandbox's API does not take
     * (it takes no pushes). Kept by the state file like the API's writes. A tag whose writes are disabled is refused as
     * ACR refuses the push.
     *
     * @throws IllegalArgumentException when the registry, repository or manifest is not there, or the tag is locked
     */
    public synchronized void tag(String loginServer, String repository, String tag, String digest) {
        Repository repo = Optional.ofNullable(byLoginServer.get(key(loginServer))).map(r -> r.repositories.get(repository))
                .orElseThrow(() -> new IllegalArgumentException("No repository " + repository + " in " + loginServer));
        if (!repo.manifests.containsKey(digest)) {
            throw new IllegalArgumentException("No manifest " + digest + " in " + repository);
        }
        Tag existing = repo.tags.get(tag);
        if (existing != null && !existing.attributes.writeEnabled() || !repo.attributes.writeEnabled()) {
            throw new IllegalArgumentException("Writes to " + repository + ":" + tag + " are disabled");
        }
        write(op("tag", loginServer, repository).put("reference", tag).put("digest", digest));
    }

    /** The host names clients give Docker Hub: imports from any of them read the sandbox's small public catalog. */
    public static final java.util.Set<String> PUBLIC_HOSTS = java.util.Set.of(ContentsSample.PUBLIC_REGISTRY,
            "registry.hub.docker.com", "registry-1.docker.io", "index.docker.io", "hub.docker.com");

    /** Whether {@code loginServer} has contents here (one of the sample's registries, or the public catalog). */
    public synchronized boolean has(String loginServer) {
        return source(loginServer) != null;
    }

    /**
     * The digest {@code reference} (a tag, or a {@code sha256:} digest) names in a repository now; null when the
     * registry, repository, tag or manifest is not there. A registry URI of Docker Hub reads the public catalog.
     */
    public synchronized String resolve(String loginServer, String repository, String reference) {
        Repository repo = Optional.ofNullable(source(loginServer)).map(r -> r.repositories.get(repository)).orElse(null);
        if (repo == null) {
            return null;
        }
        if (reference.startsWith("sha256:")) {
            return repo.manifests.containsKey(reference) ? reference : null;
        }
        return Optional.ofNullable(repo.tags.get(reference)).map(t -> t.digest).orElse(null);
    }

    /**
     * Copies a manifest (an index with its children) and the blobs it names from a repository of one registry (or the
     * public catalog) to a repository of another (made when it is not there), tagged {@code tag} (null: untagged, a
     * manifest-only copy): what Registries_ImportImage and {@code az acr import} do; also a test hook, so one digest can
     * live in two registries. A tag already there moves to the copy (the caller refuses it first under NoForce). Kept
     * by the state file like the API's writes.
     *
     * @throws IllegalArgumentException when the source manifest or the target registry is not there
     */
    public synchronized void importImage(String fromLoginServer, String fromRepository, String digest, String toLoginServer,
                                         String toRepository, String tag) {
        boolean there = Optional.ofNullable(source(fromLoginServer)).map(r -> r.repositories.get(fromRepository))
                .map(r -> r.manifests.containsKey(digest)).orElse(false);
        if (!there || !byLoginServer.containsKey(key(toLoginServer))) {
            throw new IllegalArgumentException("No manifest " + digest + " in " + fromLoginServer + "/" + fromRepository
                    + ", or no registry " + toLoginServer);
        }
        write(op("import", toLoginServer, toRepository).put("reference", tag).put("digest", digest)
                .put("source", sourceKey(fromLoginServer)).put("sourceRepository", fromRepository));
    }

    /** Back to the sample, anchored at the start of today (UTC); no writes. */
    public synchronized void clear() {
        anchor = clock.instant().truncatedTo(ChronoUnit.DAYS);
        journal = Json.MAPPER.createArrayNode();
        rebuild();
    }

    public synchronized JsonNode save() {
        ObjectNode out = Json.object();
        out.put("anchor", anchor.toString());
        out.set("journal", journal.deepCopy());
        return out;
    }

    /** The saved anchor and writes; null or a missing node (a file from before the data plane) is the sample. */
    public synchronized void restore(JsonNode saved) {
        if (saved == null || saved.isMissingNode() || saved.isNull()) {
            clear();
            return;
        }
        try {
            anchor = Instant.parse(saved.path("anchor").asText());
        } catch (DateTimeParseException e) {
            throw new Unreadable("the data plane's anchor is not a time: " + saved.path("anchor"));
        }
        if (!saved.path("journal").isArray()) {
            throw new Unreadable("the data plane's journal is not a list");
        }
        journal = (ArrayNode) saved.get("journal").deepCopy();
        rebuild();
        for (JsonNode op : journal) {
            replay(op);
        }
    }

    synchronized RegistryContents registry(String loginServer) {
        return byLoginServer.get(key(loginServer));
    }

    /** Records a write and carries it out. The caller checked it may be done (locks, permissions). */
    synchronized void write(ObjectNode op) {
        op.put("at", clock.instant().toString());
        replay(op);
        journal.add(op);
        changed.run();
    }

    static ObjectNode op(String kind, String loginServer, String repository) {
        return Json.object().put("op", kind).put("registry", loginServer.toLowerCase(Locale.ROOT)).put("repository", repository);
    }

    private void rebuild() {
        byLoginServer.clear();
        publicCatalog = ContentsSample.publicCatalog(seed, anchor);
        for (Registry r : registries) {
            byLoginServer.put(key(r.loginServer()), ContentsSample.build(r.name(), r.loginServer(), seed, anchor,
                    r.bigRepository() ? bigRepositoryTags : 0));
        }
    }

    /** Carries out one journal entry; one about something gone since is skipped, as a replayed delete would be. */
    private void replay(JsonNode op) {
        RegistryContents reg = byLoginServer.get(key(op.path("registry").asText()));
        Instant at = Instant.parse(op.path("at").asText());
        String ref = op.path("reference").asText(null);
        if (reg != null && "import".equals(op.path("op").asText())) {
            importImage(reg, op.path("repository").asText(), ref, op, at);
            return;
        }
        Repository repo = reg == null ? null : reg.repositories.get(op.path("repository").asText());
        if (repo == null) {
            return;
        }
        switch (op.path("op").asText()) {
            case "deleteRepository" -> reg.repositories.remove(repo.name);
            case "deleteTag" -> {
                if (repo.tags.remove(ref) != null) {
                    repo.updated = at;
                }
            }
            case "deleteManifest" -> deleteManifest(repo, ref, at);
            case "tag" -> tag(repo, ref, op.path("digest").asText(), at);
            case "patchRepository" -> repo.attributes = repo.attributes.with(op.path("value"));
            case "patchTag" -> Optional.ofNullable(repo.tags.get(ref)).ifPresent(t -> t.attributes = t.attributes.with(op.path("value")));
            case "patchManifest" -> Optional.ofNullable(repo.manifests.get(ref))
                    .ifPresent(m -> m.attributes = m.attributes.with(op.path("value")));
            default -> throw new Unreadable("the data plane's journal has an entry it does not know: " + op);
        }
    }

    /** A tag moved to another manifest, or a new one (a replayed one whose manifest is gone since is skipped). */
    private static void tag(Repository repo, String name, String digest, Instant at) {
        if (!repo.manifests.containsKey(digest)) {
            return;
        }
        Tag t = repo.tags.get(name);
        if (t == null) {
            repo.tags.put(name, new Tag(name, digest, at, at, Changeable.OPEN));
        } else {
            t.digest = digest;
            t.updated = at;
        }
        repo.manifests.get(digest).updated = at;
        repo.updated = at;
    }

    /** An imported manifest, its children and blobs, tagged; one whose source is gone since is skipped. */
    private void importImage(RegistryContents to, String repository, String tag, JsonNode op, Instant at) {
        RegistryContents from = source(op.path("source").asText());
        Repository source = from == null ? null : from.repositories.get(op.path("sourceRepository").asText());
        String digest = op.path("digest").asText();
        if (source == null || !source.manifests.containsKey(digest)) {
            return;
        }
        Repository target = to.repositories.computeIfAbsent(repository, name -> new Repository(name, at));
        copy(from, source, source.manifests.get(digest), to, target, at);
        if (tag != null) {
            tag(target, tag, digest, at);
        } else {
            target.updated = at;
        }
    }

    private static void copy(RegistryContents from, Repository source, Manifest m, RegistryContents to, Repository target,
                             Instant at) {
        for (Manifest.Platform child : m.references) {
            Optional.ofNullable(source.manifests.get(child.digest())).ifPresent(c -> copy(from, source, c, to, target, at));
        }
        String text = new String(m.bytes, java.nio.charset.StandardCharsets.UTF_8);
        from.blobs.forEach((digest, bytes) -> {
            if (text.contains("\"" + digest + "\"")) {
                to.blobs.putIfAbsent(digest, bytes);
            }
        });
        target.manifests.putIfAbsent(m.digest, new Manifest(m.digest, m.mediaType, m.bytes, m.configMediaType, m.architecture,
                m.os, m.imageSize, m.references, m.subject, m.artifactType, at, Changeable.OPEN));
    }

    /** A manifest goes with its tags and its referrers (signatures, SBOMs), as ACR deletes them with their subject. */
    private static void deleteManifest(Repository repo, String digest, Instant at) {
        if (repo.manifests.remove(digest) == null) {
            return;
        }
        repo.tags.values().removeIf(t -> t.digest.equals(digest));
        for (Manifest referrer : new ArrayList<>(repo.referrers(digest))) {
            deleteManifest(repo, referrer.digest, at);
        }
        repo.updated = at;
    }

    /** A registry to copy from: one of the sample's, or the public catalog under any of Docker Hub's names. */
    private RegistryContents source(String loginServer) {
        return PUBLIC_HOSTS.contains(key(loginServer)) ? publicCatalog : byLoginServer.get(key(loginServer));
    }

    private static String sourceKey(String loginServer) {
        return PUBLIC_HOSTS.contains(key(loginServer)) ? ContentsSample.PUBLIC_REGISTRY : key(loginServer);
    }

    private static String key(String loginServer) {
        return loginServer.toLowerCase(Locale.ROOT);
    }
}
