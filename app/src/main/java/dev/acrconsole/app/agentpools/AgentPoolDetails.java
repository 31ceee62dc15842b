package dev.acrconsole.app.agentpools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A dedicated agent pool: how many agents of which tier, their OS and subnet. */
public record AgentPoolDetails(String id, String name, Integer count, String tier, String os, String subnetId,
                               String provisioningState, String location) {

    public static AgentPoolDetails parse(String json) {
        JsonNode a = Json.read(json);
        JsonNode p = a.path("properties");
        return new AgentPoolDetails(Json.text(a, "id"), Json.text(a, "name"), p.has("count") ? p.path("count").asInt() : null,
                Json.text(p, "tier"), Json.text(p, "os"), Json.text(p, "virtualNetworkSubnetResourceId"),
                Json.text(p, "provisioningState"), Json.text(a, "location"));
    }

    /** The subnet's own name: the last part of its id. */
    public String subnet() {
        return subnetId == null ? null : subnetId.substring(subnetId.lastIndexOf('/') + 1);
    }

    public List<DetailField> fields(String queued) {
        return List.of(
                new DetailField("Agents", count == null ? null : String.valueOf(count)),
                new DetailField("Tier", tier),
                new DetailField("OS", os),
                new DetailField("Queued runs", queued),
                new DetailField("Subnet", subnetId),
                new DetailField("Location", location),
                new DetailField("Provisioning state", provisioningState),
                DetailField.copyable("Resource ID", id));
    }
}
