package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.dataplane.Contents;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registries_ImportImage: copies an image into a registry's data plane from another sandbox registry
 * ({@code source.resourceId}) or from a public registry ({@code source.registryUri}: Docker Hub's names read a small
 * fixed catalog, see sandbox/README.md), by tag or {@code repo@sha256:...}, to {@code targetTags} and
 * {@code untaggedTargetRepositories}. Malformed requests and, under NoForce, a target tag that exists are refused at
 * once (ARM checks before any copying begins); otherwise 202 + Location, and the copy lands when the operation
 * succeeds. A source that is not there fails the operation, as ARM's import does after it was accepted.
 */
final class ImportApi {

    /**
     * Docker's reference grammar: repository path components, a tag, a digest. Upper case is let through, as
     * Microsoft's examples write their repositories ({@code sourceRepository}); such a source is then not found.
     */
    private static final String COMPONENT = "[a-zA-Z0-9]+(?:(?:[._]|__|-+)[a-zA-Z0-9]+)*";
    static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    static final Pattern TAG = Pattern.compile("\\w[\\w.-]{0,127}");
    static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private static final Pattern IMAGE = Pattern.compile("([^:@]+)(?::([^:@]+))?(?:@(.+))?");
    private static final String ACTION = "import";

    private final RegistryChildren children;
    private final Contents contents;

    ImportApi(RegistryChildren children, Contents contents) {
        this.children = children;
        this.contents = contents;
        children.operations.action(ACTION, this::apply);
    }

    void register(Router router) {
        router.add("POST", RegistryChildren.REGISTRY_PATH + "/importImage", ApiVersions.REGISTRIES, this::importImage);
    }

    /** A repository and a tag or digest, as {@code sourceImage} and {@code targetTags} write them. */
    record Image(String repository, String tag, String digest) {
        String reference() {
            return digest != null ? digest : tag;
        }

        @Override
        public String toString() {
            return digest != null ? repository + "@" + digest : repository + ":" + tag;
        }
    }

    private Response importImage(Request r) {
        ObjectNode registry = children.registry(r);
        String id = registry.path("id").asText();
        JsonNode body = Bodies.json(r, Enums.IMPORT_IMAGE);
        JsonNode source = body.path("source");
        if (!source.isObject()) {
            throw Bodies.invalid("source", "The source of the image is required.");
        }
        String resourceId = source.path("resourceId").asText(null);
        String registryUri = source.path("registryUri").asText(null);
        if ((resourceId == null) == (registryUri == null)) {
            throw Bodies.invalid("source", "Specify either the source registry's resource id or its registry URI.");
        }
        Image image = image(source.path("sourceImage").asText(null), "source.sourceImage", true);
        boolean force = body.path("mode").asText("NoForce").equals("Force");

        List<Image> targets = new ArrayList<>();
        for (JsonNode t : body.path("targetTags")) {
            Image target = image(t.asText(), "targetTags", false);
            targets.add(target.tag() != null ? target
                    : new Image(target.repository(), image.tag() != null ? image.tag() : "latest", null));
        }
        Set<String> untagged = new LinkedHashSet<>();
        for (JsonNode u : body.path("untaggedTargetRepositories")) {
            if (!REPOSITORY.matcher(u.asText()).matches()) {
                throw Bodies.invalid("untaggedTargetRepositories", "The repository name '" + u.asText() + "' is not valid.");
            }
            untagged.add(u.asText());
        }
        if (targets.isEmpty() && untagged.isEmpty()) {
            // As az acr import: without targets the image keeps its repository (and tag; a digest copies untagged).
            if (image.tag() != null) {
                targets.add(image);
            } else {
                untagged.add(image.repository());
            }
        }

        String loginServer = registry.at("/properties/loginServer").asText();
        if (!force && contents.has(loginServer)) {
            for (Image t : targets) {
                if (contents.resolve(loginServer, t.repository(), t.tag()) != null) {
                    throw new ArmException(409, "Conflict", "Tag " + t + " already exists in target registry. Use the "
                            + "Force mode to overwrite it.");
                }
            }
        }

        ArmError failure = null;
        String from = registryUri != null ? registryUri : sourceLoginServer(resourceId);
        String digest = null;
        if (!contents.has(loginServer)) {
            failure = new ArmError(501, "NotImplemented", "The sandbox holds registry contents only for its sample's "
                    + "registries with a data plane; " + registry.path("name").asText() + " has none. See sandbox/README.md.");
        } else if (from == null) {
            failure = new ArmError(404, "ResourceNotFound", "The source registry " + resourceId + " could not be found.");
        } else if ((digest = contents.resolve(from, image.repository(), image.reference())) == null) {
            failure = new ArmError(404, "NotFound", "The source image " + image + " was not found in " + from + ".");
        }
        ObjectNode data = ArmJson.MAPPER.createObjectNode();
        if (failure == null) {
            data.put("from", from).put("sourceRepository", image.repository()).put("digest", digest).put("to", loginServer);
            ArrayNode copies = data.putArray("copies");
            targets.forEach(t -> copies.addObject().put("repository", t.repository()).put("tag", t.tag()));
            untagged.forEach(u -> copies.addObject().put("repository", u).putNull("tag"));
        }
        return children.operations.acceptWithLocation(r, id, new Operations.Completion.Apply(id, ACTION, data), failure);
    }

    /** The copies, when the operation ends Succeeded (a source gone since is skipped, as a replayed write is). */
    private void apply(ObjectNode data) {
        if (!data.has("copies")) {
            return;
        }
        for (JsonNode c : data.get("copies")) {
            try {
                contents.importImage(data.path("from").asText(), data.path("sourceRepository").asText(),
                        data.path("digest").asText(), data.path("to").asText(), c.path("repository").asText(),
                        c.path("tag").asText(null));
            } catch (IllegalArgumentException e) {
                return; // the source went away while the operation ran
            }
        }
    }

    /** The login server of a sandbox registry named by resource id, or null when there is none. */
    private String sourceLoginServer(String resourceId) {
        return children.state.get(resourceId).map(n -> n.at("/properties/loginServer").asText(null)).orElse(null);
    }

    /** {@code repo:tag}, {@code repo@sha256:...} or {@code repo} (tag latest when {@code defaultTag}), or ARM's 400. */
    static Image image(String text, String property, boolean defaultTag) {
        Matcher m = text == null ? null : IMAGE.matcher(text.strip());
        if (m == null || !m.matches() || !REPOSITORY.matcher(m.group(1)).matches()
                || m.group(2) != null && !TAG.matcher(m.group(2)).matches()
                || m.group(3) != null && !DIGEST.matcher(m.group(3)).matches()) {
            throw Bodies.invalid(property, "The image reference '" + text + "' is not valid: expected repository:tag or "
                    + "repository@sha256:digest.");
        }
        if (m.group(3) != null) {
            return new Image(m.group(1), null, m.group(3));
        }
        return new Image(m.group(1), m.group(2) != null ? m.group(2) : defaultTag ? "latest" : null, null);
    }
}
