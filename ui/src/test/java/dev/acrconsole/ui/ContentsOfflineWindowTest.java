package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.dataplane.Contents;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's contents offline: a digest searched across registries and opened; a tag that moved, in What changed. */
class ContentsOfflineWindowTest extends WindowFixture {
    private static final String PROD = "contosoprodacr.azurecr.io";
    private static final String DEV = "contosodevacr.azurecr.io";

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDigestSearchedOfflineOpensItsTagAndATagThatMovedShowsInWhatChanged() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, kept()).get(60, TimeUnit.SECONDS);
        Contents contents = services.sandbox().orElseThrow().dataPlaneContents();
        String before = contents.digest(PROD, "nginx", "1.25");
        String digest = contents.digest(PROD, "nginx", "1.27");
        contents.importImage(PROD, "nginx", digest, DEV, "mirror/nginx", "1.27");
        // What the user opened while online: nginx's tags in prod, the mirror's tags and manifests in dev.
        openFolder("contosoprodacr", "nginx", "Tags");
        waitUntil("prod's nginx tags are listed", () -> names("#child-table").containsAll(contents.tags(PROD, "nginx")));
        openFolder("contosodevacr", "mirror/nginx", "Tags");
        waitUntil("dev's mirror tags are listed", () -> names("#child-table").equals(List.of("1.27")));
        openFolder("contosodevacr", "mirror/nginx", "Manifests");
        waitUntil("dev's mirror manifests are listed", () -> names("#child-table").contains(digest));
        closeWindow();

        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));
        onFx(() -> {
            lookup("#search-field").<TextField>query().setText(digest.substring(0, "sha256:".length() + 12));
            return null;
        });
        // prod: tags 1.27 and stable; dev: the mirror's tag 1.27 and its manifest (prod's manifests were not opened).
        waitUntil("every tag and manifest holding the digest is found", () -> hits().size() == 4);
        assertThat(hits()).extracting(h -> h.kind().code()).containsExactlyInAnyOrder("manifest", "tag", "tag", "tag");
        waitUntil("each hit says its registry and repository", () -> onFx(() -> lookup("#search-results .table-cell").queryAll()
                .stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList())
                .containsAll(List.of("contosoprodacr › nginx", "contosodevacr › mirror/nginx")));
        shoot("search-digest");
        SearchHit prodTag = hits().stream().filter(h -> h.id().toLowerCase().contains("/contosoprodacr/")
                && h.name().equals("1.27")).findFirst().orElseThrow();
        onFx(() -> {
            TableView<SearchHit> results = lookup("#search-results").query();
            results.getSelectionModel().select(prodTag);
            results.requestFocus();
            return null;
        });
        type(KeyCode.ENTER);
        waitUntil("the tree opens prod's nginx Tags with the tag selected", () -> {
            Row selected = onFx(() -> lookup("#child-table").tryQuery()
                    .map(t -> ((TableView<Row>) t).getSelectionModel().getSelectedItem()).orElse(null));
            return selected != null && selected.id().equalsIgnoreCase(prodTag.id());
        });
        shoot("search-digest-opened");
        closeWindow();

        // Online again: 1.25 is pushed again as 1.27's image, mainline is added and stable deleted, outside the console.
        openWindow(dir, LaunchOptions.Mode.SANDBOX, kept()).get(60, TimeUnit.SECONDS);
        SandboxServer again = services.sandbox().orElseThrow();
        Contents now = again.dataPlaneContents();
        String after = now.digest(PROD, "nginx", "1.27");
        assertThat(after).as("the sample is the same at each start").isEqualTo(digest);
        now.tag(PROD, "nginx", "1.25", after);
        now.tag(PROD, "nginx", "mainline", after);
        DataPlanes planes = new DataPlanes(services.session().orElseThrow().arm(), h -> again.dataPlaneUrl(h).orElseThrow(), Clock.systemUTC());
        assertThat(planes.of(PROD).send("DELETE", "/acr/v1/nginx/_tags/stable", null, null).status()).isEqualTo(202);
        onFx(() -> model.refresh()).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            model.showChanges(null);
            return null;
        });
        waitUntil("the changes page opens", () -> visible("#changes-table"));
        waitUntil("the moved, added and removed tags show", () -> changes().stream().filter(c -> c.kind().equals("tag"))
                .count() == 3);
        Change moved = changes().stream().filter(c -> "Digest".equals(c.field())).findFirst().orElseThrow();
        assertThat(moved.before()).isEqualTo(before);
        assertThat(moved.after()).isEqualTo(after);
        // Readable in a row: where the tag is, and both digests as the Tags table shows them (whole in the tooltip).
        waitUntil("the row says where the tag is and its digests, shortened", () -> cells().containsAll(List.of(
                "contosoprodacr › nginx", hex12(before) + " → " + hex12(after))));
        shoot("changes-tags");
    }

    /** The sandbox as {@code --sandbox} keeps it in the data dir, so the image imported is there at the next start. */
    private SandboxConfig kept() {
        return SandboxConfig.defaults().withBigRepositoryTags(0).withStateFile(dir.resolve("sandbox-state.json"));
    }

    private void openFolder(String registry, String repository, String folder) throws Exception {
        selectInTree("Repositories", registry);
        waitUntil(repository + " is a node of the tree", () -> onFx(() -> find(find(find(lookup("#navigation")
                .<TreeView<NavNode>>query().getRoot(), registry), "Repositories"), repository) != null));
        onFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            TreeItem<NavNode> item = find(find(find(tree.getRoot(), registry), repository), folder);
            for (TreeItem<NavNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private List<SearchHit> hits() throws Exception {
        return onFx(() -> List.copyOf(((TableView<SearchHit>) lookup("#search-results").query()).getItems()));
    }

    private static String hex12(String digest) {
        return digest.substring("sha256:".length(), "sha256:".length() + 12);
    }

    private List<String> cells() throws Exception {
        return onFx(() -> lookup("#changes-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(java.util.Objects::nonNull).toList());
    }

    @SuppressWarnings("unchecked")
    private List<Change> changes() throws Exception {
        return onFx(() -> List.copyOf(((TableView<Change>) lookup("#changes-table").query()).getItems()));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String table) throws Exception {
        // Between two pages there is no table: nothing listed yet.
        return onFx(() -> lookup(table).tryQuery().map(t -> ((TableView<Row>) t).getItems().stream().map(Row::name).toList())
                .orElse(List.of()));
    }
}
