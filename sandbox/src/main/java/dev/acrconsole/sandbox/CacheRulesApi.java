package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A registry's cache rules: list, get, create (PUT), update (PATCH: only the credential set), delete, each write an LRO.
 * ARM refuses a credential set that is not in the registry, repository paths that break Docker's naming rules (its
 * message is ARM's own), a target repository another rule already serves or that already exists in the registry.
 */
final class CacheRulesApi extends ChildApi {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]*");
    /** Docker's repository path components, lower case, separated by '/'; a cache rule may end in '/*'. */
    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern REPOSITORY = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*(?:/\\*)?");
    /** The source starts with the upstream's host (docker.io, mcr.microsoft.com, a host:port). */
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*(?::[0-9]+)?/" + REPOSITORY.pattern());
    private static final String NAMING = "Repository names should follow the standardized docker repository naming "
            + "conventions. All characters should be lowercase. For more information, please visit https://aka.ms/acr/cache.";

    private final Function<String, List<String>> repositories;

    /** @param repositories the repositories a login server's registry holds now (its data plane's contents) */
    CacheRulesApi(RegistryChildren children, Function<String, List<String>> repositories) {
        super(children, CacheJson.CACHE_RULES, "cacheRuleName", ApiVersions.CACHE_RULES);
        this.repositories = repositories;
    }

    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("cache rule", r.var("cacheRuleName"), NAME, "letters, digits and '-'");
        String id = id(r);
        JsonNode p = Bodies.json(r).path("properties");
        String source = repository(p, "sourceRepository", SOURCE);
        String target = repository(p, "targetRepository", REPOSITORY);
        if (source.endsWith("/*") != target.endsWith("/*")) {
            throw Bodies.invalid("properties.targetRepository", "A wildcard rule maps a source path ending in '/*' to a "
                    + "target path ending in '/*'; a rule for one repository has no wildcard on either side.");
        }
        ObjectNode old = state.get(id).orElse(null);
        if (old != null && !old.at("/properties/sourceRepository").asText().equals(source)) {
            throw Bodies.invalid("properties.sourceRepository", "The source repository of cache rule '" + r.var("cacheRuleName")
                    + "' cannot be changed: delete the rule and create a new one.");
        }
        refuseTaken(r, id, target, old == null);
        String credentialSetId = credentialSet(r, p.path("credentialSetResourceId").asText(null));
        ObjectNode made = CacheJson.cacheRule(id, source, target, credentialSetId, children.clock.instant(), "Creating");
        return accepted(r, id, old, made);
    }

    /** Only the credential set changes (CacheRuleUpdateProperties has nothing else); null removes it. */
    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode p = Bodies.json(r).path("properties");
        ObjectNode next = current.deepCopy();
        ObjectNode props = (ObjectNode) next.get("properties");
        if (p.hasNonNull("credentialSetResourceId")) {
            props.put("credentialSetResourceId", credentialSet(r, p.get("credentialSetResourceId").asText()));
        } else if (p.has("credentialSetResourceId")) { // an explicit null removes it (az acr cache update --remove-cred-set)
            props.remove("credentialSetResourceId");
        }
        return updating(r, current.path("id").asText(), next);
    }

    private static String repository(JsonNode p, String property, Pattern allowed) {
        String value = p.path(property).asText(null);
        if (value == null || value.isBlank()) {
            throw Bodies.invalid("properties." + property, "A cache rule needs a " + (property.startsWith("source")
                    ? "source repository, e.g. docker.io/library/nginx." : "target repository, e.g. docker/nginx."));
        }
        if (!allowed.matcher(value).matches()) {
            throw Bodies.invalid("properties." + property, NAMING);
        }
        return value;
    }

    /**
     * ARM serves one rule per target path and does not let a new rule take over a repository the registry already
     * holds (a wildcard target covers every repository below it).
     */
    private void refuseTaken(Request r, String id, String target, boolean creating) {
        for (ObjectNode other : state.children(children.collectionId(r, collection))) {
            if (!other.path("id").asText().equalsIgnoreCase(id)
                    && other.at("/properties/targetRepository").asText().equalsIgnoreCase(target)) {
                throw new ArmException(409, "Conflict", "The target repository '" + target + "' is already used by cache rule '"
                        + other.path("name").asText() + "'. Each cache rule needs its own target repository.");
            }
        }
        if (!creating) {
            return;
        }
        String loginServer = children.registry(r).at("/properties/loginServer").asText();
        String prefix = target.endsWith("/*") ? target.substring(0, target.length() - 1) : null;
        for (String repository : repositories.apply(loginServer)) {
            String name = repository.toLowerCase(Locale.ROOT);
            if (prefix == null ? name.equals(target) : name.startsWith(prefix)) {
                throw new ArmException(409, "Conflict", "The target repository '" + target + "' matches the existing "
                        + "repository '" + repository + "' of registry '" + r.var("registryName") + "': a cache rule "
                        + "cannot be created for a repository that already exists.");
            }
        }
    }

    /** The credential set's id as ARM keeps it (null for none), or ARM's 400 when it is not in this registry. */
    private String credentialSet(Request r, String credentialSetId) {
        if (credentialSetId == null || credentialSetId.isBlank()) {
            return null;
        }
        return children.inCollection(r, CacheJson.CREDENTIAL_SETS, credentialSetId).map(s -> s.path("id").asText())
                .orElseThrow(() -> Bodies.invalid("properties.credentialSetResourceId", "The credential set '"
                        + credentialSetId + "' was not found in registry '" + r.var("registryName") + "'."));
    }
}
