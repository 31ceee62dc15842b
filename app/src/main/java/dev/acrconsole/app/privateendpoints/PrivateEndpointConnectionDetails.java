package dev.acrconsole.app.privateendpoints;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A private endpoint connection as the console shows it, read from its cached ARM JSON. */
public record PrivateEndpointConnectionDetails(String id, String name, String registry, String status,
                                               String description, String actionsRequired, String provisioningState,
                                               String privateEndpointId) {

    public static PrivateEndpointConnectionDetails parse(String json) {
        JsonNode c = Json.read(json);
        JsonNode p = c.path("properties");
        JsonNode state = p.path("privateLinkServiceConnectionState");
        String id = Json.text(c, "id");
        return new PrivateEndpointConnectionDetails(id, Json.text(c, "name"), id == null ? null : ArmIds.segment(id, "registries"),
                Json.text(state, "status"), Json.text(state, "description"), Json.text(state, "actionsRequired"),
                Json.text(p, "provisioningState"), Json.text(p.path("privateEndpoint"), "id"));
    }

    /** The private endpoint's own name: the last part of its id, what its owner calls it. */
    public String privateEndpointName() {
        return privateEndpointId == null ? null : privateEndpointId.substring(privateEndpointId.lastIndexOf('/') + 1);
    }

    public boolean pending() {
        return "Pending".equalsIgnoreCase(status);
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Status", status),
                new DetailField("Description", description),
                new DetailField("Actions required", actionsRequired),
                new DetailField("Provisioning state", provisioningState),
                new DetailField("Private endpoint", privateEndpointName()),
                new DetailField("Private endpoint ID", privateEndpointId),
                new DetailField("Registry", registry),
                DetailField.copyable("Resource ID", id));
    }
}
