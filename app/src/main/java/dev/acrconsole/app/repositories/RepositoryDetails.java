package dev.acrconsole.app.repositories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A repository as ACR's attributes describe it (GetRepositoryAttributes). */
public record RepositoryDetails(String registry, String name, String createdTime, String lastUpdateTime,
                                Long manifestCount, Long tagCount, Locks locks) {

    public static RepositoryDetails parse(String json) {
        return parse(Json.read(json));
    }

    public static RepositoryDetails parse(JsonNode r) {
        return new RepositoryDetails(Json.text(r, "registry"), Json.text(r, "imageName"), Json.text(r, "createdTime"),
                Json.text(r, "lastUpdateTime"), count(r, "manifestCount"), count(r, "tagCount"), Locks.parse(r));
    }

    static Long count(JsonNode r, String field) {
        JsonNode n = r.path(field);
        return n.canConvertToLong() ? n.asLong() : null;
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Tags", tagCount == null ? null : String.valueOf(tagCount)),
                new DetailField("Manifests", manifestCount == null ? null : String.valueOf(manifestCount)),
                new DetailField("Created", Format.armTime(createdTime)),
                new DetailField("Last updated", Format.armTime(lastUpdateTime)),
                new DetailField("Locks", locks.locked() || !locks.summary().isEmpty() ? locks.summary() : "none"),
                new DetailField("Pull", registry == null ? null : registry + "/" + name));
    }
}
