package dev.acrconsole.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields whose changes matter, per ARM type: provisioning and connection states, activation, private endpoint
 * status, token status and expiry, SKU, public network access, run status. Each resource's values are kept as one
 * line ({@link #watch}) so a refresh finds what changed by comparing strings.
 */
public final class ChangeRules {
    private static final String PROVISIONING = "Provisioning state";
    private static final Map<String, Map<String, String>> BY_TYPE = new LinkedHashMap<>();

    static {
        rule("microsoft.resources/subscriptions", "State", "state");
        rule("microsoft.containerregistry/registries", "SKU", "sku.name", PROVISIONING, "properties.provisioningState",
                "Public network access", "properties.publicNetworkAccess");
        rule("microsoft.containerregistry/registries/privateendpointconnections",
                "Connection status", "properties.privateLinkServiceConnectionState.status",
                PROVISIONING, "properties.provisioningState");
        rule("microsoft.containerregistry/registries/connectedregistries", "Connection state", "properties.connectionState",
                "Activation", "properties.activation.status", PROVISIONING, "properties.provisioningState");
        rule("microsoft.containerregistry/registries/tokens", "Status", "properties.status",
                "Expiry", "properties.credentials.passwords[].expiry", PROVISIONING, "properties.provisioningState");
        rule("microsoft.containerregistry/registries/runs", "Run status", "properties.status");
        rule("microsoft.containerregistry/registries/tasks", "Status", "properties.status", PROVISIONING,
                "properties.provisioningState");
        rule("microsoft.containerregistry/registries/agentpools", "Count", "properties.count", PROVISIONING,
                "properties.provisioningState");
    }

    private ChangeRules() {}

    private static void rule(String type, String... labelsAndPaths) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndPaths.length; i += 2) {
            fields.put(labelsAndPaths[i], labelsAndPaths[i + 1]);
        }
        BY_TYPE.put(type, fields);
    }

    /** The watched fields of a type (label -> path); any other type watches its provisioning state. */
    static Map<String, String> fields(String type) {
        return BY_TYPE.getOrDefault(type == null ? "" : type.toLowerCase(Locale.ROOT),
                Map.of(PROVISIONING, "properties.provisioningState"));
    }

    /** One line of "label=value" pairs (absent fields left out), in the rule's order. */
    static String watch(String type, JsonNode json) {
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
     * A dotted path's value; {@code name[]} takes every element of an array, and several values read as the earliest
     * (for expiry dates, the one that matters first).
     */
    static String value(JsonNode json, String path) {
        List<JsonNode> nodes = List.of(json);
        for (String segment : path.split("\\.")) {
            boolean all = segment.endsWith("[]");
            String name = all ? segment.substring(0, segment.length() - 2) : segment;
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
        return nodes.stream().filter(JsonNode::isValueNode).map(JsonNode::asText).sorted().findFirst().orElse(null);
    }
}
