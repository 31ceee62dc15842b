package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connection states that change over time, so that a client's history of them has something to record. Each listing
 * of a registry's connected registries is one tick for the active ones that have a cycle: their connectionState moves
 * to the cycle's next entry, lastActivityTime to now, and lastSyncTime to now when a sync ends (Syncing to Online).
 * A GET of one connected registry shows its state without moving it. Deterministic: the n-th listing always shows
 * the same states. Deactivating one (it is then Inactive) or deleting it takes it out of its cycle.
 */
final class SyncSchedule implements Kept {

    /** The sample's cycles, by connected registry name; the first entry is the state it starts in. */
    static final Map<String, List<String>> SAMPLE = Map.of(
            "dublinfloor1", List.of("Online", "Syncing"),
            "dublinline7", List.of("Offline", "Offline", "Online", "Syncing"));

    private record Cycle(List<String> states, int position) {
    }

    private final ResourceState state;
    private final Clock clock;
    private final Map<String, Cycle> cycles = new ConcurrentHashMap<>();

    SyncSchedule(ResourceState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Starts cycling {@code id} through {@code states} (the first is where it is now). */
    void cycle(String id, List<String> states) {
        cycles.put(key(id), new Cycle(List.copyOf(states), 0));
        state.touch();
    }

    void stop(String id) {
        cycles.remove(key(id));
        state.touch();
    }

    /** One step for every cycling connected registry in this collection; a deactivated one leaves its cycle. */
    synchronized void tick(String collectionId) {
        String prefix = key(collectionId) + "/";
        for (Map.Entry<String, Cycle> e : cycles.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            boolean inactive = state.get(e.getKey()).map(n -> n.at("/properties/activation/status").asText())
                    .orElse("Inactive").equals("Inactive");
            if (inactive) {
                stop(e.getKey());
            } else {
                e.setValue(step(e.getKey(), e.getValue()));
                state.touch();
            }
        }
    }

    @Override
    public String section() {
        return "syncCycles";
    }

    @Override
    public JsonNode save() {
        ObjectNode out = ArmJson.MAPPER.createObjectNode();
        cycles.forEach((id, c) -> {
            ObjectNode o = out.putObject(id).put("position", c.position());
            c.states().forEach(o.putArray("states")::add);
        });
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        cycles.clear();
        saved.properties().forEach(e -> {
            List<String> states = new java.util.ArrayList<>();
            e.getValue().path("states").forEach(v -> states.add(v.asText()));
            long position = Kept.number(e.getValue(), "position");
            if (states.isEmpty() || position < 0 || position >= states.size()) {
                throw new StateFile.Unreadable("the sync cycle of " + e.getKey() + " is not one: " + e.getValue());
            }
            cycles.put(e.getKey(), new Cycle(List.copyOf(states), (int) position));
        });
    }

    @Override
    public void clear() {
        cycles.clear();
    }

    private Cycle step(String id, Cycle c) {
        Cycle next = new Cycle(c.states(), (c.position() + 1) % c.states().size());
        String was = c.states().get(c.position());
        String now = next.states().get(next.position());
        String at = EdgeJson.when(clock.instant());
        state.update(id, n -> {
            ObjectNode p = (ObjectNode) n.get("properties");
            p.put("connectionState", now);
            p.put("lastActivityTime", at);
            if (was.equals("Syncing") && now.equals("Online")) {
                ((ObjectNode) p.path("parent").path("syncProperties")).put("lastSyncTime", at);
            }
        });
        return next;
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
