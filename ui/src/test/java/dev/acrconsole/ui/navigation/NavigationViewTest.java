package dev.acrconsole.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceStore;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the tree selects by itself as a refresh fills it, in the real toolkit (Monocle, headless). A concurrent refresh
 * lands its listings in no fixed order: the first registry to arrive need not be the first the tree shows.
 */
class NavigationViewTest {
    private static final CacheScope SCOPE = new CacheScope("sandbox", "AzureCloud");

    @TempDir
    Path dir;

    private final Deque<List<NavNode>> reloads = new ArrayDeque<>();
    private CacheDatabase db;
    private NavigationViewModel model;
    private NavigationView view;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void untilTheUserPicksOneTheSelectionIsTheFirstRegistryInTheTreesOrderWhicheverArrivedFirst() throws Exception {
        open();
        reload(group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).isEqualTo("zulu");

        // A listing that answered later goes above it: the tree now starts with another registry.
        reload(group("rg-a", registry("rg-a", "alpha")), group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).as("the tree's first, as a start with every listing at once would show").isEqualTo("alpha");

        reload(group("rg-0", registry("rg-0", "aaron")), group("rg-a", registry("rg-a", "alpha")),
                group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).isEqualTo("aaron");
    }

    @Test
    void aRegistryTheUserPickedStaysSelectedWhateverArrivesAboveIt() throws Exception {
        open();
        reload(group("rg-a", registry("rg-a", "alpha")), group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).isEqualTo("alpha");
        onFx(() -> {
            TreeView<NavNode> tree = view.node();
            TreeItem<NavNode> zulu = tree.getRoot().getChildren().get(1).getChildren().getFirst();
            tree.getSelectionModel().select(zulu);
            return null;
        });

        reload(group("rg-0", registry("rg-0", "aaron")), group("rg-a", registry("rg-a", "alpha")),
                group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).isEqualTo("zulu");

        // Even back on the registry the tree had picked, the user's choice is theirs.
        onFx(() -> {
            TreeView<NavNode> tree = view.node();
            tree.getSelectionModel().select(tree.getRoot().getChildren().get(1).getChildren().getFirst());
            return null;
        });
        reload(group("rg-00", registry("rg-00", "aardvark")), group("rg-0", registry("rg-0", "aaron")),
                group("rg-a", registry("rg-a", "alpha")), group("rg-b", registry("rg-b", "zulu")));
        assertThat(selectedName()).isEqualTo("alpha");
    }

    @Test
    void findingTheFirstRegistryMakesNoItemsForTheBranchesBeforeIt() throws Exception {
        // Early in a first refresh of a large tree most groups are listed before their registries: the pick passes
        // over them. Had it made their items, every later reload would reconcile them.
        open();
        reload(group("rg-a"), group("rg-b"), group("rg-c", registries("rg-c", 61)));
        assertThat(selectedName()).isEqualTo("rg-c-r00");

        reload(group("rg-a", subgroup("rg-a", "x"), subgroup("rg-a", "y")), group("rg-b", subgroup("rg-b", "z")),
                group("rg-c", registries("rg-c", 61)));
        assertThat(selectedName()).isEqualTo("rg-c-r00");
        assertThat(onFx(() -> view.node().getRoot().getChildren().stream()
                .map(item -> ((NavTreeItem) item).childrenMade()).toList()))
                .as("rg-a and rg-b were passed over; rg-c is on the way to the pick").containsExactly(false, false, true);
    }

    @Test
    void groupsOpenedWhileTheTreeWasSmallCloseWhenItsRegistriesComeAndMakeItLarge() throws Exception {
        // A first refresh lists groups before their registries: the tree is small for a moment and opens them all.
        open();
        reload(group("rg-a"), group("rg-b"), group("rg-c"));
        assertThat(expanded()).containsExactly(true, true, true);

        reload(group("rg-a", registries("rg-a", 30)), group("rg-b", registries("rg-b", 30)),
                group("rg-c", registries("rg-c", 30)));
        assertThat(selectedName()).isEqualTo("rg-a-r00");
        assertThat(expanded()).as("only the way to the selection stays open").containsExactly(true, false, false);
        assertThat(onFx(() -> view.node().getExpandedItemCount())).as("rows shown").isEqualTo(3 + 30);
    }

    @Test
    void aGroupTheUserOpenedStaysOpenWhenTheTreeGrowsLarge() throws Exception {
        open();
        reload(group("rg-a", registries("rg-a", 1)), group("rg-b", registries("rg-b", 1)),
                group("rg-c", registries("rg-c", 1)));
        onFx(() -> {
            TreeItem<NavNode> b = view.node().getRoot().getChildren().get(1);
            b.setExpanded(false);
            b.setExpanded(true); // the user closed it and opened it again: theirs now
            return null;
        });

        reload(group("rg-a", registries("rg-a", 30)), group("rg-b", registries("rg-b", 30)),
                group("rg-c", registries("rg-c", 30)));
        assertThat(expanded()).containsExactly(true, true, false);
    }

    private List<Boolean> expanded() throws Exception {
        return onFx(() -> view.node().getRoot().getChildren().stream().map(TreeItem::isExpanded).toList());
    }

    private static NavNode[] registries(String group, int n) {
        NavNode[] nodes = new NavNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = registry(group, "%s-r%02d".formatted(group, i));
        }
        return nodes;
    }

    private void open() throws Exception {
        db = CacheDatabase.open(dir, dev.acrconsole.app.catalog.Kinds.CATALOG.cachePolicy());
        model = new NavigationViewModel(new ResourceStore(db), SCOPE, new DirectBackground(), Runnable::run, null,
                rows -> reloads.removeFirst());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new NavigationView(model);
            stage.setScene(new Scene(view.node(), 400, 600));
            stage.show();
        });
    }

    private void reload(NavNode... groups) throws Exception {
        reloads.add(List.of(groups));
        onFx(() -> model.reload().get(5, TimeUnit.SECONDS));
    }

    private String selectedName() throws Exception {
        return onFx(() -> {
            NavNode selected = model.selectedProperty().get();
            return selected == null ? null : selected.name();
        });
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(10, TimeUnit.SECONDS);
    }

    private static NavNode group(String name, NavNode... registries) {
        String id = "/subscriptions/s/resourcegroups/" + name;
        return new NavNode(id, id, NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", name, "eastus",
                List.of(registries), SCOPE);
    }

    /** A node below a group that is not a registry (the pick passes over it). */
    private static NavNode subgroup(String group, String name) {
        String id = "/subscriptions/s/resourcegroups/" + group + "/providers/microsoft.other/things/" + name;
        return new NavNode(id, id, NavNode.Role.RESOURCE, ResourceGroupKind.KIND, "RG", name, "", List.of(), SCOPE);
    }

    private static NavNode registry(String group, String name) {
        String id = "/subscriptions/s/resourcegroups/" + group + "/providers/microsoft.containerregistry/registries/" + name;
        return new NavNode(id, id, NavNode.Role.RESOURCE, RegistryKind.KIND, "ACR", name, "Standard", List.of(), SCOPE);
    }
}
