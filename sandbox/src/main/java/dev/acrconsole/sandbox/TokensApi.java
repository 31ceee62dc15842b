package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A registry's tokens: list, get, create (PUT), update (PATCH), delete. A token needs a scope map of the same
 * registry; the sync token of a connected registry cannot be deleted while the connected registry exists.
 */
final class TokensApi extends ChildApi {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]*");

    private final TokenCredentials credentials;

    TokensApi(RegistryChildren children, TokenCredentials credentials) {
        super(children, EdgeJson.TOKENS, "tokenName", ApiVersions.TOKENS);
        this.credentials = credentials;
    }

    /**
     * A PUT makes the passwords and certificates its {@code credentials} lists (the answer shows the passwords' values,
     * once); without {@code credentials} an existing token keeps its own.
     */
    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("token", r.var("tokenName"), NAME, "letters, digits and '-'");
        String id = id(r);
        JsonNode p = Bodies.json(r, Enums.TOKEN).path("properties");
        String scopeMapId = scopeMap(r, p.path("scopeMapId").asText(null));
        ObjectNode old = state.get(id).orElse(null);
        ObjectNode made = EdgeJson.token(id, scopeMapId, enabled(p, true), children.clock.instant(), "Creating");
        ObjectNode props = (ObjectNode) made.get("properties");
        if (old != null && old.at("/properties/credentials").isObject()) {
            props.set("credentials", old.at("/properties/credentials").deepCopy());
        }
        Map<String, String> values = credentials.apply(id, props, p.get("credentials"));
        Response answer = accepted(r, id, old, made);
        return new Response(answer.status(), TokenCredentials.withValues((ObjectNode) answer.body(), values), answer.headers());
    }

    /** A PATCH's {@code credentials} lists the passwords and certificates to keep or make; unlisted ones are removed. */
    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode p = Bodies.json(r, Enums.TOKEN).path("properties");
        ObjectNode next = current.deepCopy();
        ObjectNode props = (ObjectNode) next.get("properties");
        if (p.hasNonNull("scopeMapId")) {
            props.put("scopeMapId", scopeMap(r, p.get("scopeMapId").asText()));
        }
        if (p.hasNonNull("status")) {
            props.put("status", enabled(p, true) ? "enabled" : "disabled");
        }
        Map<String, String> values = credentials.apply(current.path("id").asText(), props, p.get("credentials"));
        Response answer = updating(r, current.path("id").asText(), next);
        if (values.isEmpty()) {
            return answer;
        }
        // New passwords' values exist only in this answer, so it shows the token as it will be (still Updating).
        ObjectNode shown = next.deepCopy();
        ((ObjectNode) shown.get("properties")).put("provisioningState", "Updating");
        return new Response(answer.status(), TokenCredentials.withValues(shown, values), answer.headers());
    }

    @Override
    protected Response delete(Request r) {
        String id = id(r);
        for (ObjectNode c : state.children(children.collectionId(r, EdgeJson.CONNECTED_REGISTRIES))) {
            if (c.at("/properties/parent/syncProperties/tokenId").asText().equalsIgnoreCase(id)) {
                throw new ArmException(400, "SyncTokenInUse", "The token '" + r.var("tokenName")
                        + "' is the sync token of connected registry '" + c.path("name").asText()
                        + "' and cannot be deleted while the connected registry exists. Delete the connected registry first.");
            }
        }
        return super.delete(r);
    }

    /** The scope map's id as ARM keeps it, or ARM's 400 when it is missing or not in this registry. */
    private String scopeMap(Request r, String scopeMapId) {
        if (scopeMapId == null || scopeMapId.isBlank()) {
            throw Bodies.invalid("properties.scopeMapId", "A token needs a scope map.");
        }
        return children.inCollection(r, EdgeJson.SCOPE_MAPS, scopeMapId).map(m -> m.path("id").asText())
                .orElseThrow(() -> Bodies.invalid("properties.scopeMapId", "The scope map '" + scopeMapId
                        + "' was not found in registry '" + r.var("registryName") + "'."));
    }

    private static boolean enabled(JsonNode p, boolean otherwise) {
        String status = p.path("status").asText(null);
        if (status == null) {
            return otherwise;
        }
        if (!status.equals("enabled") && !status.equals("disabled")) {
            throw Bodies.invalid("properties.status", "The status '" + status + "' is not valid. Valid values are enabled, disabled.");
        }
        return status.equals("enabled");
    }
}
