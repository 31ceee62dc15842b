package dev.acrconsole.app.registryendpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.kind.Json;

/**
 * A certificate authority whose signatures an endpoint's artifacts must carry, kept in a Kubernetes Secret or
 * ConfigMap named {@code ref}. An unknown type keeps its name and has no ref.
 */
public record CodeSigningCa(String type, String ref) {

    static CodeSigningCa parse(JsonNode n) {
        String type = Json.text(n, "type");
        String ref = "Secret".equals(type) ? Json.text(n, "secretRef") : "ConfigMap".equals(type) ? Json.text(n, "configMapRef") : null;
        return new CodeSigningCa(type, ref);
    }

    ObjectNode toJson() {
        return EndpointAuthentication.MAPPER.createObjectNode().put("type", type)
                .put("Secret".equals(type) ? "secretRef" : "configMapRef", ref);
    }

    /** e.g. "Secret dublin-signing-ca". */
    public String describe() {
        return type + (ref == null ? "" : " " + ref);
    }
}
