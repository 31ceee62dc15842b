package dev.acrconsole.app.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** When an ACR token ends, from its {@code exp} claim (read, not trusted: it only decides when to ask again). */
final class JwtExpiry {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JwtExpiry() {}

    /** Its expiry, or {@code now + fallback} when the token is not a JWT this can read. */
    static Instant of(String token, Instant now, Duration fallback) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length == 3) {
            try {
                JsonNode claims = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
                if (claims.path("exp").canConvertToLong()) {
                    return Instant.ofEpochSecond(claims.path("exp").asLong());
                }
            } catch (Exception e) {
                // an opaque token: the fallback decides
            }
        }
        return now.plus(fallback);
    }
}
