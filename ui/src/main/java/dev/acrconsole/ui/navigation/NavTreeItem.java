package dev.acrconsole.ui.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A tree item that makes its children only when first asked, so 10k registries cost nothing until
 * opened. A reload updates items in place ({@link #update}): the same item keeps its expansion,
 * selection and cell, so a refresh does not make the tree re-style every visible row.
 */
final class NavTreeItem extends TreeItem<NavNode> {
    private boolean childrenMade;

    NavTreeItem(NavNode node) {
        super(node);
    }

    @Override
    public boolean isLeaf() {
        return getValue().children().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<NavNode>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            super.getChildren().setAll(getValue().children().stream().map(NavTreeItem::new).toList());
        }
        return super.getChildren();
    }

    boolean childrenMade() {
        return childrenMade;
    }

    /** Takes the newer node; children already made are reconciled, the rest stay lazy. */
    void update(NavNode node, Consumer<NavTreeItem> onNew) {
        setValue(node);
        if (childrenMade) {
            reconcile(super.getChildren(), node.children(), onNew);
        } else if (isExpanded() && !node.children().isEmpty()) {
            // An open item that had no children when it was opened: make them now, or the tree would show it open
            // and empty (it does not ask a former leaf for children again).
            getChildren().forEach(child -> onNew.accept((NavTreeItem) child));
        }
    }

    /**
     * Makes {@code items} hold one item per node, in order, reusing items by resource key.
     * {@code onNew} sees each item that had to be created.
     */
    static void reconcile(ObservableList<TreeItem<NavNode>> items, List<NavNode> nodes, Consumer<NavTreeItem> onNew) {
        Map<String, NavTreeItem> existing = new HashMap<>();
        for (TreeItem<NavNode> item : items) {
            existing.put(item.getValue().key(), (NavTreeItem) item);
        }
        List<TreeItem<NavNode>> next = new ArrayList<>(nodes.size());
        for (NavNode node : nodes) {
            NavTreeItem item = existing.get(node.key());
            if (item == null) {
                item = new NavTreeItem(node);
                onNew.accept(item);
            } else {
                item.update(node, onNew);
            }
            next.add(item);
        }
        if (!sameItems(items, next)) {
            items.setAll(next);
        }
    }

    private static boolean sameItems(List<TreeItem<NavNode>> a, List<TreeItem<NavNode>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
