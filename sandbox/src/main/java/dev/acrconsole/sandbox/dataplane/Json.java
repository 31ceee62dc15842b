package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** JSON and digests for the data plane. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body as JSON, or ACR's 400 when it is not. */
    static JsonNode parse(byte[] body) {
        try {
            JsonNode n = MAPPER.readTree(body);
            if (n == null || !n.isObject()) {
                throw new AcrError(400, "UNSUPPORTED", "the request body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new AcrError(400, "UNSUPPORTED", "the request body is not JSON: " + e.getMessage());
        }
    }

    /** {@code sha256:<hex>} of the bytes: what a client computes to check what it was served. */
    static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ACR writes times with seven decimals of a second; whole seconds are enough here. */
    static String time(Instant t) {
        return t.toString();
    }
}
