package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * POST {@code .../registries/{name}/generateCredentials}: new passwords for a token, answered at once (200, which
 * ARM may also do) with their values. The token keeps only when each was made and when it expires, never the value,
 * as ARM's token GET shows them.
 */
final class CredentialsApi {

    private final RegistryChildren children;
    private final ResourceState state;
    private final TokenPasswords passwords;

    CredentialsApi(RegistryChildren children, TokenPasswords passwords) {
        this.children = children;
        this.state = children.state;
        this.passwords = passwords;
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
        ObjectNode token = children.inCollection(r, EdgeJson.TOKENS, tokenId).orElseThrow(() -> ArmException.resourceNotFound(RegistriesApi.TYPE + "/" + r.var("registryName") + "/tokens",
                        ArmPaths.name(tokenId), r.var("resourceGroupName")));
        Instant now = children.clock.instant();
        String expiry = expiry(body.path("expiry").asText(null), now);
        String only = body.path("name").asText(null);
        if (only != null && !only.equals("password1") && !only.equals("password2")) {
            throw Bodies.invalid("name", "The password name '" + only + "' is not valid. Valid values are password1, password2.");
        }
        List<ObjectNode> made = new ArrayList<>();
        for (String name : only == null ? List.of("password1", "password2") : List.of(only)) {
            ObjectNode p = ArmJson.MAPPER.createObjectNode();
            p.put("creationTime", EdgeJson.when(now));
            if (expiry != null) {
                p.put("expiry", expiry);
            }
            p.put("name", name);
            made.add(p);
        }
        keepWithoutValues(token.path("id").asText(), made);
        List<ObjectNode> answered = new ArrayList<>();
        for (ObjectNode p : made) {
            answered.add(p.deepCopy().put("value", passwords.next()));
        }
        return Response.ok(EdgeJson.credentials(token.path("name").asText(), answered));
    }

    /** The token shows which passwords it has and until when; replaced ones go. */
    private void keepWithoutValues(String tokenId, List<ObjectNode> made) {
        state.update(tokenId, t -> {
            ObjectNode credentials = ((ObjectNode) t.get("properties")).withObjectProperty("credentials");
            ArrayNode kept = ArmJson.MAPPER.createArrayNode();
            credentials.path("passwords").forEach(old -> {
                if (made.stream().noneMatch(m -> m.path("name").asText().equals(old.path("name").asText()))) {
                    kept.add(old);
                }
            });
            made.forEach(kept::add);
            credentials.set("passwords", kept);
        });
    }

    private static String expiry(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            throw Bodies.invalid("expiry", "The expiry '" + text + "' is not a date and time such as 2030-12-31T00:00:00Z.");
        }
        if (!at.isAfter(now)) {
            throw Bodies.invalid("expiry", "The expiry '" + text + "' is in the past.");
        }
        return EdgeJson.when(at);
    }
}
