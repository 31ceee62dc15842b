package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.ui.fx.Clipboards;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The navigation tree. Each reload updates the (lazy) items in place, so expansion and selection
 * stay as the user left them. Small trees stay fully open as they fill in; until the user picks something, the first
 * registry in the tree's order is selected, so the console never sits on an empty detail pane.
 */
public final class NavigationView {
    private static final int EXPAND_ALL_LIMIT = 60;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final NavigationViewModel model;
    private final TreeView<NavNode> tree = new TreeView<>();
    /** Nodes the user closed: a small tree is otherwise kept fully open as it fills in. */
    private final Set<String> userCollapsed = new HashSet<>();
    /**
     * Items this view opened because the tree was small. A tree is small early in a first refresh only because its
     * registries have not come yet: once they have, these close again (unless the user has touched them since).
     */
    private final Set<TreeItem<NavNode>> openedWhileSmall = new HashSet<>();
    /** The key of the registry this view selected itself; the selection follows the tree's first until another is picked. */
    private String picked;
    /** True while a reload is applied: the selection slides with inserted rows then, and no one has picked anything. */
    private boolean applying;

    public NavigationView(NavigationViewModel model) {
        this(model, k -> null);
    }

    /** {@code icons}: each kind's icon, shown before its badge. */
    public NavigationView(NavigationViewModel model,
                          java.util.function.Function<dev.acrconsole.cache.ResourceKind, org.kordamp.ikonli.Ikon> icons) {
        this.model = model;
        tree.setId("navigation");
        tree.setShowRoot(false);
        tree.setAccessibleText("Subscriptions, resource groups and registries");
        tree.setCellFactory(t -> new NodeCell(model, icons));
        TreeItem<NavNode> root = new TreeItem<>();
        root.addEventHandler(TreeItem.<NavNode>branchCollapsedEvent(), e -> {
            if (!applying) {
                userCollapsed.add(e.getTreeItem().getValue().key());
                openedWhileSmall.remove(e.getTreeItem());
            }
        });
        root.addEventHandler(TreeItem.<NavNode>branchExpandedEvent(), e -> {
            if (!applying) {
                userCollapsed.remove(e.getTreeItem().getValue().key());
                openedWhileSmall.remove(e.getTreeItem());
            }
        });
        tree.setRoot(root);
        // An invalidation listener: a change listener compares old and new lists with equals, and
        // NavNode equality ignores children, so a list that only grew deeper would be missed.
        model.rootsProperty().addListener(obs -> apply(model.rootsProperty().get()));
        // Cells read the marks as they draw; a new set of marks redraws the visible ones.
        model.changedProperty().addListener((obs, old, keys) -> tree.refresh());
        model.productionMarksProperty().addListener((obs, old, n) -> tree.refresh());
        model.revealProperty().addListener((obs, old, key) -> {
            if (key != null) {
                reveal(key);
            }
        });
        ChangeListener<TreeItem<NavNode>> selection = (obs, old, item) -> {
            if (!applying && (item == null || !item.getValue().key().equals(picked))) {
                picked = null; // the user (or a reveal) chose: the selection stays where they put it
            }
            model.selectedProperty().set(item == null ? null : item.getValue());
        };
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
        applying = true;
        try {
            applyNow(roots);
        } finally {
            applying = false;
        }
    }

    private void applyNow(List<NavNode> roots) {
        // Rows inserted above the selection make the TreeView's index-based selection model slide to
        // another row; remember the selected resource and put the selection back on it.
        NavNode selectedBefore = model.selectedProperty().get();
        boolean small = countRegistries(roots) <= EXPAND_ALL_LIMIT;
        if (!small) {
            // Closed before the new nodes go in, so that no registries are made under groups nobody opened.
            closeWhatOpenedWhileSmall(selectedBefore);
        }
        // New items in a small tree open as they appear, unless the user closed them before.
        NavTreeItem.reconcile(tree.getRoot().getChildren(), roots, item -> {
            // Registries and instances stay closed: their folders are one click away and would double the tree's length.
            if (small && !hasFolders(item.getValue()) && !userCollapsed.contains(item.getValue().key())) {
                openWhileSmall(item);
            }
        });
        if (selectedBefore == null) {
            // Until the user (or this) has picked something, keep opening the tree as it fills in.
            openInitially(tree.getRoot(), small);
        } else if (selectedBefore.key().equals(picked)) {
            // Listings arrive in no fixed order (a refresh reads them concurrently): the registry picked first may not be
            // the tree's first once more have come, and what a start shows should not depend on which answered first.
            pickFirstRegistry(selectedBefore.key());
        } else {
            restoreSelection(selectedBefore.key());
        }
    }

