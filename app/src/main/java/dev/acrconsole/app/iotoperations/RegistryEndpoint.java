package dev.acrconsole.app.iotoperations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.refresh.ArmIds;
import java.util.ArrayList;
import java.util.List;

/**
 * An IoT Operations registry endpoint (Microsoft.IoTOperations/instances/registryEndpoints): the registry host an
 * instance pulls connector images and dataflow graphs from, and how it signs in there.
 */
public record RegistryEndpoint(String id, String name, String host, EndpointAuthentication authentication,
                               List<CodeSigningCa> codeSigningCas, ExtendedLocation extendedLocation,
                               String provisioningState, String healthState) {
    /** Where the host is in the JSON (SQLite JSON path), for queries over cached endpoints. */
    public static final String HOST_PATH = "$.properties.host";

    public RegistryEndpoint {
        codeSigningCas = List.copyOf(codeSigningCas);
    }

    /** Reads ARM's JSON; never throws on missing or unknown values (see {@link EndpointAuthentication.Unknown}). */
    public static RegistryEndpoint parse(String json) {
        return parse(Text.read(json));
    }

    public static RegistryEndpoint parse(JsonNode e) {
        JsonNode p = e.path("properties");
        List<CodeSigningCa> cas = new ArrayList<>();
        p.path("codeSigningCas").forEach(ca -> cas.add(CodeSigningCa.parse(ca)));
        return new RegistryEndpoint(Text.of(e, "id"), Text.of(e, "name"), Text.of(p, "host"),
                EndpointAuthentication.parse(p.path("authentication")), cas, ExtendedLocation.parse(e.get("extendedLocation")),
                Text.of(p, "provisioningState"), Text.of(p, "healthState"));
    }

    /** The instance it belongs to, from its id (null when the id is not an ARM id). */
    public String instanceName() {
        return ArmIds.segment(id, "instances");
    }

    /**
     * The body of a create-or-replace PUT: what a client sets, none of the read-only fields. The authentication must
     * be a known method.
     */
    public String requestBody() {
        ObjectNode body = EndpointAuthentication.MAPPER.createObjectNode();
        if (extendedLocation != null) {
            body.set("extendedLocation", extendedLocation.toJson());
        }
        ObjectNode p = body.putObject("properties");
        p.put("host", host);
        p.set("authentication", EndpointAuthentication.toJson(authentication));
        if (!codeSigningCas.isEmpty()) {
            ArrayNode cas = p.putArray("codeSigningCas");
            codeSigningCas.forEach(ca -> cas.add(ca.toJson()));
        }
        return body.toString();
    }
}
