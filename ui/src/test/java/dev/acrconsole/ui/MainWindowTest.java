package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.shell.WindowCall;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Real windows (Monocle, headless) on the real sandbox and a real SQLite cache. */
class MainWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void selectingARegistryShowsItsDetails() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData data = services.sandbox().orElseThrow().data();
        SandboxData.Registry target = data.registries().getLast();

        selectInTree(target.name(), null);
        waitUntil("the details show " + target.name(), () -> target.name().equals(text("#details-title")));

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
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);

        NavNode selected = onFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            return tree.getSelectionModel().getSelectedItem().getValue();
        });
        assertThat(selected.is(dev.acrconsole.app.registries.RegistryKind.KIND)).isTrue();
        waitUntil("the details show the selected registry", () -> selected.name().equals(text("#details-title")));
        assertThat(text("#field-login-server")).endsWith(".azurecr.io");
    }

    @Test
    void offlineShowsTheCacheUnderABanner() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        int registries = services.sandbox().orElseThrow().data().registries().size();
        closeWindow();

        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        Node banner = lookup("#offline-banner").query();
        assertThat(banner.getParent().isVisible()).isTrue();
        assertThat(text("#offline-banner")).startsWith("Offline — data as of ");
        assertThat(text("#status-mode")).isEqualTo("Offline");
        assertThat(services.sandbox()).as("offline starts no sandbox").isEmpty();
        assertThat(registryNamesInTree()).hasSize(registries);
        // The first registry is selected and its cached details show with no network.
        assertThat(text("#field-login-server")).endsWith(".azurecr.io");

        // With --offline the accounts panel starts closed (and is not made); the status bar's button opens it.
        assertThat(lookup("#accounts-panel").tryQuery()).isEmpty();
        clickOn("#accounts-toggle");
        waitUntil("the accounts panel opens", () -> visible("#accounts-panel") && visible("#add-account"));
        assertThat(lookup("#add-account").query().isDisabled()).as("nothing can be signed in offline").isTrue();
        clickOn("#accounts-toggle");
        waitUntil("and closes", () -> !visible("#accounts-panel"));
    }

    @Test
    void theStatusBarShowsProgressWhileARefreshRunsAndItsCancelStopsIt() throws Exception {
        // A second a request, an item a page: a refresh of the sample takes long enough (>10 s) to see and to cancel.
        openWindow(dir, LaunchOptions.Mode.SANDBOX, SandboxConfig.defaults().withLatencyMs(1000).withPageSize(1)).get(120, TimeUnit.SECONDS);
        assertThat(visible("#status-refresh-cancel")).as("no Cancel without a refresh").isFalse();

        onFx(() -> model.refresh());
        waitUntil("the progress shows", () -> text("#status-refresh-progress").matches("\\d+ of \\d+ listings · \\d+ in flight"));
        assertThat(visible("#status-refresh-cancel")).isTrue();
        shoot("refresh-progress");
        int sent = requests();

        clickOn("#status-refresh-cancel");
        waitUntil("the refresh ends", () -> !visible("#status-refresh-cancel"));

        assertThat(text("#status-activity")).startsWith("Refresh cancelled: ");
        assertThat(text("#status-refresh-progress")).isEmpty();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(requests() - sent).as("at most what was on its way").isLessThanOrEqualTo(16);
        shoot("refresh-cancelled");
    }

    @Test
    void f5CancelsARunningRefreshAsTheMenuSaysAndStartsOneOtherwise() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, SandboxConfig.defaults().withLatencyMs(1000).withPageSize(1)).get(120, TimeUnit.SECONDS);
        waitForQuiet();
        clickOn("#navigation");

        push(KeyCode.F5);
        waitUntil("F5 starts a refresh", () -> visible("#status-refresh-cancel"));

        // The File menu's item reads "Cancel refresh (F5)" now: F5 does what it says.
        push(KeyCode.F5);
        waitUntil("F5 again cancels it", () -> !visible("#status-refresh-cancel"));
        assertThat(text("#status-activity")).startsWith("Refresh cancelled: ");
    }

    @Test
    void aSecondLaunchBringsTheMinimisedWindowBack() throws Exception {
        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(60, TimeUnit.SECONDS);
        javafx.stage.Stage stage = (javafx.stage.Stage) window.scene().getWindow();
        onFx(() -> {
            stage.setIconified(true);
            return null;
        });
        waitUntil("it is minimised", stage::isIconified);

        try (WindowCall answering = WindowCall.answer(dir, () -> dev.acrconsole.ui.fx.FxBridge.run(window::bringForward))) {
            assertThat(answering.listening().get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(WindowCall.bringForward(dir)).isTrue();
            waitUntil("it is back", () -> onFx(() -> !stage.isIconified() && stage.isShowing()));
        }
    }

    @Test
    void fileMenuKeepsEverythingForTheSandbox() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        assertThat(services.sandboxKeepsEverything()).isFalse();

        clickOn("File");
        clickOn("Keep everything for offline review");

        waitUntil("the setting is saved", services::sandboxKeepsEverything);
    }
}
