package dev.acrconsole.app.iotinstances;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** An Azure IoT Operations instance (Microsoft.IoTOperations/instances), read from ARM's JSON. */
public record IotInstance(String id, String name, String location, ExtendedLocation extendedLocation, String version,
                          String description, String provisioningState, String healthState, String schemaRegistryId) {

    public static IotInstance parse(String json) {
        JsonNode i = Json.read(json);
        JsonNode p = i.path("properties");
        return new IotInstance(Json.text(i, "id"), Json.text(i, "name"), Json.text(i, "location"),
                ExtendedLocation.parse(i.get("extendedLocation")), Json.text(p, "version"), Json.text(p, "description"),
                Json.text(p, "provisioningState"), Json.text(p, "healthState"), Json.text(p.path("schemaRegistryRef"), "resourceId"));
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Description", description),
                new DetailField("Location", location),
                new DetailField("Extended location", ExtendedLocation.describe(extendedLocation)),
                new DetailField("Version", version),
                new DetailField("Provisioning state", provisioningState),
                new DetailField("Health", healthState),
                new DetailField("Schema registry", schemaRegistryId),
                DetailField.copyable("Resource ID", id));
    }
}
