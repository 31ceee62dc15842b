package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Builds the subscription -> resource group -> registry (and IoT Operations instance) tree from flat cache rows. A registry whose
 * resource group is not cached (its listing failed) still shows, under a group named from its id.
 */
public final class NavTree {
    private NavTree() {}

    public static List<NavNode> build(List<NavigationRow> rows, NavShape shape) {
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
        return children("", byParent, shape);
    }

    /** A node's children: the folders of the collections its kind has (a registry's), else the rows below it. */
    private static List<NavNode> children(String parentKey, Map<String, List<NavigationRow>> byParent, NavShape shape) {
        List<NavigationRow> rows = byParent.getOrDefault(parentKey, List.of());
        List<NavNode> out = new ArrayList<>(rows.size());
        for (NavigationRow r : rows) {
            String key = CachedResource.idKey(r.id());
            List<KindDescriptor<?>> folders = shape.folders(r.kind());
            List<NavNode> children = folders.isEmpty() ? children(key, byParent, shape)
                    : new Folders(folders.size(), () -> folders(r, key, folders, byParent, shape));
            out.add(new NavNode(r.id(), key, NavNode.Role.RESOURCE, r.kind(), shape.badge(r.kind()), r.name(),
                    shape.note(r), children, r.scope()));
        }
        return out;
    }

    /** A node's folders; a folder of a kind the tree shows (a registry's repositories) holds its rows as nodes. */
    private static List<NavNode> folders(NavigationRow parent, String parentKey, List<KindDescriptor<?>> kinds,
                                         Map<String, List<NavigationRow>> byParent, NavShape shape) {
        List<NavNode> out = new ArrayList<>(kinds.size());
        for (KindDescriptor<?> kind : kinds) {
            List<NavNode> inside = kind.inTree() ? children(parentKey, byParent, shape).stream()
                    .filter(n -> n.is(kind.kind())).toList() : List.of();
            // The key is stable, so the tree can find the folder again (reveal, selection across reloads).
            out.add(new NavNode(parent.id(), NavNode.folderKey(parentKey, kind.kind()), NavNode.Role.FOLDER, kind.kind(),
                    shape.badge(kind.kind()), kind.title(), null, inside, parent.scope()));
        }
        return out;
    }


    /**
     * A resource's folders, made when first read: every reload of a tree of 10,000 registries made 150,000 folder
     * nodes (a sixth of start-up's CPU), though only a registry the user opens shows its folders. Built on a background
     * thread, read on the FX thread: made once, under the list's lock.
     */
    private static final class Folders extends AbstractList<NavNode> {
        private final int size;
        private Supplier<List<NavNode>> make;
        private List<NavNode> made;

        Folders(int size, Supplier<List<NavNode>> make) {
            this.size = size;
            this.make = make;
        }

        @Override
        public NavNode get(int index) {
            return made().get(index);
        }

        @Override
        public int size() {
            return size;
        }

        private synchronized List<NavNode> made() {
            if (made == null) {
                made = make.get();
                make = null; // what it read (every row of the tree) is no longer held
            }
            return made;
        }
    }

    /** A placeholder for a parent known only from a child's id. */
    private static NavigationRow standIn(String key) {
        int rg = key.indexOf("/resourcegroups/");
        if (rg >= 0) {
            String name = key.substring(rg + "/resourcegroups/".length());
            return new NavigationRow(null, key, ResourceGroupKind.KIND, name, key.substring(0, rg), null, null, null);
        }
        return new NavigationRow(null, key, SubscriptionKind.KIND, key.substring(key.lastIndexOf('/') + 1), null, null, null, null);
    }
}
