package dev.acrconsole.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads request bodies and words ARM's answers to bad ones. */
final class Bodies {

    private Bodies() {
    }

    /** The body as JSON, or ARM's 400 when it is missing or malformed. */
    static JsonNode json(Request r) {
        if (r.body() == null || r.body().length == 0) {
            throw new ArmException(400, "InvalidRequestContent", "The request content was invalid: the body is empty.");
        }
        try {
            JsonNode node = ArmJson.MAPPER.readTree(r.body());
            if (node == null || !node.isObject()) {
                throw new ArmException(400, "InvalidRequestContent", "The request content must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ArmException(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ArmException(400, "InvalidRequestContent", "The request content could not be read.");
        }
    }

    /** The body as JSON with its enum values as the spec writes them ({@link Enums}), or ARM's 400. */
    static JsonNode json(Request r, java.util.Map<String, java.util.List<String>> enums) {
        return Enums.canonical(json(r), enums);
    }

    static ArmException invalid(String property, String message) {
        return new ArmException(400, "InvalidParameter", message + " (property '" + property + "')");
    }
}
