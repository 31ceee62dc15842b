package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * POST {@code .../registries/{name}/generateCredentials}: new passwords for a token, answered at once (200, which
 * ARM may also do) with their values. The token keeps only when each was made and when it expires, never the value,
 * as ARM's token GET shows them.
 */
final class CredentialsApi {

    private final RegistryChildren children;
    private final ResourceState state;
    private final TokenCredentials credentials;

    CredentialsApi(RegistryChildren children, TokenCredentials credentials) {
        this.children = children;
        this.state = children.state;
        this.credentials = credentials;
    }

    void register(Router router) {
        router.add("POST", RegistryChildren.REGISTRY_PATH + "/generateCredentials", ApiVersions.GENERATE_CREDENTIALS,
                this::generate);
    }

    private Response generate(Request r) {
        JsonNode body = Bodies.json(r, Enums.GENERATE_CREDENTIALS);
        String tokenId = body.path("tokenId").asText(null);
        if (tokenId == null || tokenId.isBlank()) {
            throw Bodies.invalid("tokenId", "The token to generate passwords for is required.");
        }
        ObjectNode token = children.inCollection(r, EdgeJson.TOKENS, tokenId).orElseThrow(() -> ArmException.resourceNotFound(
                RegistriesApi.TYPE + "/" + r.var("registryName") + "/tokens", ArmPaths.name(tokenId), r.var("resourceGroupName")));
        String only = body.path("name").asText(null);
        if (only != null && !only.equals("password1") && !only.equals("password2")) {
            throw Bodies.invalid("name", "The password name '" + only + "' is not valid. Valid values are password1, password2.");
        }
        List<String> names = only == null ? List.of("password1", "password2") : List.of(only);
        String expiry = body.path("expiry").asText(null);
        ObjectNode properties = (ObjectNode) token.get("properties");
        List<ObjectNode> answered = credentials.generate(token.path("id").asText(), properties, names, expiry);
        state.update(token.path("id").asText(), t -> t.set("properties", properties));
        return Response.ok(EdgeJson.credentials(token.path("name").asText(), answered));
    }
}
