package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * ARM's {@code systemData}: who made a resource and when, who changed it last and when. Writes stamp it with the
 * request's principal (a token the identity endpoint issued names its principal; any other token is
 * {@code sandbox-user}); the sample's resources were made by {@code sandbox-sample} when their creationDate says.
 */
final class SystemData {

    static final String SAMPLE_AUTHOR = "sandbox-sample";
    private static final Instant SAMPLE_EPOCH = Instant.parse("2025-01-06T09:00:00Z");

    private SystemData() {
    }

    /** Marks {@code resource} as made (if it carries no systemData yet) and last changed now, by the request's principal. */
    static ObjectNode stamp(ObjectNode resource, Request r, Instant now) {
        String by = r.access().all() ? "sandbox-user" : r.access().principal().name();
        ObjectNode s = resource.has("systemData") && resource.get("systemData").isObject()
                ? (ObjectNode) resource.get("systemData") : made(resource, by, now);
        s.put("lastModifiedBy", by);
        s.put("lastModifiedByType", "User");
        s.put("lastModifiedAt", EdgeJson.when(now));
        return resource;
    }

    /** A sample resource as seeded: made and last changed when its creationDate says (or the sample's epoch). */
    static ObjectNode seeded(ObjectNode resource) {
        if (!resource.has("systemData")) {
            String created = resource.at("/properties/creationDate").asText(null);
            Instant at = created == null ? SAMPLE_EPOCH : java.time.OffsetDateTime.parse(created).toInstant();
            ObjectNode s = made(resource, SAMPLE_AUTHOR, at);
            s.put("createdByType", "Application");
            s.put("lastModifiedBy", SAMPLE_AUTHOR);
            s.put("lastModifiedByType", "Application");
            s.put("lastModifiedAt", EdgeJson.when(at));
        }
        return resource;
    }

    private static ObjectNode made(ObjectNode resource, String by, Instant at) {
        ObjectNode s = resource.putObject("systemData");
        s.put("createdBy", by);
        s.put("createdByType", "User");
        s.put("createdAt", EdgeJson.when(at));
        return s;
    }

    /** Keeps who made {@code old} when a PUT replaces it with {@code made}. */
    static void carry(ObjectNode old, ObjectNode made) {
        if (old != null && old.has("systemData")) {
            made.set("systemData", old.get("systemData").deepCopy());
        }
    }
}
