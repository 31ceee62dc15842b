package dev.acrconsole.app.repositories;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be done to a repository, tag or manifest ({@code changeableAttributes}): a flag the registry did not send
 * counts as enabled, as ACR's default is.
 */
public record Locks(boolean deleteEnabled, boolean writeEnabled, boolean readEnabled, boolean listEnabled) {
    /** Every action allowed: what an item the registry sent no {@code changeableAttributes} for has. */
    public static final Locks NONE = new Locks(true, true, true, true);

    /** From {@code changeableAttributes}; a flag it lacks counts as enabled. */
    @JsonCreator
    static Locks of(@JsonProperty("deleteEnabled") Boolean delete, @JsonProperty("writeEnabled") Boolean write,
                    @JsonProperty("readEnabled") Boolean read, @JsonProperty("listEnabled") Boolean list) {
        return new Locks(delete == null || delete, write == null || write, read == null || read, list == null || list);
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
