package dev.acrconsole.app.connectedregistries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ConnectedRegistryHistory.State;
import dev.acrconsole.cache.ConnectedRegistryHistory;
import dev.acrconsole.cache.ReplaceWatch;
import dev.acrconsole.cache.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Decides what goes into a connected registry's history: a change of its connection state, activation or last sync
 * time between the row the cache held and the one a refresh (or an operation's re-read) brings, and its first
 * sighting. Runs inside the cache's write, so the history lands with the row or not at all.
 */
public final class ConnectedRegistryWatch implements ReplaceWatch {
    public static final ConnectedRegistryWatch INSTANCE = new ConnectedRegistryWatch();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ConnectedRegistryWatch() {}

    @Override
    public boolean watches(ResourceKind kind) {
        return kind == ConnectedRegistryKind.KIND;
    }

    @Override
    public void replacing(CachedResource before, CachedResource after, ConnectedRegistryHistory.Recorder history) {
        State was = before == null ? null : state(before.json());
        State now = state(after.json());
        if (!Objects.equals(was, now)) {
            history.record(after, was, now);
        }
    }

    /** What is tracked of a connected registry, from its ARM JSON. */
    public static State state(String json) {
        try {
            JsonNode p = MAPPER.readTree(json).path("properties");
            return new State(text(p.path("connectionState")), text(p.path("activation").path("status")),
                    text(p.path("parent").path("syncProperties").path("lastSyncTime")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a connected registry's JSON", e);
        }
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
