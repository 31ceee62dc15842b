package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a handler answers; {@code body} null means no content. */
record Response(int status, JsonNode body, Map<String, String> headers) {

    static Response ok(JsonNode body) {
        return new Response(200, body, Map.of());
    }
}
