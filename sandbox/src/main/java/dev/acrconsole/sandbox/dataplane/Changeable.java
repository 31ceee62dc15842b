package dev.acrconsole.sandbox.dataplane;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ACR's changeable attributes of a repository, tag or manifest: what a lock turns off. */
record Changeable(boolean deleteEnabled, boolean writeEnabled, boolean listEnabled, boolean readEnabled) {

    static final Changeable OPEN = new Changeable(true, true, true, true);
    /** What {@code az acr repository update --write-enabled false --delete-enabled false} leaves. */
    static final Changeable LOCKED = new Changeable(false, false, true, true);

    /**
     * Whether a delete goes through: ACR's write lock blocks deletes too (Azure/acr#561: "write-enabled: block both
     * update and delete"), and Azure/acr-cli#70 shows a delete of a write-locked tag refused.
     */
    boolean deletable() {
        return deleteEnabled && writeEnabled;
    }

    /** The fields a PATCH body names, changed; the others kept. */
    Changeable with(JsonNode patch) {
        return new Changeable(flag(patch, "deleteEnabled", deleteEnabled), flag(patch, "writeEnabled", writeEnabled),
                flag(patch, "listEnabled", listEnabled), flag(patch, "readEnabled", readEnabled));
    }

    ObjectNode json() {
        return JsonNodeFactory.instance.objectNode().put("deleteEnabled", deleteEnabled).put("writeEnabled", writeEnabled)
                .put("readEnabled", readEnabled).put("listEnabled", listEnabled);
    }

    private static boolean flag(JsonNode patch, String name, boolean otherwise) {
        JsonNode v = patch.get(name);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isBoolean()) {
            throw new AcrError(400, "UNSUPPORTED", "'" + name + "' must be true or false");
        }
        return v.booleanValue();
    }
}
