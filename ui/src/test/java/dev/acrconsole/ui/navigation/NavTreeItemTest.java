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

    private static NavNode node(String name, List<NavNode> children) {
        return new NavNode("/x/" + name, "/x/" + name, NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", name, null, children, null);
    }
}
