package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The live state of every resource below a resource group (registries and their children), keyed by ARM id
 * (ignoring case) and kept sorted, so a resource's children are one range of keys; lists come in the order resources
 * were added, as ARM's do. Seeded entries render their JSON only when first changed, so
 * 100k generated registries stay small; handlers and completing operations change the rest. Every change moves
 * {@link #version()}, which is how a sandbox with a state file knows it has something to save.
 */
public final class ResourceState implements Kept {

    private static final class Entry {
        final String id;
        final String collection;
        final String type;
        final Supplier<ObjectNode> seed;
        final long order;
        ObjectNode json;

        Entry(String id, Supplier<ObjectNode> seed, ObjectNode json, long order) {
            this.id = id;
            this.order = order;
            this.collection = ArmPaths.collection(id);
            this.type = ArmPaths.type(id);
            this.seed = seed;
            this.json = json;
        }

        ObjectNode json() {
            return json != null ? json : seed.get();
        }

        /** Its JSON as it is now, rendered when asked for. */
        Supplier<ObjectNode> later() {
            ObjectNode now = json;
            return now != null ? () -> now : seed;
        }
    }

    private final NavigableMap<String, Entry> entries = new TreeMap<>();
    private final AtomicLong version = new AtomicLong();
    private long added;

    synchronized void seed(String id, Supplier<ObjectNode> render) {
        entries.put(key(id), new Entry(id, render, null, added++));
        version.incrementAndGet();
    }

    /** Moves on with every change of the sandbox's state, this one's or (through {@link #touch}) another part's. */
    long version() {
        return version.get();
    }

    /** Something the state file keeps changed outside the resources (an operation, a cycle, a password). */
    void touch() {
        version.incrementAndGet();
    }

    /** A copy of the resource's JSON, if it exists. */
    public synchronized Optional<ObjectNode> get(String id) {
        Entry e = entries.get(key(id));
        return e == null ? Optional.empty() : Optional.of(e.json().deepCopy());
    }

    public synchronized boolean exists(String id) {
        return entries.containsKey(key(id));
    }

    /** Adds or replaces a resource. */
    synchronized void put(String id, ObjectNode json) {
        Entry old = entries.get(key(id));
        entries.put(key(id), new Entry(id, old == null ? null : old.seed, json.deepCopy(), old == null ? added++ : old.order));
        version.incrementAndGet();
    }

    /**
     * Changes a resource as something outside the console would (another admin, the service itself): for tests and
     * demos of what a refresh then sees. False if it does not exist.
     */
    public boolean change(String id, Consumer<ObjectNode> change) {
        return update(id, change);
    }

    /** Changes a resource in place; false if it does not exist (any more). */
    synchronized boolean update(String id, Consumer<ObjectNode> change) {
        Entry e = entries.get(key(id));
        if (e == null) {
            return false;
        }
        ObjectNode was = e.json();
        ObjectNode json = was.deepCopy();
        change.accept(json);
        e.json = json;
        if (!json.equals(was)) { // runs are rewritten at every read; most reads change nothing
            version.incrementAndGet();
        }
        return true;
    }

    /** Sets {@code properties.provisioningState}, as an operation moves it. */
    void provisioningState(String id, String value) {
        update(id, n -> ((ObjectNode) n.get("properties")).put("provisioningState", value));
    }

    /** Removes a resource and everything below it, as ARM does when a parent is deleted. */
    synchronized void remove(String id) {
        String k = key(id);
        entries.remove(k);
        below(k).clear();
        version.incrementAndGet();
    }

    @Override
    public String section() {
        return "resources";
    }

    /** Every resource as it is now, in the order they were added. */
    @Override
    public synchronized JsonNode save() {
        ArrayNode out = ArmJson.MAPPER.createArrayNode();
        entries.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getValue().order)).forEach(e ->
                out.addObject().put("id", e.getValue().id).set("json", e.getValue().json()));
        return out;
    }

    @Override
    public synchronized void restore(JsonNode saved) {
        clear();
        for (JsonNode r : saved) {
            put(Kept.text(r, "id"), Kept.object(r, "json"));
        }
    }

    @Override
    public synchronized void clear() {
        entries.clear();
        version.incrementAndGet();
    }

    /** The resources directly in a collection, e.g. {@code .../registries/r1/privateEndpointConnections}. */
    synchronized List<ObjectNode> children(String collectionId) {
        String c = key(collectionId);
        return inOrder(below(c).values().stream().filter(e -> e.collection.equals(c)));
    }

    /** Every resource of a type (e.g. {@code microsoft.containerregistry/registries}) in a subscription. */
    synchronized List<ObjectNode> ofType(String subscriptionId, String type) {
        String t = key(type);
        return inOrder(below(key("/subscriptions/" + subscriptionId)).values().stream().filter(e -> e.type.equals(t)));
    }

    /** Every resource below {@code scopeId} (a subscription or resource group) whose type is one of {@code types}. */
    synchronized List<ObjectNode> under(String scopeId, java.util.Set<String> types) {
        java.util.Set<String> wanted = types.stream().map(ResourceState::key).collect(java.util.stream.Collectors.toSet());
        return inOrder(below(key(scopeId)).values().stream().filter(e -> wanted.contains(e.type)));
    }

    /** Whether any resource of the type, in any subscription, has this name (ignoring case). */
    synchronized boolean nameTaken(String type, String name) {
        String t = key(type);
        String n = key(name);
        return entries.entrySet().stream()
                .anyMatch(e -> e.getValue().type.equals(t) && ArmPaths.name(e.getKey()).equals(n));
    }

    synchronized int size() {
        return entries.size();
    }

    /**
     * In the order they were added, each rendered when read: a page of a 1,000-registry subscription renders its
     * page, not the thousand (the sample's resources are rendered on demand to keep a 1M-run sandbox small).
     */
    private static List<ObjectNode> inOrder(Stream<Entry> entries) {
        List<Supplier<ObjectNode>> sorted = entries.sorted(Comparator.comparingLong(e -> e.order)).map(Entry::later).toList();
        return new AbstractList<>() {
            @Override
            public ObjectNode get(int index) {
                return sorted.get(index).get();
            }

            @Override
            public int size() {
                return sorted.size();
            }
        };
    }

    /** Every entry whose key starts with {@code k + "/"}: '0' is the character after '/'. */
    private NavigableMap<String, Entry> below(String k) {
        return entries.subMap(k + "/", true, k + "0", false);
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