    private void openWhileSmall(TreeItem<NavNode> item) {
        if (!item.isExpanded()) {
            item.setExpanded(true);
            openedWhileSmall.add(item);
        }
    }

    /** Closes what {@link #openWhileSmall} opened, except accounts and the way to the selection. */
    private void closeWhatOpenedWhileSmall(NavNode selected) {
        if (openedWhileSmall.isEmpty()) {
            return;
        }
        for (TreeItem<NavNode> item : openedWhileSmall) {
            NavNode node = item.getValue();
            if (node.role() != NavNode.Role.ACCOUNT && (selected == null || !below(node, selected.key()))) {
                item.setExpanded(false);
            }
        }
        openedWhileSmall.clear();
    }

    private void pickFirstRegistry(String selectedKey) {
        TreeItem<NavNode> first = firstRegistry(tree.getRoot());
        if (first == null || first.getValue().key().equals(selectedKey)) {
            restoreSelection(selectedKey);
        } else {
            picked = first.getValue().key();
            select(first);
        }
    }

    /**
     * Selects the node with {@code key} (a resource's id key, or a folder's key), making the items on the way: the
     * operations panel and the pending-approvals view open resources this way.
     */
    private void reveal(String key) {
        TreeItem<NavNode> item = findOnPath(tree.getRoot(), key);
        if (item != null) {
            picked = null; // asked for: it stays even when it is the registry this view picked
            select(item);
        }
    }

