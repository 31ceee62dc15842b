package dev.acrconsole.app.repositories;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A repository as ACR's attributes describe it (GetRepositoryAttributes). */
public record RepositoryDetails(String registry, @JsonProperty("imageName") String name, String createdTime,
                                String lastUpdateTime, Long manifestCount, Long tagCount,
                                @JsonProperty("changeableAttributes") Locks locks) {
    public RepositoryDetails {
        locks = locks == null ? Locks.NONE : locks;
    }

    public static RepositoryDetails parse(String json) {
        return Json.bind(json, RepositoryDetails.class);
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
