package dev.acrconsole.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavTreeItemTest {
    @Test
    void anOpenItemWhoseChildrenArriveLaterMakesThemAndOpensThem() {
        // A resource group opened while its registries were still being listed (the last listing of a refresh).
        NavTreeItem group = new NavTreeItem(node("rg", List.of()));
        group.setExpanded(true);
        List<NavTreeItem> opened = new ArrayList<>();

        group.update(node("rg", List.of(node("acr1", List.of()), node("acr2", List.of()))), opened::add);

        assertThat(group.childrenMade()).isTrue();
        assertThat(opened).extracting(i -> i.getValue().name()).containsExactly("acr1", "acr2");
    }

    @Test
    void aClosedItemStaysLazy() {
        NavTreeItem group = new NavTreeItem(node("rg", List.of()));
        List<NavTreeItem> opened = new ArrayList<>();

        group.update(node("rg", List.of(node("acr1", List.of()))), opened::add);

        assertThat(group.childrenMade()).isFalse();
        assertThat(opened).isEmpty();
    }

    @Test
    void aReloadThatShowsTheSameRowLeavesItsCellsAloneYetItsChildrenAreTheNewest() {
        // A refresh of a thousand subscriptions reloads the tree again and again: a new value for a row that shows the
        // same made the TreeView rebuild every visible cell each time.
        NavTreeItem group = new NavTreeItem(node("rg", List.of(node("acr1", List.of()))));
        List<String> events = new ArrayList<>();
        group.addEventHandler(javafx.scene.control.TreeItem.valueChangedEvent(), e -> events.add(e.getNewValue().toString()));

        group.update(node("rg", List.of(node("acr1", List.of()), node("acr2", List.of()))), i -> { });
        assertThat(events).as("same name, note and badge").isEmpty();
        assertThat(group.getChildren()).extracting(i -> i.getValue().name()).containsExactly("acr1", "acr2");

        group.update(new NavNode("/x/rg", "/x/rg", NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", "rg", "westeurope",
                List.of(), null), i -> { });
        assertThat(events).as("a new note shows").hasSize(1);
    }

    @Test
    void aLeafThatGetsChildrenChangesItsRowForItsDisclosureArrow() {
        NavTreeItem group = new NavTreeItem(node("rg", List.of()));
        List<Object> events = new ArrayList<>();
        group.addEventHandler(javafx.scene.control.TreeItem.valueChangedEvent(), events::add);

        group.update(node("rg", List.of(node("acr1", List.of()))), i -> { });

        assertThat(group.isLeaf()).isFalse();
        assertThat(events).hasSize(1);
    }

    private static NavNode node(String name, List<NavNode> children) {
        return new NavNode("/x/" + name, "/x/" + name, NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", name, null, children, null);
    }
}
