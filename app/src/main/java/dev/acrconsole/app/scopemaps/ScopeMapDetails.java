package dev.acrconsole.app.scopemaps;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A scope map as the console shows it: what it lets a token do, one action a line. */
public record ScopeMapDetails(String id, String name, String description, String type, List<String> actions,
                              String creationDate, String provisioningState) {

    public static ScopeMapDetails parse(String json) {
        JsonNode m = Json.read(json);
        JsonNode p = m.path("properties");
        return new ScopeMapDetails(Json.text(m, "id"), Json.text(m, "name"), Json.text(p, "description"),
                Json.text(p, "type"), Json.strings(p.path("actions")), Json.text(p, "creationDate"),
                Json.text(p, "provisioningState"));
    }

    /** ACR's own {@code _repositories_*} maps: they cannot be changed or deleted. */
    public boolean systemDefined() {
        return "SystemDefined".equalsIgnoreCase(type);
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Description", description),
                new DetailField("Type", systemDefined() ? "System defined (cannot be changed)" : "User defined"),
                new DetailField("Actions", String.join("\n", actions)),
                new DetailField("Created", Format.armTime(creationDate)),
                new DetailField("Provisioning state", provisioningState),
                DetailField.copyable("Resource ID", id));
    }
}
