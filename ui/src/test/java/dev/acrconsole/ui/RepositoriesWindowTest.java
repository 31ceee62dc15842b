package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's contents in the window: the Repositories folder, then a repository's Tags, from the sandbox's data plane. */
class RepositoriesWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void aRegistrysRepositoriesOpenAndEachRepositoryHasItsTagsBelowIt() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        String loginServer = sandbox.dataPlaneUrls().keySet().iterator().next();
        String registry = loginServer.substring(0, loginServer.indexOf('.'));
        List<String> expected = sandbox.dataPlaneContents().repositories(loginServer);

        selectInTree("Repositories", registry);
        waitUntil("the registry's repositories are listed", () -> names("#child-table").containsAll(expected));
        shoot("repositories");

        String repository = expected.getFirst();
        waitUntil("the repository is a node of the tree", () -> onFx(() -> find(find(lookup("#navigation")
                .<javafx.scene.control.TreeView<dev.acrconsole.ui.navigation.NavNode>>query().getRoot(), registry), repository) != null));
        selectInTree("Tags", repository);
        List<String> tags = sandbox.dataPlaneContents().tags(loginServer, repository);
        waitUntil("the repository's tags are listed", () -> names("#child-table").containsAll(tags));
        shoot("tags");
        assertThat(names("#child-table")).hasSameSizeAs(tags);
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String table) throws Exception {
        return onFx(() -> ((TableView<Row>) lookup(table).query()).getItems().stream().map(Row::name).toList());
    }
}
