package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Checks each call's credential as ACR does: a bearer access token from {@code /oauth2/token} must grant the scope
 * the call needs; HTTP Basic (the admin user, a token's name and password, or the null user with a refresh token) is
 * taken directly. No credential, or a token without the scope its principal could get, is answered 401 with a
 * challenge naming the scope, so a client fetches a token for it; a scope the principal can never get is 403 DENIED.
 */
final class Access {

    /** The user name that goes with a refresh token as password ({@code az acr login --expose-token}). */
    static final String NULL_USER = "00000000-0000-0000-0000-000000000000";

    /** One scope a call needs, e.g. {@code repository:samples/hello-world:pull}. */
    record Need(String type, String name, String action) {
        static final Need CATALOG = new Need("registry", "catalog", "*");

        static Need repository(String name, String action) {
            return new Need("repository", name, action);
        }

        String scope() {
            return type + ":" + name + ":" + action;
        }
    }

    private final AcrTokens tokens;
    private final Authority authority;

    Access(AcrTokens tokens, Authority authority) {
        this.tokens = tokens;
        this.authority = authority;
    }

    /**
     * Throws ACR's 401 or 403 unless the request's credential grants {@code need} (null: any valid credential, as
     * {@code GET /v2/} asks). Returns what the credential's principal may be granted, for lists to filter by.
     */
    Permissions check(DataPlane.Context c, Need need) {
        String authorization = c.request().header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw challenge(c, need, "authentication required, visit https://aka.ms/acr/authorization for more information.");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        String scheme = parts[0];
        String value = parts.length > 1 ? parts[1].trim() : "";
        if (scheme.equalsIgnoreCase("Basic")) {
            Permissions p = basic(c, value).orElseThrow(() -> challenge(c, need, "authentication required, visit "
                    + "https://aka.ms/acr/authorization for more information."));
            if (need != null && !allows(p, need)) {
                throw denied(need);
            }
            return p;
        }
        if (!scheme.equalsIgnoreCase("Bearer")) {
            throw challenge(c, need, "authentication required, visit https://aka.ms/acr/authorization for more information.");
        }
        JsonNode claims = tokens.verify(value, c.loginServer(), "access_token")
                .orElseThrow(() -> challenge(c, need, "authentication required, visit https://aka.ms/acr/authorization for more information."));
        Permissions grantable = AcrTokens.grantable(claims);
        if (need == null || granted(claims.path("access"), need)) {
            return grantable;
        }
        if (allows(grantable, need)) {
            throw challenge(c, need, "authentication required, visit https://aka.ms/acr/authorization for more information.");
        }
        throw denied(need);
    }

    /** The permissions a Basic credential stands for on this registry, if it is right. */
    Optional<Permissions> basic(DataPlane.Context c, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (user.equals(NULL_USER)) {
            return tokens.verify(password, c.loginServer(), "refresh_token").map(AcrTokens::grantable);
        }
        return authority.password(c.registry().registryName, user, password);
    }

    static boolean allows(Permissions p, Need need) {
        return need.type().equals("registry") ? p.catalog() : p.allows(need.name(), need.action());
    }

    private static boolean granted(JsonNode access, Need need) {
        for (JsonNode a : access) {
            if (a.path("type").asText().equals(need.type()) && a.path("name").asText().equals(need.name())) {
                for (JsonNode action : a.path("actions")) {
                    if (action.asText().equals(need.action()) || action.asText().equals("*")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** 401 with ACR's challenge: the realm is this host's token endpoint, the service its login server. */
    private static AcrError challenge(DataPlane.Context c, Need need, String message) {
        String header = "Bearer realm=\"" + c.base().resolve("oauth2/token") + "\",service=\"" + c.loginServer() + "\""
                + (need == null ? "" : ",scope=\"" + need.scope() + "\"");
        ArrayNode detail = null;
        if (need != null) {
            detail = Json.MAPPER.createArrayNode();
            detail.addObject().put("Type", need.type()).put("Name", need.name()).put("Action", need.action());
        }
        return new AcrError(401, "UNAUTHORIZED", message, detail, Map.of("WWW-Authenticate", header));
    }

    private static AcrError denied(Need need) {
        ArrayNode detail = Json.MAPPER.createArrayNode();
        detail.addObject().put("Type", need.type()).put("Name", need.name()).put("Action", need.action());
        return new AcrError(403, "DENIED", "requested access to the resource is denied", detail, Map.of());
    }
}
