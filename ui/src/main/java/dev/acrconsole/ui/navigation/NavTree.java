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
 * Builds the subscription -> resource group -> registry tree from flat cache rows. A registry whose
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
            ResourceKind.CONNECTED_REGISTRY, ResourceKind.SCOPE_MAP, ResourceKind.TOKEN);

    private static List<NavNode> children(String parentKey, Map<String, List<NavigationRow>> byParent) {
        List<NavigationRow> rows = byParent.getOrDefault(parentKey, List.of());
        List<NavNode> out = new ArrayList<>(rows.size());
        for (NavigationRow r : rows) {
            String key = CachedResource.idKey(r.id());
            List<NavNode> children = r.kind() == ResourceKind.REGISTRY ? folders(r.id(), key) : children(key, byParent);
            out.add(new NavNode(r.id(), key, r.kind(), r.name(), badge(r), children));
        }
        return out;
    }

    private static List<NavNode> folders(String registryId, String registryKey) {
        List<NavNode> out = new ArrayList<>(REGISTRY_FOLDERS.size());
        for (ResourceKind kind : REGISTRY_FOLDERS) {
            out.add(folder(registryId, registryKey, kind));
        }
        return out;
    }

    /** The folder node for {@code kind} below a registry; its key is stable, so the tree can find it again. */
    public static NavNode folder(String registryId, String registryKey, ResourceKind kind) {
        return new NavNode(registryId, folderKey(registryKey, kind), kind, ResourceTables.title(kind), null, List.of(), true);
    }

    public static String folderKey(String parentKey, ResourceKind kind) {
        return parentKey + "#" + kind.code();
    }

    private static String badge(NavigationRow r) {
        return switch (r.kind()) {
            case REGISTRY -> r.sku();
            case RESOURCE_GROUP -> r.location();
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
