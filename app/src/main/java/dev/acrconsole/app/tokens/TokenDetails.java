package dev.acrconsole.app.tokens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * A token as the console shows it. Its passwords' values are never in the cache (the cache strips them): only their
 * names and dates show; generating new ones is the only way to see a value.
 *
 * @param earliestExpiry when its first password or certificate stops working (ARM's text), or null for never
 */
public record TokenDetails(String id, String name, String status, String scopeMapId, String creationDate,
                           List<String> certificates, List<String> passwords, String provisioningState,
                           String earliestExpiry) {

    public static TokenDetails parse(String json) {
        JsonNode t = Json.read(json);
        JsonNode p = t.path("properties");
        List<String> certificates = new ArrayList<>();
        p.path("credentials").path("certificates").forEach(c -> certificates.add(Json.textOr(c, "name", "certificate")
                + (c.hasNonNull("expiry") ? " (expires " + Format.armTime(c.get("expiry").asText()) + ")" : "")));
        List<String> passwords = new ArrayList<>();
        p.path("credentials").path("passwords").forEach(w -> passwords.add(Format.enumValue(Json.textOr(w, "name", "password"))
                + (w.hasNonNull("expiry") ? " (expires " + Format.armTime(w.get("expiry").asText()) + ")" : " (no expiry)")));
        String earliest = null;
        for (String kind : List.of("passwords", "certificates")) {
            for (JsonNode c : p.path("credentials").path(kind)) {
                String expiry = Json.text(c, "expiry");
                earliest = expiry != null && (earliest == null || expiry.compareTo(earliest) < 0) ? expiry : earliest;
            }
        }
        return new TokenDetails(Json.text(t, "id"), Json.text(t, "name"), Json.text(p, "status"),
                Json.text(p, "scopeMapId"), Json.text(p, "creationDate"), List.copyOf(certificates), List.copyOf(passwords),
                Json.text(p, "provisioningState"), earliest);
    }

    public String scopeMapName() {
        return scopeMapId == null ? null : ArmIds.name(scopeMapId);
    }

    public boolean enabled() {
        return "enabled".equalsIgnoreCase(status);
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Status", Format.enumValue(status)),
                new DetailField("Scope map", scopeMapName()),
                new DetailField("Passwords", (passwords.isEmpty() ? "(none)" : String.join(", ", passwords))
                        + ". Values are never kept: generate a new one to see it (shown once)."),
                new DetailField("Certificates", certificates.isEmpty() ? "(none)" : String.join(", ", certificates)),
                new DetailField("Created", Format.armTime(creationDate)),
                new DetailField("Provisioning state", provisioningState),
                DetailField.copyable("Resource ID", id));
    }
}
