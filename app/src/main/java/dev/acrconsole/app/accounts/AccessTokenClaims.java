package dev.acrconsole.app.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who an access token says it is for: its tenant ({@code tid}) and user or app name. Read without checking the
 * signature, only to name an Azure CLI account and find its tenant: the token is never trusted for anything else.
 */
public record AccessTokenClaims(String tenantId, String name) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Optional<AccessTokenClaims> read(String accessToken) {
        String[] parts = accessToken == null ? new String[0] : accessToken.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = MAPPER.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            String tid = text(claims, "tid");
            String name = firstOf(claims, "upn", "unique_name", "preferred_username", "email", "appid");
            return tid == null ? Optional.empty() : Optional.of(new AccessTokenClaims(tid, name));
        } catch (Exception e) {
            // Not a JWT this can read (opaque tokens exist): the account then shows no name; sign-in does not depend on it.
            return Optional.empty();
        }
    }

    private static String firstOf(JsonNode claims, String... names) {
        for (String n : names) {
            String v = text(claims, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode claims, String name) {
        JsonNode v = claims.get(name);
        return v != null && v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
