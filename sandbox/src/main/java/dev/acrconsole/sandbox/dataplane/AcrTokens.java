package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * ACR's refresh and access tokens: JWTs (the SDK reads their {@code exp} to know when to renew them), signed with
 * HMAC-SHA256 under a key of this sandbox's, so a token another sandbox (or a person) made is refused. Each carries
 * what its principal may be granted ({@code grantable}), so a refused call can say whether asking for a token of that
 * scope would help (401 with a challenge) or not (403 DENIED).
 */
final class AcrTokens {

    /** ACR's refresh tokens last three hours, its access tokens a little over one. */
    static final Duration REFRESH = Duration.ofHours(3);
    static final Duration ACCESS = Duration.ofMinutes(75);

    /** One granted scope: {@code repository:samples/hello-world:pull,push} or {@code registry:catalog:*}. */
    record Access(String type, String name, List<String> actions) {
    }

    private final byte[] key = new byte[32];
    private final Clock clock;

    AcrTokens(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    String refreshToken(String service, String subject, Permissions grantable, Duration ttl) {
        ObjectNode claims = claims(service, subject, "refresh_token", grantable, ttl);
        return sign(claims);
    }

    String accessToken(String service, String subject, Permissions grantable, List<Access> access) {
        ObjectNode claims = claims(service, subject, "access_token", grantable, ACCESS);
        ArrayNode list = claims.putArray("access");
        for (Access a : access) {
            ObjectNode n = list.addObject().put("type", a.type()).put("name", a.name());
            a.actions().forEach(n.putArray("actions")::add);
        }
        return sign(claims);
    }

    /** The claims of a token this sandbox signed for {@code service}, of this kind, not expired; empty otherwise. */
    Optional<JsonNode> verify(String token, String service, String grantType) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] expected = mac((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean fits = claims.path("aud").asText().equalsIgnoreCase(service)
                    && claims.path("grant_type").asText().equals(grantType)
                    && claims.path("exp").asLong() > clock.instant().getEpochSecond();
            return fits ? Optional.of(claims) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The permissions a token's principal may be granted. */
    static Permissions grantable(JsonNode claims) {
        JsonNode g = claims.path("grantable");
        if (g.path("everything").asBoolean(false)) {
            return Permissions.all();
        }
        List<String> actions = new ArrayList<>();
        g.path("scopeMapActions").forEach(a -> actions.add(a.asText()));
        return Permissions.scopeMap(actions);
    }

    private ObjectNode claims(String service, String subject, String grantType, Permissions grantable, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        ObjectNode c = Json.object();
        c.put("jti", UUID.randomUUID().toString());
        c.put("sub", subject);
        c.put("nbf", now - 60);
        c.put("iat", now);
        c.put("exp", now + ttl.toSeconds());
        c.put("iss", "Azure Container Registry");
        c.put("aud", service);
        c.put("version", "1.0");
        c.put("grant_type", grantType);
        ObjectNode g = c.putObject("grantable").put("everything", grantable.everything());
        grantable.scopeMapActions().forEach(g.putArray("scopeMapActions")::add);
        return c;
    }

    private String sign(ObjectNode claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\",\"kid\":\"sandbox\"}".getBytes(StandardCharsets.UTF_8));
        String body = header + "." + b64.encodeToString(Json.bytes(claims));
        return body + "." + b64.encodeToString(mac(body.getBytes(StandardCharsets.US_ASCII)));
    }

    private byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
