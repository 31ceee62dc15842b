package dev.acrconsole.app.kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small null-tolerant readers over ARM JSON: a missing field is null, never an exception. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper BINDER = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {}

    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cached JSON is unreadable", e);
        }
    }

    /** A cached resource's JSON indented for reading (View JSON): the cache holds no secrets, so neither does this. */
    public static String pretty(dev.acrconsole.cache.CachedResource resource) {
        return pretty(resource.json());
    }

    /** The JSON indented for reading; as it is when it is not JSON. */
    public static String pretty(String json) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
        } catch (IOException | RuntimeException e) {
            return json;
        }
    }

    /**
     * Reads JSON straight into a record whose components carry its field names (fields it lacks are ignored), with no
     * tree in between: for the kinds read by the 100,000 (a clean-up's dry run reads every tag and manifest).
     */
    public static <T> T bind(String json, Class<T> type) {
        try {
            return BINDER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cached JSON is unreadable", e);
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    public static String textOr(JsonNode node, String field, String fallback) {
        String v = text(node, field);
        return v == null ? fallback : v;
    }

    public static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }

    /** The strings of an array; empty when it is missing or null. */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    public static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
