package dev.acrconsole.app.iotoperations;

import com.fasterxml.jackson.databind.JsonNode;

/** An Azure IoT Operations instance (Microsoft.IoTOperations/instances), read from ARM's JSON. */
public record IotInstance(String id, String name, String location, ExtendedLocation extendedLocation, String version,
                          String description, String provisioningState, String healthState, String schemaRegistryId) {

    public static IotInstance parse(String json) {
        JsonNode i = Text.read(json);
        JsonNode p = i.path("properties");
        return new IotInstance(Text.of(i, "id"), Text.of(i, "name"), Text.of(i, "location"),
                ExtendedLocation.parse(i.get("extendedLocation")), Text.of(p, "version"), Text.of(p, "description"),
                Text.of(p, "provisioningState"), Text.of(p, "healthState"), Text.of(p.path("schemaRegistryRef"), "resourceId"));
    }
}
