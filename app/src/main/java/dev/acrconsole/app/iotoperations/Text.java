package dev.acrconsole.app.iotoperations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Null-tolerant reading of ARM JSON for this package's records: a missing field is null, never an exception. */
final class Text {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Text() {}

    static String of(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("ARM JSON that cannot be read", e);
        }
    }
}
