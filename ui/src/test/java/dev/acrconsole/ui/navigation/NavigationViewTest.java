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

    private static NavNode registry(String group, String name) {
        String id = "/subscriptions/s/resourcegroups/" + group + "/providers/microsoft.containerregistry/registries/" + name;
        return new NavNode(id, id, NavNode.Role.RESOURCE, RegistryKind.KIND, "ACR", name, "Standard", List.of(), SCOPE);
    }
}
