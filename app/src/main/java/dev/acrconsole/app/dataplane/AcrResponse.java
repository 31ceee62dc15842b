package dev.acrconsole.app.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A data-plane answer: status, body, and the headers that matter (the next page's {@code Link}, the content's type
 * and digest).
 */
public record AcrResponse(int status, String body, String link, String contentType, String digest) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as JSON (an empty object when there is none); a body that is not JSON throws, never reads as empty. */
    public JsonNode json() {
        if (body == null || body.isEmpty()) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("The registry answered HTTP " + status + " with a body that is not JSON");
        }
    }

    /** ACR's first error, from {@code {"errors":[{"code","message","detail"}]}}; null when the body has none. */
    JsonNode firstError() {
        try {
            JsonNode errors = json().path("errors");
            return errors.isArray() && !errors.isEmpty() ? errors.get(0) : null;
        } catch (IllegalStateException notJson) {
            return null;
        }
    }

    public String errorCode() {
        JsonNode e = firstError();
        String code = e == null ? "" : e.path("code").asText("");
        return code.isEmpty() ? "HTTP" + status : code;
    }

    public String errorMessage() {
        JsonNode e = firstError();
        String message = e == null ? "" : e.path("message").asText("");
        return message.isEmpty() ? "The registry answered HTTP " + status + " with no error message." : message;
    }
}
