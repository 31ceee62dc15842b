package dev.acrconsole.app.iotinstances;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.kind.Json;

/**
 * Where an IoT Operations resource runs: an Arc custom location (a Kubernetes cluster at a site).
 *
 * @param name the custom location's resource id
 * @param type {@code CustomLocation}, the one published type
 */
public record ExtendedLocation(String name, String type) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Null when the resource carries none. */
    public static ExtendedLocation parse(JsonNode n) {
        return n == null || !n.isObject() ? null : new ExtendedLocation(Json.text(n, "name"), Json.text(n, "type"));
    }

    public ObjectNode toJson() {
        return MAPPER.createObjectNode().put("name", name).put("type", type);
    }

    /** "name (type)", as the detail panes show it; null for none. */
    public static String describe(ExtendedLocation l) {
        return l == null ? null : l.name() + (l.type() == null ? "" : " (" + l.type() + ")");
    }

    /** The custom location's own name (the last part of its id), e.g. cl-dublin-factory. */
    public String shortName() {
        return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
    }
}
