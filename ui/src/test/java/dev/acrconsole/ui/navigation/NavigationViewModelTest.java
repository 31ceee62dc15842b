package dev.acrconsole.ui.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheChanges;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree's state without the toolkit: built from the cache, what reveal asks it to open, and the changed marks. */
class NavigationViewModelTest {
    @TempDir
    Path dir;

    private static NavigationViewModel tree(PageFixture f) {
        return new NavigationViewModel(f.services.store(), f.scope(), new DirectBackground(), PageFixture.SAME_THREAD, null,
                f.services.navigationOutline());
    }

    private static Stream<NavNode> all(List<NavNode> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), all(n.children())));
    }

    private static NavNode node(NavigationViewModel tree, String id) {
        String key = CachedResource.idKey(id);
        Optional<NavNode> found = all(tree.rootsProperty().get()).filter(n -> n.key().equals(key)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no node " + key));
    }

    private static List<String> names(NavNode node) {
        return node.children().stream().map(NavNode::name).toList();
    }

    @Test
    void theTreeIsBuiltFromTheCacheWithARegistrysFoldersInTheKindRegistrysOrder() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            NavigationViewModel tree = tree(f);
            assertThat(tree.rootsProperty().get()).isEmpty();

            tree.reload();

            assertThat(tree.rootsProperty().get()).extracting(NavNode::name)
                    .containsExactlyInAnyOrder("Contoso Production", "Contoso Development", "Fabrikam Edge Sites");
            SandboxData.Registry prod = f.sandboxRegistry("contosoprodacr");
            NavNode group = node(tree, prod.id().substring(0, prod.id().indexOf("/providers/")));
            assertThat(names(group)).containsExactlyInAnyOrder("contosoprodacr", "contosoreleases", "contosobuildcache",
                    "contosomirror", "contosoprodbackup", "contosohelmcharts", "aio-plant-ohio");

            NavNode registry = node(tree, prod.id());
            assertThat(registry.badge()).isEqualTo("ACR");
            assertThat(registry.note()).isEqualTo("Premium");
            assertThat(names(registry)).containsExactly("Repositories", "Private endpoint connections", "Connected registries", "Scope maps",
                    "Tokens", "Replications", "Webhooks", "Cache rules", "Credential sets", "Tasks", "Runs", "Task runs", "Agent pools");
            assertThat(registry.children()).allSatisfy(folder -> {
                assertThat(folder.folder()).isTrue();
                assertThat(folder.id()).isEqualTo(prod.id());
                assertThat(folder.key()).isEqualTo(NavNode.folderKey(registry.key(), folder.folderOf()));
            });
            assertThat(names(node(tree, prod.id().substring(0, prod.id().indexOf("/providers/"))
                    + "/providers/Microsoft.IoTOperations/instances/aio-plant-ohio"))).containsExactly("Registry endpoints");
        }
    }

    @Test
    void revealAsksForAResourceOrAFolderAndARowIsTakenOnceByItsFolder() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            NavigationViewModel tree = tree(f);
            tree.reload();
            String hub = f.sandboxRegistry("fabrikamedgehub").id();
            List<String> asked = new java.util.ArrayList<>();
            tree.revealProperty().addListener((obs, old, key) -> {
                if (key != null) {
                    asked.add(key);
                }
            });

            tree.reveal(hub, null);
            tree.reveal(hub, null);
            String folder = tree.revealRow(hub + "/tokens/dublin-client-token", TokenKind.KIND);

            assertThat(asked).as("the same target twice still moves the tree").containsExactly(
                    CachedResource.idKey(hub), CachedResource.idKey(hub), CachedResource.idKey(hub) + "#token");
            assertThat(folder).isEqualTo(CachedResource.idKey(hub) + "#token");
            NavNode registry = node(tree, hub);
            NavNode runs = registry.children().stream().filter(n -> n.folderOf() == RunKind.KIND).findFirst().orElseThrow();
            NavNode tokens = registry.children().stream().filter(n -> n.folderOf() == TokenKind.KIND).findFirst().orElseThrow();
            assertThat(tree.takeWantedRow(runs)).as("another folder does not take it").isNull();
            assertThat(tree.takeWantedRow(tokens)).isEqualTo(CachedResource.idKey(hub + "/tokens/dublin-client-token"));
            assertThat(tree.takeWantedRow(tokens)).as("once").isNull();
        }
    }

    @Test
    void itFollowsTheCacheAndMarksWhatChangedUpToItsSubscriptionUntilSeen() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            NavigationViewModel tree = tree(f);
            CacheChanges.Subscription following = tree.follow(f.context.feed(),
                    c -> c.touchesKinds(f.services.database().policy().treeKinds()));
            tree.markChanges(() -> f.services.review().changes().unseen(f.scope()));
            tree.reload();
            assertThat(tree.changedProperty().get()).isEmpty();
            SandboxData.Registry releases = f.sandboxRegistry("contosoreleases");

            f.sandbox().state().change(releases.id(), json -> ((ObjectNode) json.get("sku")).put("name", "Premium"));
            f.refresh();

            // Nobody asked the tree to reload: it followed the cache.
            assertThat(node(tree, releases.id()).note()).isEqualTo("Premium");
            String key = CachedResource.idKey(releases.id());
            String group = key.substring(0, key.indexOf("/providers/"));
            String subscription = group.substring(0, group.indexOf("/resourcegroups/"));
            assertThat(tree.changedProperty().get()).contains(key, group, subscription)
                    .doesNotContain(CachedResource.idKey(f.sandboxRegistry("contosoprodacr").id()));

            f.services.review().changes().markSeen(f.scope(), releases.id(), null);
            tree.reloadMarks();
            assertThat(tree.changedProperty().get()).isEmpty();

            following.close();
            f.sandbox().state().change(releases.id(), json -> ((ObjectNode) json.get("sku")).put("name", "Basic"));
            f.refresh();
            assertThat(node(tree, releases.id()).note()).as("no longer following").isEqualTo("Premium");
        }
    }
}
