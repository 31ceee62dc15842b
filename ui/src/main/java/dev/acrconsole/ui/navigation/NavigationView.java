package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.ResourceKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The navigation tree. Each reload rebuilds the (lazy) items and restores what was expanded and
 * selected, by resource id. While nothing is selected it opens small trees fully and selects the
 * first registry, so the console never sits on an empty detail pane.
 */
public final class NavigationView {
    private static final int EXPAND_ALL_LIMIT = 60;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final NavigationViewModel model;
    private final TreeView<NavNode> tree = new TreeView<>();
    /** Nodes the user closed: a small tree is otherwise kept fully open as it fills in. */
    private final Set<String> userCollapsed = new HashSet<>();

    public NavigationView(NavigationViewModel model) {
        this.model = model;
        tree.setId("navigation");
        tree.setShowRoot(false);
        tree.setAccessibleText("Subscriptions, resource groups and registries");
        tree.setCellFactory(t -> new NodeCell());
        tree.setRoot(new TreeItem<>());
        model.rootsProperty().addListener((obs, old, roots) -> apply(roots));
        ChangeListener<TreeItem<NavNode>> selection = (obs, old, item) ->
                model.selectedProperty().set(item == null ? null : item.getValue());
        tree.getSelectionModel().selectedItemProperty().addListener(selection);
        tree.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copySelectedId();
                e.consume();
            }
        });
    }

    public TreeView<NavNode> node() {
        return tree;
    }

    private void apply(List<NavNode> roots) {
        Set<String> expanded = new HashSet<>();
        collectExpanded(tree.getRoot(), expanded);
        NavNode selectedBefore = model.selectedProperty().get();

        TreeItem<NavNode> root = new TreeItem<>();
        root.getChildren().setAll(roots.stream().map(NavTreeItem::new).toList());
        tree.setRoot(root);
        root.addEventHandler(TreeItem.<NavNode>branchCollapsedEvent(), e -> userCollapsed.add(e.getTreeItem().getValue().key()));
        root.addEventHandler(TreeItem.<NavNode>branchExpandedEvent(), e -> userCollapsed.remove(e.getTreeItem().getValue().key()));
        boolean small = countRegistries(roots) <= EXPAND_ALL_LIMIT;

        if (selectedBefore == null) {
            // Until the user (or this) has picked something, keep opening the tree as it fills in.
            openInitially(root, small);
            return;
        }
        for (TreeItem<NavNode> item : root.getChildren()) {
            restoreExpanded(item, expanded, small);
        }
        if (selectedBefore != null) {
            findVisible(root, selectedBefore.key()).ifPresent(this::select);
        }
    }

    /** Opens everything in a small tree (else the path to the first registry) and selects that registry. */
    private void openInitially(TreeItem<NavNode> root, boolean small) {
        TreeItem<NavNode> firstRegistry = null;
        for (TreeItem<NavNode> sub : root.getChildren()) {
            for (TreeItem<NavNode> group : sub.getChildren()) {
                boolean open = small || firstRegistry == null;
                if (firstRegistry == null && !group.getChildren().isEmpty()) {
                    firstRegistry = group.getChildren().getFirst();
                }
                group.setExpanded(open);
            }
            sub.setExpanded(small || sub == root.getChildren().getFirst());
        }
        if (firstRegistry != null) {
            select(firstRegistry);
        }
    }

    private void select(TreeItem<NavNode> item) {
        for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private void copySelectedId() {
        NavNode node = model.selectedProperty().get();
        if (node != null && node.id() != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(node.id());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private static int countRegistries(List<NavNode> nodes) {
        int n = 0;
        for (NavNode node : nodes) {
            n += node.kind() == ResourceKind.REGISTRY ? 1 : countRegistries(node.children());
        }
        return n;
    }

    private static void collectExpanded(TreeItem<NavNode> item, Set<String> into) {
        if (item.getValue() != null && item.isExpanded()) {
            into.add(item.getValue().key());
        }
        if (item.getValue() == null || item.isExpanded()) {
            for (TreeItem<NavNode> child : item.getChildren()) {
                collectExpanded(child, into);
            }
        }
    }

    private void restoreExpanded(TreeItem<NavNode> item, Set<String> expanded, boolean expandAll) {
        String key = item.getValue().key();
        boolean open = expanded.contains(key) || (expandAll && !userCollapsed.contains(key));
        if (open && !item.isLeaf()) {
            item.setExpanded(true);
            for (TreeItem<NavNode> child : item.getChildren()) {
                restoreExpanded(child, expanded, expandAll);
            }
        }
    }

    /** Finds a node by key, making children only along the path of the id (lazy items stay lazy). */
    private static java.util.Optional<TreeItem<NavNode>> findVisible(TreeItem<NavNode> item, String key) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            String childKey = child.getValue().key();
            if (childKey.equals(key)) {
                return java.util.Optional.of(child);
            }
            if (key.startsWith(childKey + "/")) {
                return findVisible(child, key);
            }
        }
        return java.util.Optional.empty();
    }

    /** Name with a small kind badge and, for registries, the SKU. */
    private static final class NodeCell extends TreeCell<NavNode> {
        private final Label kind = new Label();
        private final Label name = new Label();
        private final Label badge = new Label();
        private final HBox box = new HBox(6, kind, name, badge);

        NodeCell() {
            kind.getStyleClass().add("kind-badge");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            badge.getStyleClass().add("node-badge");
            HBox.setHgrow(name, Priority.NEVER);
        }

        @Override
        protected void updateItem(NavNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            kind.setText(switch (node.kind()) {
                case SUBSCRIPTION -> "SUB";
                case RESOURCE_GROUP -> "RG";
                case REGISTRY -> "ACR";
                case TENANT -> "TEN";
            });
            kind.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
            kind.getStyleClass().add("kind-" + node.kind().code());
            name.setText(node.name());
            badge.setText(node.badge() == null ? "" : node.badge());
            setGraphic(box);
            setAccessibleText(node.kind().code() + " " + node.name());
        }
    }
}
