package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A registry's contents in the window: the Repositories folder, then a repository's Tags and Manifests, from the
 * sandbox's data plane; a manifest's details as read from its document and referrers.
 */
class RepositoriesWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void aRegistrysRepositoriesOpenAndEachRepositoryHasItsTagsBelowIt() throws Exception {
        String loginServer = openRepositories();
        SandboxServer sandbox = services.sandbox().orElseThrow();
        shoot("repositories");

        String repository = sandbox.dataPlaneContents().repositories(loginServer).getFirst();
        openFolder(loginServer, repository, "Tags");
        List<String> tags = sandbox.dataPlaneContents().tags(loginServer, repository);
        waitUntil("the repository's tags are listed", () -> names("#child-table").containsAll(tags));
        shoot("tags");
        assertThat(names("#child-table")).hasSameSizeAs(tags);
    }

    @Test
    void tagsSelectedTogetherAreDeletedAsOneOperationAndALockedTagsDeleteShowsTheRegistrysRefusal() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        String loginServer = sandbox.dataPlaneUrls().keySet().iterator().next();
        String registry = loginServer.substring(0, loginServer.indexOf('.'));
        selectInTree("Repositories", registry);
        waitUntil("the repository apps/web is a node", () -> onFx(() -> find(tree().getRoot(), "apps/web") != null));
        selectInTree("Tags", "apps/web");
        waitUntil("the tags are listed", () -> names("#child-table").containsAll(List.of("1.0.0", "1.1.0", "1.2.0")));

        // Two free tags selected together, deleted as one operation.
        onFx(() -> {
            TableView<Row> table = lookup("#child-table").query();
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                String name = table.getItems().get(i).name();
                if (name.equals("1.1.0") || name.equals("1.2.0")) {
                    table.getSelectionModel().select(i);
                }
            }
            lookup("#tags-delete").<javafx.scene.control.Button>query().fire();
            return null;
        });
        confirm("#tags-delete-confirm");
        waitUntil("the bulk delete ended", () -> ended(operation("Delete 2 tags of apps/web")));
        assertThat(operation("Delete 2 tags of apps/web").state()).isEqualTo(dev.acrconsole.cache.Operation.State.Succeeded);
        assertThat(operation("Delete 2 tags of apps/web").note()).isEqualTo("2 of 2 done");
        waitUntil("the deleted tags leave the table", () -> !names("#child-table").contains("1.1.0"));
        assertThat(sandbox.dataPlaneContents().tags(loginServer, "apps/web")).doesNotContain("1.1.0", "1.2.0");
        shoot("tags-deleted");

        // The sample's locked tag: the delete is sent, and the registry's own refusal is what the panel says.
        onFx(() -> {
            TableView<Row> table = lookup("#child-table").query();
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(r -> r.name().equals("1.0.0")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            lookup("#tag-delete").<javafx.scene.control.Button>query().fire();
            return null;
        });
        confirm("#tag-delete-confirm");
        waitUntil("the refused delete ended", () -> ended(operation("Delete tag apps/web:1.0.0")));
        dev.acrconsole.cache.Operation refused = operation("Delete tag apps/web:1.0.0");
        assertThat(refused.state()).isEqualTo(dev.acrconsole.cache.Operation.State.Failed);
        assertThat(refused.errorCode()).isEqualTo("REGISTRY_DISALLOWED_OPERATION");
        assertThat(names("#child-table")).as("nothing cached is lost").contains("1.0.0");
        shoot("tag-delete-refused");
    }

    @Test
    void theCleanUpWindowShowsItsDryRunAndTheAcrPurgeItWouldSchedule() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        selectInTree("contosoprodacr", null);
        waitUntil("the registry's page offers a clean-up", () -> lookup("#registry-cleanup").tryQuery().isPresent());
        onFx(() -> {
            lookup("#registry-cleanup").<javafx.scene.control.Button>query().fire();
            return null;
        });
        waitUntil("the clean-up window opens", () -> lookup("#cleanup-dry-run").tryQuery().isPresent());
        onFx(() -> {
            lookup("#cleanup-keep").<javafx.scene.control.TextField>query().setText("1");
            lookup("#cleanup-dry-run").<javafx.scene.control.Button>query().fire();
            return null;
        });
        waitUntil("the dry run lists what would go", () -> onFx(() ->
                !lookup("#cleanup-plan").<TableView<?>>query().getItems().isEmpty()));
        assertThat(onFx(() -> lookup("#cleanup-purge").<javafx.scene.control.TextArea>query().getText()))
                .startsWith("acr purge --filter '^.*$:^.*$' --ago 30d --keep 1 --untagged");
        assertThat(onFx(() -> lookup("#cleanup-run").<javafx.scene.control.Button>query().isDisabled())).isFalse();
        shootDialog("cleanup", "#cleanup-plan");
    }

    @Test
    void importIsRefusedInlineWithNothingSentThenSentAndTheImportedRepositoryAppears() throws Exception {
        String loginServer = openRepositories();
        SandboxServer sandbox = services.sandbox().orElseThrow();
        onFx(() -> {
            lookup("#repository-import").<Button>query().fire();
            return null;
        });
        waitUntil("the import dialog shows", () -> lookup("#import-source-image").tryQuery().isPresent());
        int sent = requests();
        onFx(() -> {
            lookup("#import-source-image").<javafx.scene.control.TextField>query().setText("library/hello-world:latest");
            lookup("#import-targets").<javafx.scene.control.TextField>query().setText("hub/hello-world:not valid!");
            lookup("#import-image-ok").<Button>query().fire();
            return null;
        });
        waitUntil("the target's message shows", () -> !text("#import-targets-error").isEmpty());
        assertThat(text("#import-targets-error")).startsWith("'valid!': ");
        assertThat(requests()).as("nothing sent").isEqualTo(sent);
        shootDialog("import-refused", "#import-source-image");

        onFx(() -> {
            lookup("#import-targets").<javafx.scene.control.TextField>query().setText("hub/hello-world:latest");
            lookup("#import-image-ok").<Button>query().fire();
            return null;
        });
        String title = "Import library/hello-world:latest into " + registry(loginServer) + " as hub/hello-world:latest";
        waitUntil("the import ended", () -> ended(operation(title)));
        assertThat(operation(title).state()).isEqualTo(dev.acrconsole.cache.Operation.State.Succeeded);
        waitUntil("the imported repository is listed without a refresh", () -> names("#child-table").contains("hub/hello-world"));
        assertThat(sandbox.dataPlaneContents().tags(loginServer, "hub/hello-world")).containsExactly("latest");
        shoot("imported");
    }

    private javafx.scene.control.TreeView<dev.acrconsole.ui.navigation.NavNode> tree() {
        return lookup("#navigation").query();
    }

    private static boolean ended(dev.acrconsole.cache.Operation op) {
        return op != null && op.state().terminal();
    }

    /** Presses OK on the confirmation whose pane has this id. */
    private void confirm(String paneId) throws Exception {
        waitUntil("the question " + paneId + " shows", () -> lookup(paneId).tryQuery().isPresent());
        onFx(() -> {
            javafx.scene.control.DialogPane pane = lookup(paneId).query();
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
            return null;
        });
    }

    @Test
    void aMultiArchIndexShowsItsPlatformsAndAnImageItsLayersAndReferrersAndThePullReferenceCopies() throws Exception {
        String loginServer = openRepositories();
        openManifests(loginServer, "samples/hello-world");
        selectManifestTagged("v1");
        waitUntil("the index's platforms are read from its manifest", () -> text("#field-platforms").contains("windows/amd64  sha256:"));
        assertThat(text("#field-platforms").lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("  sha256:"));
        assertThat(text("#field-media-type")).isEqualTo("application/vnd.oci.image.index.v1+json");
        assertThat(text("#field-referrers")).isEqualTo("none");
        assertThat(text("#field-annotations")).contains("org.opencontainers.image.created = ");
        shoot("manifest-index");

        openManifests(loginServer, "apps/web");
        ManifestDetails signed = selectManifestTagged("1.3.0");
        waitUntil("the image's referrers are read", () -> text("#field-referrers").contains("Notary signature"));
        assertThat(text("#field-referrers")).contains("SBOM (SPDX)").contains("Attestation (in-toto)");
        assertThat(text("#field-layers").lines()).hasSize(3);
        assertThat(text("#field-config")).startsWith("sha256:");
        assertThat(text("#field-total-size")).endsWith("(config and 3 layers)");
        assertThat(onFx(() -> table("#child-table").getSortOrder().getFirst().getText())).isEqualTo("Last updated");
        shoot("manifest-image");
        onFx(() -> {
            lookup("#child-details").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot("manifest-image-referrers");

        onFx(() -> {
            lookup("#copy-pull-by-digest").queryAs(Button.class).fire();
            return null;
        });
        assertThat(onFx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(signed.pullByDigest())
                .isEqualTo(loginServer + "/apps/web@" + signed.digest());
    }

    /** Opens the window on the sandbox and the Repositories folder of its first registry with contents; its login server. */
    private String openRepositories() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        String loginServer = sandbox.dataPlaneUrls().keySet().iterator().next();
        List<String> expected = sandbox.dataPlaneContents().repositories(loginServer);
        selectInTree("Repositories", registry(loginServer));
        waitUntil("the registry's repositories are listed", () -> names("#child-table").containsAll(expected));
        return loginServer;
    }

    /** Selects {@code folder} (Tags, Manifests) of {@code repository}, once the repository is a node of the tree. */
    private void openFolder(String loginServer, String repository, String folder) throws Exception {
        String registry = registry(loginServer);
        waitUntil("the repository is a node of the tree", () -> onFx(() -> find(find(lookup("#navigation")
                .<TreeView<NavNode>>query().getRoot(), registry), repository) != null));
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

    private static String registry(String loginServer) {
        return loginServer.substring(0, loginServer.indexOf('.'));
    }

    private void openManifests(String loginServer, String repository) throws Exception {
        openFolder(loginServer, repository, "Manifests");
        waitUntil("the repository's manifests are listed", () -> onFx(() -> lookup("#child-table").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().stream().anyMatch(r -> r instanceof Row row
                        && row.details() instanceof ManifestDetails m && repository.equals(m.repository())))
                .orElse(false)));
    }

    private ManifestDetails selectManifestTagged(String tag) throws Exception {
        return onFx(() -> {
            TableView<Row> table = table("#child-table");
            Row row = table.getItems().stream().filter(r -> r.details(ManifestDetails.class).tags().contains(tag)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            return row.details(ManifestDetails.class);
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table(String query) {
        return (TableView<Row>) lookup(query).query();
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String table) throws Exception {
        // Until the page is there, no names (not a failure: waitUntil asks again).
        return onFx(() -> lookup(table).tryQuery().map(t -> ((TableView<Row>) t).getItems().stream().map(Row::name).toList())
                .orElse(List.of()));
    }
}
