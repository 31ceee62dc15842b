package dev.acrconsole.app.registries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the registry detail pane shows, read from the registry's cached ARM JSON. */
public record RegistryDetails(
        String name,
        String id,
        String loginServer,
        String skuName,
        String location,
        Boolean adminUserEnabled,
        String publicNetworkAccess,
        String zoneRedundancy,
        Boolean dataEndpointEnabled,
        List<String> dataEndpointHostNames,
        Map<String, String> policies,
        Instant creationDate,
        String provisioningState,
        Map<String, String> tags) {

    public static RegistryDetails parse(String json) {
        JsonNode r = Json.read(json);
        JsonNode p = r.path("properties");
        List<String> hosts = new ArrayList<>();
        p.path("dataEndpointHostNames").forEach(h -> hosts.add(h.asText()));
        return new RegistryDetails(
                Json.text(r, "name"),
                Json.text(r, "id"),
                Json.text(p, "loginServer"),
                Json.text(r.path("sku"), "name"),
                Json.text(r, "location"),
                Json.bool(p, "adminUserEnabled"),
                Json.text(p, "publicNetworkAccess"),
                Json.text(p, "zoneRedundancy"),
                Json.bool(p, "dataEndpointEnabled"),
                List.copyOf(hosts),
                policies(p.path("policies")),
                instant(Json.text(p, "creationDate")),
                Json.text(p, "provisioningState"),
                Json.stringMap(r.path("tags")));
    }

    /** The pane's rows, in the order a registry owner reads them. */
    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Login server", loginServer));
        f.add(new DetailField("SKU", skuName));
        f.add(new DetailField("Location", location));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(new DetailField("Admin user", Format.enabled(adminUserEnabled)));
        f.add(new DetailField("Public network access", publicNetworkAccess));
        f.add(new DetailField("Zone redundancy", zoneRedundancy));
        f.add(new DetailField("Data endpoint", Boolean.TRUE.equals(dataEndpointEnabled)
                ? "Enabled" + (dataEndpointHostNames.isEmpty() ? "" : " (" + String.join(", ", dataEndpointHostNames) + ")")
                : Format.enabled(dataEndpointEnabled)));
        policies.forEach((k, v) -> f.add(new DetailField("Policy: " + k, v)));
        f.add(new DetailField("Created", Format.instant(creationDate)));
        f.add(new DetailField("Tags", Format.tags(tags)));
        f.add(new DetailField("Resource ID", id));
        return f;
    }

    /** Each policy as one line: "enabled" / "disabled, 7 days" etc. */
    private static Map<String, String> policies(JsonNode policies) {
        Map<String, String> out = new LinkedHashMap<>();
        policies.properties().forEach(e -> {
            JsonNode policy = e.getValue();
            StringBuilder line = new StringBuilder(Format.capitalized(Json.textOr(policy, "status", "—")));
            if (policy.has("days")) {
                line.append(", ").append(policy.get("days").asInt()).append(" days");
            }
            if (policy.has("type") && !policy.has("status")) {
                line = new StringBuilder(policy.get("type").asText());
            } else if (policy.has("type")) {
                line.append(" (").append(policy.get("type").asText()).append(')');
            }
            out.put(Format.label(e.getKey()), line.toString());
        });
        return out;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null; // a time ARM wrote in another form shows as unknown rather than failing the whole registry
        }
    }
}
