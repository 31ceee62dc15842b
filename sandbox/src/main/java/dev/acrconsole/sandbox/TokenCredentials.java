package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A token's passwords and certificates. A password's value is made by the sandbox and answered once, by the request
 * that made it (a token PUT or PATCH listing it, or generateCredentials); the token keeps only its name, creationTime
 * and expiry, as ARM's GET shows them. A certificate is kept as its name, thumbprint (SHA-1) and expiry (notAfter).
 */
final class TokenCredentials {

    private static final List<String> PASSWORD_NAMES = List.of("password1", "password2");
    private static final List<String> CERTIFICATE_NAMES = List.of("certificate1", "certificate2");

    private final TokenPasswords values;
    private final TokenSecrets secrets;
    private final Clock clock;

    TokenCredentials(TokenPasswords values, TokenSecrets secrets, Clock clock) {
        this.values = values;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Sets the token's credentials to what a PUT or PATCH asks for ({@code requested}, its properties.credentials):
     * each list given is the whole new list; a listed password or certificate that exists and brings nothing new is
     * kept as it is, a new one is made, an unlisted one goes. A list not given is left alone.
     *
     * @return the values of the passwords made, by name, for the answer to this request only
     */
    Map<String, String> apply(String tokenId, ObjectNode properties, JsonNode requested) {
        Map<String, String> made = new LinkedHashMap<>();
        if (requested == null || !requested.isObject()) {
            return made;
        }
        ObjectNode credentials = properties.withObjectProperty("credentials");
        if (requested.has("passwords")) {
            ArrayNode next = ArmJson.MAPPER.createArrayNode();
            for (JsonNode wanted : requested.path("passwords")) {
                String name = name(wanted, PASSWORD_NAMES, "properties.credentials.passwords.name");
                JsonNode old = byName(credentials.path("passwords"), name);
                if (old != null && !wanted.hasNonNull("expiry")) {
                    next.add(old);
                } else {
                    next.add(password(name, expiry(wanted.path("expiry").asText(null), "properties.credentials.passwords.expiry")));
                    made.put(name, values.next());
                    secrets.remember(tokenId, name, made.get(name));
                }
            }
            credentials.set("passwords", next);
        }
        if (requested.has("certificates")) {
            ArrayNode next = ArmJson.MAPPER.createArrayNode();
            for (JsonNode wanted : requested.path("certificates")) {
                String name = name(wanted, CERTIFICATE_NAMES, "properties.credentials.certificates.name");
                JsonNode old = byName(credentials.path("certificates"), name);
                if (wanted.hasNonNull("encodedPemCertificate")) {
                    next.add(certificate(name, wanted.get("encodedPemCertificate").asText()));
                } else if (old != null) {
                    next.add(old);
                } else {
                    throw Bodies.invalid("properties.credentials.certificates.encodedPemCertificate",
                            "The certificate '" + name + "' needs its encodedPemCertificate.");
                }
            }
            credentials.set("certificates", next);
        }
        return made;
    }

    /**
     * generateCredentials: new passwords {@code names} (both when null) with this expiry; the token keeps the other
     * one. Returns the passwords with their values, for the answer.
     */
    List<ObjectNode> generate(String tokenId, ObjectNode properties, List<String> names, String expiryText) {
        String expiry = expiry(expiryText, "expiry");
        ObjectNode credentials = properties.withObjectProperty("credentials");
        ArrayNode kept = ArmJson.MAPPER.createArrayNode();
        credentials.path("passwords").forEach(old -> {
            if (!names.contains(old.path("name").asText())) {
                kept.add(old);
            }
        });
        List<ObjectNode> answered = new ArrayList<>();
        for (String name : names) {
            ObjectNode p = password(name, expiry);
            kept.add(p);
            String value = values.next();
            secrets.remember(tokenId, name, value);
            answered.add(p.deepCopy().put("value", value));
        }
        credentials.set("passwords", kept);
        return answered;
    }

    /** The token as the request that made {@code made} answers it: with those passwords' values. */
    static ObjectNode withValues(ObjectNode token, Map<String, String> made) {
        ObjectNode copy = token.deepCopy();
        copy.at("/properties/credentials/passwords").forEach(p -> {
            String value = made.get(p.path("name").asText());
            if (value != null) {
                ((ObjectNode) p).put("value", value);
            }
        });
        return copy;
    }

    private ObjectNode password(String name, String expiry) {
        ObjectNode p = ArmJson.MAPPER.createObjectNode();
        p.put("creationTime", EdgeJson.when(clock.instant()));
        if (expiry != null) {
            p.put("expiry", expiry);
        }
        p.put("name", name);
        return p;
    }

    private static ObjectNode certificate(String name, String encodedPem) {
        try {
            byte[] pem = Base64.getMimeDecoder().decode(encodedPem);
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem));
            ObjectNode c = ArmJson.MAPPER.createObjectNode();
            c.put("name", name);
            c.put("thumbprint", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded())));
            c.put("expiry", EdgeJson.when(cert.getNotAfter().toInstant()));
            return c;
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            throw Bodies.invalid("properties.credentials.certificates.encodedPemCertificate", "The certificate '" + name
                    + "' is not a base64-encoded PEM certificate: " + e.getMessage());
        }
    }

    private static String name(JsonNode item, List<String> allowed, String property) {
        String name = item.path("name").asText(null);
        if (name == null || !allowed.contains(name)) {
            throw Bodies.invalid(property, "The name '" + name + "' is not valid. Valid values are " + String.join(", ", allowed) + ".");
        }
        return name;
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.path("name").asText().equals(name)) {
                return item;
            }
        }
        return null;
    }

    /** An expiry in the future, as ARM writes it, or null when none was asked for. */
    private String expiry(String text, String property) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            throw Bodies.invalid(property, "The expiry '" + text + "' is not a date and time such as 2030-12-31T00:00:00Z.");
        }
        return EdgeJson.when(at); // a past expiry is kept: no refusal of one is documented
    }
}
