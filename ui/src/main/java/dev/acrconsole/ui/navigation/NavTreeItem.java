package dev.acrconsole.ui.navigation;

import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/** A tree item that makes its children only when first asked, so 10k registries cost nothing until opened. */
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
}
