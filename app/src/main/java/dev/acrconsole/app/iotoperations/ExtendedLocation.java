package dev.acrconsole.app.iotoperations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where an IoT Operations resource runs: an Arc custom location (a Kubernetes cluster at a site).
 *
 * @param name the custom location's resource id
 * @param type {@code CustomLocation}, the one published type
 */
public record ExtendedLocation(String name, String type) {

    /** Null when the resource carries none. */
    static ExtendedLocation parse(JsonNode n) {
        return n == null || !n.isObject() ? null : new ExtendedLocation(Text.of(n, "name"), Text.of(n, "type"));
    }

    ObjectNode toJson() {
        return EndpointAuthentication.MAPPER.createObjectNode().put("name", name).put("type", type);
    }

    /** The custom location's own name (the last part of its id), e.g. cl-dublin-factory. */
    public String shortName() {
        return name == null ? null : name.substring(name.lastIndexOf('/') + 1);
    }
}
