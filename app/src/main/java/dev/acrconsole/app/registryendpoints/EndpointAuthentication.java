package dev.acrconsole.app.registryendpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a registry endpoint signs in to its registry: one of the four published methods with its settings, or
 * {@link Unknown} for a method value this console does not know. Secrets are never here: an artifact pull secret is
 * referred to by the name of the Kubernetes secret that holds it.
 */
public sealed interface EndpointAuthentication {
    ObjectMapper MAPPER = new ObjectMapper();

    /** The method, or null for one the console does not know ({@link Unknown}). */
    AuthenticationMethod method();

    /** The method as ARM names it; null when the endpoint carries none. */
    default String methodName() {
        return method().armName();
    }

    /** What the console shows, e.g. "User-assigned managed identity". */
    default String label() {
        return method().label();
    }

    record Anonymous() implements EndpointAuthentication {
        public AuthenticationMethod method() {
            return AuthenticationMethod.ANONYMOUS;
        }
    }

    /** @param audience optional; the service defaults it to the registry's */
    record SystemAssigned(String audience) implements EndpointAuthentication {
        public AuthenticationMethod method() {
            return AuthenticationMethod.SYSTEM_ASSIGNED;
        }
    }

    /** @param scope optional: the resource's application ID URI with {@code /.default} */
    record UserAssigned(String clientId, String tenantId, String scope) implements EndpointAuthentication {
        public AuthenticationMethod method() {
            return AuthenticationMethod.USER_ASSIGNED;
        }
    }

    /** @param secretRef the name of the Kubernetes secret holding the pull credentials (a reference, not the secret) */
    record ArtifactPullSecret(String secretRef) implements EndpointAuthentication {
        public AuthenticationMethod method() {
            return AuthenticationMethod.ARTIFACT_PULL_SECRET;
        }
    }

    /**
     * A method value outside the published enum (a newer API version's, or the generator's filler in Microsoft's list
     * example), or none at all. It is shown by name; the console never sends it back: editing asks for a known method.
     */
    record Unknown(String methodName) implements EndpointAuthentication {
        public AuthenticationMethod method() {
            return null;
        }

        public String label() {
            return methodName == null ? "(none)" : "Unknown method '" + methodName + "'";
        }
    }

    /** Reads {@code properties.authentication}; never throws: what does not fit is {@link Unknown}. */
    static EndpointAuthentication parse(JsonNode authentication) {
        String name = text(authentication, "method");
        AuthenticationMethod method = AuthenticationMethod.fromArm(name).orElse(null);
        if (method == null) {
            return new Unknown(name);
        }
        JsonNode s = authentication.path(method.settingsField());
        return switch (method) {
            case ANONYMOUS -> new Anonymous();
            case SYSTEM_ASSIGNED -> new SystemAssigned(text(s, "audience"));
            case USER_ASSIGNED -> new UserAssigned(text(s, "clientId"), text(s, "tenantId"), text(s, "scope"));
            case ARTIFACT_PULL_SECRET -> new ArtifactPullSecret(text(s, "secretRef"));
        };
    }

    /** The JSON ARM expects: {@code {"method": ..., "<method>Settings": {...}}}, optional settings left out when blank. */
    static ObjectNode toJson(EndpointAuthentication a) {
        AuthenticationMethod method = a.method();
        if (method == null) {
            throw new IllegalArgumentException("Cannot send an unknown authentication method: " + a.label());
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("method", method.armName());
        ObjectNode s = n.putObject(method.settingsField());
        switch (a) {
            case SystemAssigned sa -> putIfPresent(s, "audience", sa.audience());
            case UserAssigned ua -> {
                s.put("clientId", ua.clientId());
                s.put("tenantId", ua.tenantId());
                putIfPresent(s, "scope", ua.scope());
            }
            case ArtifactPullSecret ps -> s.put("secretRef", ps.secretRef());
            case Anonymous an -> { } // anonymousSettings takes no properties
            case Unknown u -> throw new IllegalStateException("unreachable");
        }
        return n;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) {
            n.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
