package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A part of the sandbox's state that its state file keeps ({@link StateFile}): each is one section of the file. A
 * sandbox without a state file uses none of this.
 */
interface Kept {

    /** The section's name in the file. */
    String section();

    /** What it holds now, as JSON. */
    JsonNode save();

    /** Replaces what it holds with a saved section; throws {@link StateFile.Unreadable} when the section is not one. */
    void restore(JsonNode saved);

    /** Back to empty, before the sample is seeded again (a reset). */
    void clear();

    /**
     * Whether a file may lack this section (one written before the part existed): it is then restored from a missing
     * node, rather than the whole file being refused.
     */
    default boolean optional() {
        return false;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new StateFile.Unreadable("'" + field + "' is missing or not a string in " + shorten(node));
        }
        return v.asText();
    }

    /** A string, or null when the field is absent or null. */
    static String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : text(node, field);
    }

    static ObjectNode object(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isObject()) {
            throw new StateFile.Unreadable("'" + field + "' is missing or not an object in " + shorten(node));
        }
        return (ObjectNode) v;
    }

    static long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw new StateFile.Unreadable("'" + field + "' is missing or not a whole number in " + shorten(node));
        }
        return v.asLong();
    }

    /** An instant, or null when the field is absent or null. */
    static Instant instant(JsonNode node, String field) {
        String v = optionalText(node, field);
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new StateFile.Unreadable("'" + field + "' is not a time (" + v + ")");
        }
    }

    private static String shorten(JsonNode node) {
        String s = node.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
