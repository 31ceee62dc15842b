package dev.acrconsole.app.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.repositories.Locks;
import java.util.List;

/** A tag as ACR's attributes describe it (GetTagList, GetTagAttributes), with its repository and login server. */
public record TagDetails(String registry, @JsonProperty("imageName") String repository, String name, String digest,
                         String createdTime, String lastUpdateTime, @JsonProperty("changeableAttributes") Locks locks) {
    public TagDetails {
        locks = locks == null ? Locks.NONE : locks;
    }

    public static TagDetails parse(String json) {
        return Json.bind(json, TagDetails.class);
    }

    /** What {@code docker pull} takes: {@code <login server>/<repository>:<tag>}; null when the registry is unknown. */
    public String pullByTag() {
        return registry == null || repository == null ? null : registry + "/" + repository + ":" + name;
    }

    public String pullByDigest() {
        return registry == null || repository == null || digest == null ? null : registry + "/" + repository + "@" + digest;
    }

    public List<DetailField> fields() {
        return List.of(
                new DetailField("Digest", digest),
                new DetailField("Created", Format.armTime(createdTime)),
                new DetailField("Last updated", Format.armTime(lastUpdateTime)),
                new DetailField("Locks", locks.summary().isEmpty() ? "none" : locks.summary()),
                DetailField.copyable("Pull by tag", pullByTag()),
                DetailField.copyable("Pull by digest", pullByDigest()));
    }
}
