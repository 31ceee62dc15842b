package dev.acrconsole.app.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;
import java.util.Map;

/**
 * A webhook as ARM lists it: its actions, scope and status. Its service URI and custom headers are not in it (ARM's GET
 * does not return them, and the cache strips them anyway): {@link WebhookCallbacks} reads them on demand.
 */
public record WebhookDetails(String id, String name, String location, String status, String scope, List<String> actions,
                             String provisioningState, Map<String, String> tags) {

    public static WebhookDetails parse(String json) {
        JsonNode w = Json.read(json);
        JsonNode p = w.path("properties");
        return new WebhookDetails(Json.text(w, "id"), Json.text(w, "name"), Json.text(w, "location"), Json.text(p, "status"),
                Json.text(p, "scope"), Json.strings(p.path("actions")), Json.text(p, "provisioningState"),
                Json.stringMap(w.path("tags")));
    }

    public boolean enabled() {
        return !"disabled".equalsIgnoreCase(status);
    }

    /** ARM's empty scope means every repository and tag. */
    public String scopeText() {
        return scope == null || scope.isBlank() ? "(all repositories)" : scope;
    }

    public String actionsText() {
        return String.join(", ", actions);
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Status", Format.enumValue(status)),
                new DetailField("Actions", actionsText()),
                new DetailField("Scope", scopeText()),
                new DetailField("Location", location),
                new DetailField("Provisioning state", provisioningState),
                new DetailField("Tags", Format.tags(tags)),
                DetailField.copyable("Resource ID", id));
    }
}
