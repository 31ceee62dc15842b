package dev.acrconsole.ui.navigation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /**
     * The newest node, whose children are made or reconciled. The item's value moves to it only when the row would
     * show something else: a new value makes the TreeView rebuild every visible cell, and a reload of a thousand
     * subscriptions set a thousand values that each showed the same.
     */
    private NavNode latest;

    NavTreeItem(NavNode node) {
        super(node);
        latest = node;
    }

    @Override
    public boolean isLeaf() {
        return latest.children().isEmpty();
    }

    @Override
    public ObservableList<TreeItem<NavNode>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            super.getChildren().setAll(latest.children().stream().map(NavTreeItem::new).toList());
        }
        return super.getChildren();
    }

    boolean childrenMade() {
        return childrenMade;
    }

    /** Takes the newer node; children already made are reconciled, the rest stay lazy. */
    void update(NavNode node, Consumer<NavTreeItem> onNew) {
        boolean wasLeaf = isLeaf();
        latest = node;
        // Equal is what the row shows; a leaf that got children (or lost them) changes its disclosure arrow too.
        if (!node.equals(getValue()) || !Objects.equals(node.id(), getValue().id())
                || !Objects.equals(node.scope(), getValue().scope()) || wasLeaf != isLeaf()) {
            setValue(node);
        }
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
