package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The published rules of Microsoft.IoTOperations 2026-03-01 (swagger {@code iotoperations.json}) for instance and
 * registry endpoint names and the registry endpoint body: exactly those, no stricter and no looser, so that a client's
 * own checks can be compared with them. Where the schema says nothing (the host's format, the shape of a client ID)
 * anything goes, as it would at the service's API-spec validation.
 */
final class RegistryEndpointSchema {

    static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]*[a-z0-9]$");
    static final int NAME_MIN = 3;
    static final int NAME_MAX = 63;
    static final int HOST_MIN = 3;
    static final int HOST_MAX = 63;

    /** The required property of each trusted signing key type. */
    private static final Map<String, String> REF_BY_KEY_TYPE = Map.of("Secret", "secretRef", "ConfigMap", "configMapRef");

    private RegistryEndpointSchema() {
    }

    /** A path name ({@code instanceName}, {@code registryEndpointName}): 3-63 characters matching {@link #NAME}. */
    static void checkName(String parameter, String value) {
        if (value.length() < NAME_MIN || value.length() > NAME_MAX || !NAME.matcher(value).matches()) {
            throw new ArmException(400, "InvalidResourceName", "The value '" + value + "' of parameter '" + parameter
                    + "' is invalid: use " + NAME_MIN + " to " + NAME_MAX + " lower-case letters, digits and '-', starting and"
                    + " ending with a letter or digit (pattern " + NAME.pattern() + "); it has " + value.length() + " characters.");
        }
    }

    /** RegistryEndpointResource: {@code properties} and {@code extendedLocation} are both optional in the schema. */
    static void checkBody(JsonNode body) {
        if (body.has("extendedLocation")) {
            checkExtendedLocation(body.get("extendedLocation"));
        }
        if (body.has("properties")) {
            checkProperties(object(body.get("properties"), "properties"));
        }
    }

    private static void checkExtendedLocation(JsonNode location) {
        object(location, "extendedLocation");
        requiredString(location, "extendedLocation", "name");
        String type = requiredString(location, "extendedLocation", "type");
        if (!type.equals("CustomLocation")) {
            throw Bodies.invalid("extendedLocation.type", "The extended location type '" + type + "' is not valid. Valid values are CustomLocation.");
        }
    }

    private static void checkProperties(JsonNode p) {
        String host = requiredString(p, "properties", "host");
        if (host.length() < HOST_MIN || host.length() > HOST_MAX) {
            throw Bodies.invalid("properties.host", "The host '" + host + "' has " + host.length() + " characters; use "
                    + HOST_MIN + " to " + HOST_MAX + ".");
        }
        checkAuthentication(required(p, "properties", "authentication"));
        if (p.has("codeSigningCas")) {
            JsonNode cas = p.get("codeSigningCas");
            if (!cas.isArray()) {
                throw Bodies.invalid("properties.codeSigningCas", "The value must be an array.");
            }
            for (int i = 0; i < cas.size(); i++) {
                checkSigningKey(object(cas.get(i), "properties.codeSigningCas[" + i + "]"), "properties.codeSigningCas[" + i + "]");
            }
        }
    }

    private static void checkAuthentication(JsonNode authentication) {
        String where = "properties.authentication";
        object(authentication, where);
        String method = requiredString(authentication, where, "method");
        String settingsName = IotOperationsData.SETTINGS_BY_METHOD.get(method);
        if (settingsName == null) {
            throw Bodies.invalid(where + ".method", "The authentication method '" + method + "' is not valid. Valid values are "
                    + String.join(", ", IotOperationsData.SETTINGS_BY_METHOD.keySet()) + ".");
        }
        JsonNode settings = object(required(authentication, where, settingsName), where + "." + settingsName);
        String at = where + "." + settingsName;
        switch (method) {
            case "Anonymous" -> {
                if (!settings.isEmpty()) { // additionalProperties: false
                    throw Bodies.invalid(at, "Anonymous authentication takes no settings; remove '"
                            + settings.properties().iterator().next().getKey() + "'.");
                }
            }
            case "SystemAssignedManagedIdentity" -> optionalString(settings, at, "audience");
            case "UserAssignedManagedIdentity" -> {
                requiredString(settings, at, "clientId");
                requiredString(settings, at, "tenantId");
                optionalString(settings, at, "scope");
            }
            default -> requiredString(settings, at, "secretRef"); // ArtifactPullSecret
        }
    }

    private static void checkSigningKey(JsonNode key, String where) {
        String type = requiredString(key, where, "type");
        String ref = REF_BY_KEY_TYPE.get(type);
        if (ref == null) {
            throw Bodies.invalid(where + ".type", "The trusted signing key type '" + type + "' is not valid. Valid values are Secret, ConfigMap.");
        }
        requiredString(key, where, ref);
    }

    private static JsonNode required(JsonNode parent, String where, String field) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw Bodies.invalid(where + "." + field, "The property '" + field + "' is required.");
        }
        return value;
    }

    private static String requiredString(JsonNode parent, String where, String field) {
        JsonNode value = required(parent, where, field);
        if (!value.isTextual()) {
            throw Bodies.invalid(where + "." + field, "The property '" + field + "' must be a string.");
        }
        return value.asText();
    }

    private static void optionalString(JsonNode parent, String where, String field) {
        if (parent.has(field) && !parent.get(field).isNull()) {
            requiredString(parent, where, field);
        }
    }

    private static JsonNode object(JsonNode value, String where) {
        if (!value.isObject()) {
            throw Bodies.invalid(where, "The value must be an object.");
        }
        return value;
    }
}
