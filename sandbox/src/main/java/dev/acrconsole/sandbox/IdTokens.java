package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The id token and client info a user sign-in returns. MSAL reads them to name the account (home account id =
 * uid.utid, user name = preferred_username); it does not check the id token's signature, so none is made.
 */
final class IdTokens {
    private IdTokens() {}

    static String objectId(SandboxPrincipal user) {
        return UUID.nameUUIDFromBytes(("user:" + user.name()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String clientInfo(SandboxPrincipal user) {
        ObjectNode info = ArmJson.MAPPER.createObjectNode();
        info.put("uid", objectId(user));
        info.put("utid", user.homeTenantId());
        return base64(info.toString());
    }

    static String idToken(SandboxPrincipal user, String tenantId, String clientId, URI identityUrl) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = ArmJson.MAPPER.createObjectNode();
        claims.put("aud", clientId == null ? "" : clientId);
        claims.put("iss", identityUrl.resolve(tenantId + "/v2.0").toString());
        claims.put("iat", now);
        claims.put("nbf", now);
        claims.put("exp", now + 3600);
        claims.put("name", user.name());
        claims.put("oid", objectId(user));
        claims.put("preferred_username", user.name());
        claims.put("sub", objectId(user));
        claims.put("tid", tenantId);
        claims.put("ver", "2.0");
        return unsignedJwt(claims);
    }

    /** An access token: unsigned like the id token; ARM (the sandbox) looks it up, it does not verify it. */
    static String accessToken(SandboxPrincipal principal, String tenantId, String nonce) {
        long now = Instant.now().getEpochSecond();
        ObjectNode claims = ArmJson.MAPPER.createObjectNode();
        claims.put("aud", "https://management.core.windows.net/");
        claims.put("tid", tenantId);
        claims.put("oid", objectId(principal));
        claims.put("unique_name", principal.name());
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("uti", nonce);
        return unsignedJwt(claims);
    }

    private static String unsignedJwt(ObjectNode claims) {
        return base64("{\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"sandbox\"}") + "." + base64(claims.toString()) + ".c2FuZGJveA";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
