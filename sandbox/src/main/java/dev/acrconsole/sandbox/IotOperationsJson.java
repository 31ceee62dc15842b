package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.IotOperationsData.Instance;
import dev.acrconsole.sandbox.IotOperationsData.RegistryEndpoint;
import dev.acrconsole.sandbox.IotOperationsData.TrustedSigningKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Renders IoT Operations instances and registry endpoints as ARM JSON, from Microsoft's bundled 2026-03-01 examples. */
final class IotOperationsJson {

    private static final ObjectNode INSTANCE = ArmJson.body("Instance_Get_MaximumSet_Gen.json");
    private static final ObjectNode ENDPOINT = ArmJson.body("RegistryEndpoint_Get_MaximumSet_Gen.json");
    // Sample resources were all made at one fixed time, so the same seed always renders the same JSON.
    private static final Instant SAMPLE_CREATED = Instant.parse("2025-06-02T08:30:00.000Z");

    private IotOperationsJson() {
    }

    static ObjectNode instance(Instance i) {
        ObjectNode n = INSTANCE.deepCopy();
        ObjectNode p = (ObjectNode) n.get("properties");
        ((ObjectNode) p.get("schemaRegistryRef")).put("resourceId", "/subscriptions/" + i.subscriptionId()
                + "/resourceGroups/" + i.resourceGroup() + "/providers/Microsoft.DeviceRegistry/schemaRegistries/" + i.name() + "-schemas");
        p.put("description", i.description());
        p.put("provisioningState", "Succeeded");
        p.put("healthState", "Available");
        extendedLocation(n, i.customLocationId());
        ObjectNode identity = (ObjectNode) n.get("identity");
        identity.put("principalId", i.principalId());
        identity.put("tenantId", i.tenantId());
        n.put("location", i.location());
        n.put("id", i.id());
        n.put("name", i.name());
        n.put("type", IotOperationsData.INSTANCE_TYPE);
        systemData(n, SAMPLE_CREATED, SAMPLE_CREATED);
        return n;
    }

    static ObjectNode registryEndpoint(RegistryEndpoint e) {
        ObjectNode n = ENDPOINT.deepCopy();
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("host", e.host());
        ObjectNode authentication = p.putObject("authentication");
        authentication.put("method", e.method());
        ObjectNode settings = authentication.putObject(IotOperationsData.SETTINGS_BY_METHOD.get(e.method()));
        e.settings().forEach(settings::put);
        if (!e.codeSigningCas().isEmpty()) {
            ArrayNode cas = p.putArray("codeSigningCas");
            for (TrustedSigningKey key : e.codeSigningCas()) {
                cas.addObject().put("type", key.type()).put(key.type().equals("Secret") ? "secretRef" : "configMapRef", key.ref());
            }
        }
        p.remove("provisioningState"); // keep ARM's order: read-only state after what the client set
        p.put("provisioningState", "Succeeded");
        p.put("healthState", "Available");
        extendedLocation(n, e.instance().customLocationId());
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", IotOperationsData.ENDPOINT_TYPE);
        systemData(n, SAMPLE_CREATED, SAMPLE_CREATED);
        return n;
    }

    /**
     * An endpoint as a PUT makes it: what the (validated) body sets, with the read-only fields the service adds.
     * Without an extendedLocation in the body the endpoint takes its instance's, where it runs anyway.
     */
    static ObjectNode newRegistryEndpoint(String id, JsonNode body, JsonNode instanceExtendedLocation, Instant created,
                                          Instant now, String provisioningState) {
        ObjectNode n = ArmJson.MAPPER.createObjectNode();
        ObjectNode p = body.path("properties").isObject() ? ((ObjectNode) body.get("properties")).deepCopy()
                : ArmJson.MAPPER.createObjectNode();
        p.remove("provisioningState"); // read-only: ARM ignores what a client sends
        p.remove("healthState");
        p.put("provisioningState", provisioningState);
        p.put("healthState", "Unknown");
        n.set("properties", p);
        n.set("extendedLocation", (body.has("extendedLocation") ? body.get("extendedLocation") : instanceExtendedLocation).deepCopy());
        n.put("id", id);
        n.put("name", ArmPaths.name(id));
        n.put("type", IotOperationsData.ENDPOINT_TYPE);
        systemData(n, created, now);
        return n;
    }

    private static void extendedLocation(ObjectNode n, String customLocationId) {
        ObjectNode location = n.putObject("extendedLocation");
        location.put("name", customLocationId);
        location.put("type", "CustomLocation");
    }

    private static void systemData(ObjectNode n, Instant created, Instant modified) {
        ObjectNode s = n.putObject("systemData");
        s.put("createdBy", "site-it@fabrikam.example");
        s.put("createdByType", "User");
        s.put("createdAt", created.truncatedTo(ChronoUnit.MILLIS).toString());
        s.put("lastModifiedBy", "site-it@fabrikam.example");
        s.put("lastModifiedByType", "User");
        s.put("lastModifiedAt", modified.truncatedTo(ChronoUnit.MILLIS).toString());
    }
}
