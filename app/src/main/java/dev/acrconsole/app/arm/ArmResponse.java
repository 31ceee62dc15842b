package dev.acrconsole.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One ARM answer: status, body, and the headers a long-running operation is followed by.
 *
 * @param asyncOperation the Azure-AsyncOperation header (a status URL), if any
 * @param location       the Location header (a result URL), if any
 * @param retryAfter     the Retry-After header as sent (seconds or an HTTP date), if any
 */
public record ArmResponse(int status, String body, String asyncOperation, String location, String retryAfter) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * The body as JSON; an empty object when there is none. A body that is not JSON throws: an answer that cannot be
     * read must not pass for an empty one (a listing read as empty would drop what the cache holds).
     */
    public JsonNode json() {
        if (body == null) {
            return MAPPER.createObjectNode();
        }
        try {
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new UnreadableAnswerException(status, e);
        }
    }

    /** The body for reading an error from: whatever parses, else nothing (the status then speaks for itself). */
    private JsonNode errorJson() {
        try {
            return json();
        } catch (UnreadableAnswerException notJson) {
            return MAPPER.createObjectNode();
        }
    }

    /** Whether the body is ARM's error shape (not a gateway's page, nor nothing). */
    public boolean carriesArmError() {
        JsonNode j = errorJson();
        return j.has("error") || j.has("code");
    }

    /** ARM's error code, from {@code {"error":{"code","message"}}} (or the older top-level form). */
    public String errorCode() {
        JsonNode j = errorJson();
        String code = j.path("error").path("code").asText(j.path("code").asText(""));
        return code.isEmpty() ? "HTTP" + status : code;
    }

    public String errorMessage() {
        JsonNode j = errorJson();
        String message = j.path("error").path("message").asText(j.path("message").asText(""));
        return message.isEmpty() ? "ARM answered HTTP " + status + " with no error message." : message;
    }

    /** How long ARM asked us to wait, if it did: {@code Retry-After} in seconds or as an HTTP date. */
    public Optional<Duration> retryAfterDelay(Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }
}
