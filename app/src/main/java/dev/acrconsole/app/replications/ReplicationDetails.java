package dev.acrconsole.app.replications;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;
import java.util.Map;

/**
 * A geo-replica as the console shows it: its region, ARM's status (displayStatus and message), provisioning state,
 * zone redundancy and whether its regional endpoint takes traffic.
 *
 * @param regionEndpointEnabled null when ARM did not say (its default is enabled)
 */
public record ReplicationDetails(String id, String name, String location, String displayStatus, String statusMessage,
                                 String statusTimestamp, String provisioningState, String zoneRedundancy,
                                 Boolean regionEndpointEnabled, Map<String, String> tags) {

    public static ReplicationDetails parse(String json) {
        JsonNode r = Json.read(json);
        JsonNode p = r.path("properties");
        JsonNode status = p.path("status");
        return new ReplicationDetails(Json.text(r, "id"), Json.text(r, "name"), Json.text(r, "location"),
                Json.text(status, "displayStatus"), Json.text(status, "message"), Json.text(status, "timestamp"),
                Json.text(p, "provisioningState"), Json.text(p, "zoneRedundancy"), Json.bool(p, "regionEndpointEnabled"),
                Json.stringMap(r.path("tags")));
    }

    /** ARM's default when the field is absent: the replica's endpoint takes traffic. */
    public boolean endpointEnabled() {
        return regionEndpointEnabled == null || regionEndpointEnabled;
    }

    public String status() {
        return displayStatus == null ? provisioningState : displayStatus;
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Location", location),
                new DetailField("Status", displayStatus),
                new DetailField("Status message", statusMessage),
                new DetailField("Status since", Format.armTime(statusTimestamp)),
                new DetailField("Provisioning state", provisioningState),
                new DetailField("Zone redundancy", zoneRedundancy),
                new DetailField("Regional endpoint", Format.enabled(endpointEnabled())),
                new DetailField("Tags", Format.tags(tags)),
                DetailField.copyable("Resource ID", id));
    }
}