    /**
     * Descends only into items on the way to the wanted key (and into account roots, and into the folders of a resource
     * on the way: a registry's Repositories folder holds the repositories' nodes).
     */
    private static TreeItem<NavNode> findOnPath(TreeItem<NavNode> parent, String key) {
        for (TreeItem<NavNode> child : parent.getChildren()) {
            String k = child.getValue().key();
            if (k.equals(key)) {
                return child;
            }
            // Account roots hold whole trees.
            if (child.getValue().role() == NavNode.Role.ACCOUNT || below(child.getValue(), key)) {
                TreeItem<NavNode> found = findOnPath(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Whether the node with {@code key} is below {@code node}: ARM ids nest, so the path to a resource is its prefixes. */
    private static boolean below(NavNode node, String key) {
        String k = node.key();
        String path = node.folder() && k.contains("#") ? k.substring(0, k.lastIndexOf('#')) : k;
        return key.startsWith(path + "/") || key.startsWith(k + "#");
    }

    private void restoreSelection(String key) {
        TreeItem<NavNode> now = tree.getSelectionModel().getSelectedItem();
        if (now != null && now.getValue().key().equals(key)) {
            int row = tree.getRow(now);
            if (tree.getFocusModel().getFocusedIndex() != row) {
                tree.getFocusModel().focus(row); // the focus slid with the inserted rows too
            }
            return;
        }
        TreeItem<NavNode> item = findMade(tree.getRoot(), key);
        if (item != null) {
            select(item);
        }
    }

    /** Searches only items already made: a selected item's ancestors are always made. */
    private static TreeItem<NavNode> findMade(TreeItem<NavNode> parent, String key) {
        for (TreeItem<NavNode> child : parent.getChildren()) {
            if (child.getValue().key().equals(key)) {
                return child;
            }
            if (child instanceof NavTreeItem n && n.childrenMade()) {
                TreeItem<NavNode> found = findMade(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Opens everything in a small tree (else each account and the path to the first registry) and selects that
     * registry.
     */
    private void openInitially(TreeItem<NavNode> root, boolean small) {
        for (TreeItem<NavNode> top : root.getChildren()) {
            if (small) {
                expandAll(top);
            } else if (top.getValue().role() == NavNode.Role.ACCOUNT) {
                top.setExpanded(true);
            }
        }
        TreeItem<NavNode> firstRegistry = firstRegistry(root);
        if (firstRegistry != null) {
            picked = firstRegistry.getValue().key();
            select(firstRegistry);
        }
    }

    /**
     * Expands and makes the children of every item, even one with no children yet: an item whose children are made
     * takes in the ones a later reload brings (and opens them, in a small tree).
     */
    private void expandAll(TreeItem<NavNode> item) {
        if (hasFolders(item.getValue())) {
            return; // its folders are one click away and would double the tree's length
        }
        openWhileSmall(item);
        item.getChildren().forEach(this::expandAll);
    }

    /**
     * The tree's first registry, found among the nodes, then its item made along its path only: walking the items
     * instead made the children of every branch it passed, which every later reload then reconciled.
     */
    private TreeItem<NavNode> firstRegistry(TreeItem<NavNode> root) {
        NavNode first = firstRegistryNode(model.rootsProperty().get());
        if (first == null) {
            return null;
        }
        return findOnPath(root, first.key()); // a resource's key is its ARM id's: its path is the id's prefixes
    }

    private static NavNode firstRegistryNode(List<NavNode> nodes) {
        for (NavNode node : nodes) {
            if (node.is(RegistryKind.KIND)) {
                return node;
            }
            NavNode found = firstRegistryNode(node.children());
            if (found != null) {
                return found;
            }
        }
        return null;
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
            Clipboards.put(node.id());
        }
    }

    /** Registries and instances stay closed: their folders are one click away and would double the tree's length. */
    private static boolean hasFolders(NavNode node) {
        return node.role() == NavNode.Role.RESOURCE && !node.children().isEmpty() && node.children().getFirst().folder();
    }

    private static int countRegistries(List<NavNode> nodes) {
        int n = 0;
        for (NavNode node : nodes) {
            n += node.is(RegistryKind.KIND) ? 1 : countRegistries(node.children());
        }
        return n;
    }

    /**
     * Name with a small kind badge and, for registries, the SKU. Text nodes, not Labels, for the
     * name and SKU: a tree re-styles its visible cells often, and Text has no skin to build.
     */
    private static final class NodeCell extends TreeCell<NavNode> {
        private final Label kind = new Label();
        private final Text name = new Text();
        private final Text badge = new Text();
        private final Label changed = new Label("●");
        private final org.kordamp.ikonli.javafx.FontIcon icon = new org.kordamp.ikonli.javafx.FontIcon();
        private final HBox box = new HBox(6, icon, kind, name, badge, changed);
        private final NavigationViewModel model;
        private final java.util.function.Function<dev.acrconsole.cache.ResourceKind, org.kordamp.ikonli.Ikon> icons;

        NodeCell(NavigationViewModel model,
                 java.util.function.Function<dev.acrconsole.cache.ResourceKind, org.kordamp.ikonli.Ikon> icons) {
            this.model = model;
            this.icons = icons;
            icon.getStyleClass().add("kind-icon");
            changed.getStyleClass().add("node-changed");
            kind.getStyleClass().add("kind-badge");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            name.getStyleClass().add("node-name");
            badge.getStyleClass().add("node-badge");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(NavNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                // The graphic stays, hidden: setting it again on a refilled cell re-styled all its nodes from scratch
                // (12 of the FX thread's 55 samples in one profile of a first refresh). The skin leaves an emptied
                // cell's disclosure arrow as it was, so it is hidden here; a refilled cell gets a new tree item, and
                // the skin then shows or hides the arrow itself.
                box.setVisible(false);
                if (getDisclosureNode() != null) {
                    getDisclosureNode().setVisible(false);
                }
                setAccessibleText(null);
                getStyleClass().remove("production");
                return;
            }
            box.setVisible(true);
            kind.setText(node.badge());
            // Resources and folders are of a kind; an account or a message has no kind's icon.
            boolean ofAKind = node.kind() != null && (node.role() == NavNode.Role.RESOURCE || node.role() == NavNode.Role.FOLDER);
            org.kordamp.ikonli.Ikon ikon = ofAKind ? icons.apply(node.kind()) : null;
            if (ikon != null && icon.getIconCode() != ikon) {
                icon.setIconCode(ikon);
            }
            icon.setVisible(ikon != null);
            icon.setManaged(ikon != null);
            String kindClass = "kind-" + node.code();
            if (!kind.getStyleClass().contains(kindClass)) { // any change of style classes re-styles the cell: only when needed
                kind.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-badge"));
                kind.getStyleClass().add(kindClass);
            }
            name.setText(node.name());
            // A message (why an account shows no subscriptions) wraps instead of running off the pane.
            name.setWrappingWidth(node.role() == NavNode.Role.MESSAGE && getTreeView() != null
                    ? Math.max(120, getTreeView().getWidth() - 90) : 0);
            badge.setText(node.note() == null ? "" : node.note());
            boolean isChanged = model.changedProperty().get().contains(node.key());
            changed.setVisible(isChanged);
            changed.setManaged(isChanged);
            if (isChanged && changed.getTooltip() == null) {
                // Made when first needed: a tooltip is a popup window with its own scene, costly for every visible cell.
                changed.setTooltip(new javafx.scene.control.Tooltip("Changed since you last looked"));
            }
            boolean production = model.production(node);
            if (production != getStyleClass().contains("production")) { // tinted: the theme's danger colour (console.css)
                if (production) {
                    getStyleClass().add("production");
                } else {
                    getStyleClass().remove("production");
                }
            }
            setGraphic(box);
            setAccessibleText(node.code() + " " + node.name() + (isChanged ? ", changed" : "")
                    + (production ? ", production" : ""));
        }
    }
}
