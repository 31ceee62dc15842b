package dev.acrconsole.app.registryendpoints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.iotinstances.ExtendedLocation;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
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
        return parse(Json.read(json));
    }

    public static RegistryEndpoint parse(JsonNode e) {
        JsonNode p = e.path("properties");
        List<CodeSigningCa> cas = new ArrayList<>();
        p.path("codeSigningCas").forEach(ca -> cas.add(CodeSigningCa.parse(ca)));
        return new RegistryEndpoint(Json.text(e, "id"), Json.text(e, "name"), Json.text(p, "host"),
                EndpointAuthentication.parse(p.path("authentication")), cas, ExtendedLocation.parse(e.get("extendedLocation")),
                Json.text(p, "provisioningState"), Json.text(p, "healthState"));
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

    /** Host, the method and its settings (a secret only by its reference), code-signing CAs, where it runs. */
    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Host", host));
        f.add(new DetailField("Authentication", authentication.label()));
        switch (authentication) {
            case EndpointAuthentication.UserAssigned ua -> {
                f.add(new DetailField("Client ID", ua.clientId()));
                f.add(new DetailField("Tenant ID", ua.tenantId()));
                f.add(new DetailField("Scope", ua.scope() == null ? "(default)" : ua.scope()));
            }
            case EndpointAuthentication.ArtifactPullSecret ps -> f.add(new DetailField("Secret reference", ps.secretRef()));
            case EndpointAuthentication.SystemAssigned sa ->
                    f.add(new DetailField("Audience", sa.audience() == null ? "(default)" : sa.audience()));
            case EndpointAuthentication.Unknown u -> f.add(new DetailField("Note",
                    "This console does not know this method; edit the endpoint to choose one of the four it knows."));
            case EndpointAuthentication.Anonymous a -> { }
        }
        f.add(new DetailField("Code-signing CAs", codeSigningCas.isEmpty() ? "(none)"
                : codeSigningCas.stream().map(CodeSigningCa::describe).collect(java.util.stream.Collectors.joining(", "))));
        f.add(new DetailField("Extended location", ExtendedLocation.describe(extendedLocation)));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(new DetailField("Health", healthState));
        f.add(new DetailField("Instance", instanceName()));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }
}
