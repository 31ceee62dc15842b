package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Real windows (Monocle, headless) on the real sandbox and a real SQLite cache. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;

    private AppServices services;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    @Test
    void selectingARegistryShowsItsDetails() throws Exception {
        openWindow(LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData data = services.sandbox().orElseThrow().data();
        SandboxData.Registry target = data.registries().getLast();

        interact(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            tree.getSelectionModel().select(find(tree.getRoot(), target.name()));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> target.name().equals(text("#details-title")));

        assertThat(text("#field-login-server")).isEqualTo(target.loginServer());
        assertThat(text("#field-sku")).isEqualTo(target.sku());
        assertThat(text("#field-location")).isEqualTo(target.location());
        assertThat(text("#status-mode")).isEqualTo("Sandbox");
        assertThat(text("#status-freshness")).startsWith("Last complete refresh");
        assertThat(lookup("#offline-banner").query().getParent().isVisible()).isFalse();
        // Every sample registry is in the tree.
        assertThat(registryNamesInTree()).containsExactlyInAnyOrderElementsOf(
                data.registries().stream().map(SandboxData.Registry::name).toList());
    }

    @Test
    void theFirstRegistryStaysSelectedWhileTheTreeFillsInAboveIt() throws Exception {
        // An empty cache: subscriptions sorted above the first one arrive later in the refresh.
        openWindow(LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);

        NavNode selected = WaitForAsyncUtils.asyncFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            return tree.getSelectionModel().getSelectedItem().getValue();
        }).get(10, TimeUnit.SECONDS);
        assertThat(selected.kind()).isEqualTo(dev.acrconsole.ui.navigation.NavKind.REGISTRY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> selected.name().equals(text("#details-title")));
        assertThat(text("#field-login-server")).endsWith(".azurecr.io");
    }

    @Test
    void offlineShowsTheCacheUnderABanner() throws Exception {
        openWindow(LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        int registries = services.sandbox().orElseThrow().data().registries().size();
        FxToolkit.cleanupStages();
        services.close();

        openWindow(LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        Node banner = lookup("#offline-banner").query();
        assertThat(banner.getParent().isVisible()).isTrue();
        assertThat(text("#offline-banner")).startsWith("Offline — data as of ");
        assertThat(text("#status-mode")).isEqualTo("Offline");
        assertThat(services.sandbox()).as("offline starts no sandbox").isEmpty();
        assertThat(registryNamesInTree()).hasSize(registries);
        // The first registry is selected and its cached details show with no network.
        assertThat(text("#field-login-server")).endsWith(".azurecr.io");
    }

    private CompletableFuture<Void> openWindow(LaunchOptions.Mode mode) throws Exception {
        services = new AppServices(mode, dir, CacheDatabase.open(dir), Clock.systemUTC());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            MainViewModel model = new MainViewModel(services);
            new MainWindow(model).showIn(s);
            model.start().whenComplete((v, e) -> {
                if (e != null) {
                    started.completeExceptionally(e);
                } else {
                    started.complete(null);
                }
            });
        });
        assertThat(stage).isNotNull();
        return started;
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private java.util.List<String> registryNamesInTree() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            java.util.List<String> names = new java.util.ArrayList<>();
            collect(tree.getRoot(), names);
            return names;
        }).get(10, TimeUnit.SECONDS);
    }

    private static TreeItem<NavNode> find(TreeItem<NavNode> item, String name) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            if (child.getValue().name().equals(name)) {
                return child;
            }
            TreeItem<NavNode> found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void collect(TreeItem<NavNode> item, java.util.List<String> names) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            if (child.getValue().kind() == dev.acrconsole.ui.navigation.NavKind.REGISTRY) {
                names.add(child.getValue().name());
            }
            collect(child, names);
        }
    }

}
