package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.kind.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A registry's connected registries as the tree their parent links make: the roots sync from the cloud registry,
 * each child from the connected registry above it. One whose parent is not among them (not cached, or deleted) is
 * shown as a root, marked so.
 */
public final class ConnectedRegistryHierarchy {

    /** One connected registry and the ones that sync from it. */
    public record Node(Row row, ConnectedRegistryDetails details, boolean parentMissing, List<Node> children) {}

    private ConnectedRegistryHierarchy() {}

    public static List<Node> build(List<Row> connectedRegistries) {
        Map<String, Row> byId = new HashMap<>();
        Map<String, List<Row>> byParent = new HashMap<>();
        Map<String, ConnectedRegistryDetails> details = new HashMap<>();
        for (Row r : connectedRegistries) {
            byId.put(key(r.id()), r);
            details.put(key(r.id()), r.details(ConnectedRegistryDetails.class));
        }
        List<Row> roots = new ArrayList<>();
        for (Row r : connectedRegistries) {
            String parent = details.get(key(r.id())).parentId();
            if (parent == null || !byId.containsKey(key(parent))) {
                roots.add(r);
            } else {
                byParent.computeIfAbsent(key(parent), k -> new ArrayList<>()).add(r);
            }
        }
        Set<String> placed = new HashSet<>();
        List<Node> out = new ArrayList<>();
        for (Row r : sorted(roots)) {
            out.add(node(r, details, byParent, placed));
        }
        // Parent links that go round in a circle reach no root: show them at the top rather than lose them.
        for (Row r : sorted(connectedRegistries)) {
            if (!placed.contains(key(r.id()))) {
                out.add(node(r, details, byParent, placed));
            }
        }
        return out;
    }

    private static Node node(Row r, Map<String, ConnectedRegistryDetails> details,
                             Map<String, List<Row>> byParent, Set<String> placed) {
        placed.add(key(r.id()));
        List<Node> children = new ArrayList<>();
        for (Row child : sorted(byParent.getOrDefault(key(r.id()), List.of()))) {
            if (!placed.contains(key(child.id()))) {
                children.add(node(child, details, byParent, placed));
            }
        }
        ConnectedRegistryDetails d = details.get(key(r.id()));
        return new Node(r, d, d.parentId() != null && !details.containsKey(key(d.parentId())), List.copyOf(children));
    }

    private static List<Row> sorted(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT))).toList();
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
