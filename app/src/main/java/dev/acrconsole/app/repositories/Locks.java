package dev.acrconsole.app.repositories;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be done to a repository, tag or manifest ({@code changeableAttributes}): a flag the registry did not send
 * counts as enabled, as ACR's default is.
 */
public record Locks(boolean deleteEnabled, boolean writeEnabled, boolean readEnabled, boolean listEnabled) {
    public static Locks parse(JsonNode item) {
        JsonNode a = item.path("changeableAttributes");
        return new Locks(flag(a, "deleteEnabled"), flag(a, "writeEnabled"), flag(a, "readEnabled"), flag(a, "listEnabled"));
    }

    private static boolean flag(JsonNode a, String name) {
        Boolean b = Json.bool(a, name);
        return b == null || b;
    }

    public boolean locked() {
        return !deleteEnabled || !writeEnabled;
    }

    /** "", or what is locked: "no delete, no write". */
    public String summary() {
        List<String> off = new ArrayList<>();
        if (!deleteEnabled) {
            off.add("no delete");
        }
        if (!writeEnabled) {
            off.add("no write");
        }
        if (!readEnabled) {
            off.add("no read");
        }
        if (!listEnabled) {
            off.add("not listed");
        }
        return String.join(", ", off);
    }
}
