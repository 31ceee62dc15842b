package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.model.ResourceTables;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the subscription -> resource group -> registry (and IoT Operations instance) tree from flat cache rows. A registry whose
 * resource group is not cached (its listing failed) still shows, under a group named from its id.
 */
public final class NavTree {
    private NavTree() {}

    public static List<NavNode> build(List<NavigationRow> rows) {
        Map<String, List<NavigationRow>> byParent = new HashMap<>();
        Map<String, NavigationRow> byKey = new HashMap<>();
        for (NavigationRow r : rows) {
            byKey.put(CachedResource.idKey(r.id()), r);
            byParent.computeIfAbsent(r.parentKey() == null ? "" : r.parentKey(), k -> new ArrayList<>()).add(r);
        }
        // Parents missing from the cache are stood in for, so no child is lost.
        Map<String, NavigationRow> standIns = new LinkedHashMap<>();
        Deque<NavigationRow> todo = new ArrayDeque<>(rows);
        while (!todo.isEmpty()) {
            String parent = todo.poll().parentKey();
            if (parent != null && !byKey.containsKey(parent) && !standIns.containsKey(parent)) {
                NavigationRow standIn = standIn(parent);
                standIns.put(parent, standIn);
                todo.add(standIn);
            }
        }
        for (NavigationRow s : standIns.values()) {
            byParent.computeIfAbsent(s.parentKey() == null ? "" : s.parentKey(), k -> new ArrayList<>()).add(s);
        }
        return children("", byParent);
    }

    /** The collections shown below each registry, in this order. */
    public static final List<ResourceKind> REGISTRY_FOLDERS = List.of(ResourceKind.PRIVATE_ENDPOINT_CONNECTION,
            ResourceKind.CONNECTED_REGISTRY, ResourceKind.SCOPE_MAP, ResourceKind.TOKEN,
            ResourceKind.TASK, ResourceKind.RUN, ResourceKind.TASK_RUN, ResourceKind.AGENT_POOL);

    /** The collections shown below each IoT Operations instance. */
    public static final List<ResourceKind> IOT_INSTANCE_FOLDERS = List.of(ResourceKind.REGISTRY_ENDPOINT);

    private static List<NavNode> children(String parentKey, Map<String, List<NavigationRow>> byParent) {
        List<NavigationRow> rows = byParent.getOrDefault(parentKey, List.of());
        List<NavNode> out = new ArrayList<>(rows.size());
        for (NavigationRow r : rows) {
            String key = CachedResource.idKey(r.id());
            List<NavNode> children = switch (r.kind()) {
                case REGISTRY -> folders(r, key, REGISTRY_FOLDERS);
                case IOT_INSTANCE -> folders(r, key, IOT_INSTANCE_FOLDERS);
                default -> children(key, byParent);
            };
            out.add(new NavNode(r.id(), key, NavKind.of(r.kind()), r.name(), badge(r), children, null, r.scope()));
        }
        return out;
    }

    private static List<NavNode> folders(NavigationRow parent, String parentKey, List<ResourceKind> kinds) {
        List<NavNode> out = new ArrayList<>(kinds.size());
        for (ResourceKind kind : kinds) {
            // The key is stable, so the tree can find the folder again (reveal, selection across reloads).
            out.add(new NavNode(parent.id(), folderKey(parentKey, kind), NavKind.FOLDER, ResourceTables.title(kind),
                    null, List.of(), kind, parent.scope()));
        }
        return out;
    }

    public static String folderKey(String parentKey, ResourceKind kind) {
        return parentKey + "#" + kind.code();
    }

    private static String badge(NavigationRow r) {
        return switch (r.kind()) {
            case REGISTRY -> r.sku();
            case RESOURCE_GROUP, IOT_INSTANCE -> r.location();
            default -> null;
        };
    }

    /** A placeholder for a parent known only from a child's id. */
    private static NavigationRow standIn(String key) {
        int rg = key.indexOf("/resourcegroups/");
        if (rg >= 0) {
            String name = key.substring(rg + "/resourcegroups/".length());
            return new NavigationRow(null, key, ResourceKind.RESOURCE_GROUP, name, key.substring(0, rg), null, null, null);
        }
        return new NavigationRow(null, key, ResourceKind.SUBSCRIPTION, key.substring(key.lastIndexOf('/') + 1), null, null, null, null);
    }
}
