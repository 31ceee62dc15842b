package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A registry's geo-replications: list, get, create (PUT), update (PATCH: tags, regionEndpointEnabled), delete.
 * Geo-replication is a Premium feature (ACR's SKU table), and each replica is in a region of its own.
 */
final class ReplicationsApi extends ChildApi {

    static final String TYPE = "Microsoft.ContainerRegistry/registries/replications";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");
    private static final ObjectNode TEMPLATE = ArmJson.body("ReplicationGet.json");

    ReplicationsApi(RegistryChildren children) {
        super(children, "replications", "replicationName", ApiVersions.REPLICATIONS);
    }

    /** A replica as ARM shows it; {@code provisioning} while it is made, Ready after. */
    static ObjectNode json(String id, String location, JsonNode tags, JsonNode properties, Instant at, String provisioningState) {
        ObjectNode n = TEMPLATE.deepCopy();
        n.put("id", id);
        n.put("name", ArmPaths.name(id));
        n.put("location", location);
        n.set("tags", tags != null && tags.isObject() ? tags.deepCopy() : ArmJson.MAPPER.createObjectNode());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("provisioningState", provisioningState);
        boolean ready = provisioningState.equals("Succeeded");
        ((ObjectNode) p.get("status")).put("displayStatus", ready ? "Ready" : "Provisioning")
                .put("message", ready ? "The replication is ready." : "The replication is provisioning.")
                .put("timestamp", EdgeJson.when(at));
        p.put("regionEndpointEnabled", properties.path("regionEndpointEnabled").asBoolean(true));
        p.put("zoneRedundancy", properties.path("zoneRedundancy").asText("Disabled"));
        return n;
    }

    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("replication", r.var("replicationName"), NAME, "letters and digits");
        ObjectNode registry = children.registry(r);
        if (!"Premium".equals(registry.at("/sku/name").asText())) {
            throw new ArmException(400, "FeatureNotSupportedForSku", "Geo-replication needs the Premium SKU; registry '"
                    + registry.path("name").asText() + "' is " + registry.at("/sku/name").asText() + ".");
        }
        JsonNode body = Bodies.json(r, Enums.REPLICATION);
        String location = Locations.of(body, TYPE);
        String id = id(r);
        ObjectNode old = state.get(id).orElse(null);
        Locations.unchanged(old, location, r.var("resourceGroupName"));
        if (old == null && state.children(children.collectionId(r, collection)).stream()
                .anyMatch(n -> n.path("location").asText().equals(location))) {
            throw new ArmException(409, "ReplicationAlreadyExists", "Registry '" + registry.path("name").asText()
                    + "' already has a replication in '" + location + "'.");
        }
        return accepted(r, id, old, json(id, location, body.get("tags"), body.path("properties"), children.clock.instant(), "Creating"));
    }

    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode body = Bodies.json(r, Enums.REPLICATION);
        ObjectNode next = current.deepCopy();
        if (body.has("tags")) {
            next.set("tags", body.get("tags").deepCopy());
        }
        if (body.at("/properties/regionEndpointEnabled").isBoolean()) {
            ((ObjectNode) next.get("properties")).put("regionEndpointEnabled", body.at("/properties/regionEndpointEnabled").asBoolean());
        }
        return updating(r, current.path("id").asText(), next);
    }

    @Override
    protected ObjectNode shown(Request r, ObjectNode replication) {
        ObjectNode status = (ObjectNode) replication.at("/properties/status");
        String state = replication.at("/properties/provisioningState").asText();
        boolean ready = "Succeeded".equals(state);
        boolean failed = "Failed".equals(state); // e.g. set by a test: the replica then shows as ARM shows a failed one
        status.put("displayStatus", ready ? "Ready" : failed ? "Failed" : "Provisioning")
                .put("message", ready ? "The replication is ready." : failed ? "The replication failed."
                        : "The replication is provisioning.");
        return replication;
    }
}
