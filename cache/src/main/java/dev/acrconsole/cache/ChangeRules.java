package dev.acrconsole.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields whose changes matter, per ARM type, as each kind's descriptor says (through {@link CachePolicy}). Each
 * resource's values are kept as one line ({@link #watch}) so a refresh finds what changed by comparing strings.
 */
final class ChangeRules {
    private static final Map<String, String> PROVISIONING = Map.of("Provisioning state", "properties.provisioningState");
    /** Each path's segments, split once: every watched field of every resource is read at each refresh. */
    private static final Map<String, String[]> SEGMENTS = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> byType;

    ChangeRules(CachePolicy policy) {
        this.byType = policy.watched();
    }

    /** The watched fields of a type (label -> path); a type no kind describes watches its provisioning state. */
    Map<String, String> fields(String type) {
        return byType.getOrDefault(type == null ? "" : type.toLowerCase(Locale.ROOT), PROVISIONING);
    }

    /** One line of "label=value" pairs (absent fields left out), in the rule's order. */
    String watch(String type, JsonNode json) {
        StringBuilder line = new StringBuilder();
        fields(type).forEach((label, path) -> {
            String value = value(json, path);
            if (value != null) {
                if (!line.isEmpty()) {
                    line.append('\n');
                }
                line.append(label).append('=').append(value);
            }
        });
        return line.toString();
    }

    /** The watch line back as label -> value. */
    static Map<String, String> parse(String watch) {
        Map<String, String> out = new LinkedHashMap<>();
        if (watch == null || watch.isEmpty()) {
            return out;
        }
        for (String pair : watch.split("\n")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    /**
     * A dotted path's value. {@code name[]} takes every element of an array, and several values read as the earliest
     * (for expiry dates, the one that matters first); {@code name[*]} takes every element too, and several values
     * read as all of them, sorted and joined (an IP rule added or removed is a change). An object's value is its JSON.
     */
    static String value(JsonNode json, String path) {
        String[] segments = SEGMENTS.computeIfAbsent(path, p -> p.split("\\."));
        if (path.indexOf('[') < 0) { // one value at most: walked without lists (every field of every resource, each refresh)
            JsonNode n = json;
            for (String segment : segments) {
                n = n.path(segment);
                if (n.isMissingNode() || n.isNull()) {
                    return null;
                }
            }
            return n.isValueNode() ? n.asText() : n.toString();
        }
        List<JsonNode> nodes = List.of(json);
        boolean joined = false;
        for (String segment : segments) {
            boolean every = segment.endsWith("[*]");
            boolean all = every || segment.endsWith("[]");
            joined |= every;
            String name = every ? segment.substring(0, segment.length() - 3) : all ? segment.substring(0, segment.length() - 2) : segment;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : nodes) {
                JsonNode child = n.path(name);
                if (all && child.isArray()) {
                    child.forEach(next::add);
                } else if (!all && !child.isMissingNode() && !child.isNull()) {
                    next.add(child);
                }
            }
            nodes = next;
        }
        List<String> values = nodes.stream().map(n -> n.isValueNode() ? n.asText() : n.toString()).sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        return joined ? String.join(", ", values) : values.getFirst();
    }
}
