package dev.acrconsole.app.cacherules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.util.List;

/** A cache rule as the console shows it: what it pulls from upstream, where it caches it, with which credential set. */
public record CacheRuleDetails(String id, String name, String sourceRepository, String targetRepository,
                               String credentialSetId, String creationDate, String provisioningState) {

    public static CacheRuleDetails parse(String json) {
        JsonNode r = Json.read(json);
        JsonNode p = r.path("properties");
        String set = Json.text(p, "credentialSetResourceId");
        return new CacheRuleDetails(Json.text(r, "id"), Json.text(r, "name"), Json.text(p, "sourceRepository"),
                Json.text(p, "targetRepository"), set == null || set.isBlank() ? null : set, Json.text(p, "creationDate"),
                Json.text(p, "provisioningState"));
    }

    /** The credential set's name, or null for a rule that pulls anonymously. */
    public String credentialSetName() {
        return credentialSetId == null ? null : ArmIds.name(credentialSetId);
    }

    public boolean wildcard() {
        return sourceRepository != null && sourceRepository.endsWith("/*");
    }

    public List<DetailField> fields() {
        return List.of(
                DetailField.copyable("Source repository", sourceRepository),
                DetailField.copyable("Target repository", targetRepository),
                new DetailField("Credential set", credentialSetId == null ? "(none: pulls anonymously)" : credentialSetName()),
                new DetailField("Created", Format.armTime(creationDate)),
                new DetailField("Provisioning state", provisioningState),
                DetailField.copyable("Resource ID", id));
    }
}
