package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.settings.LookSettings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.theme.Look;
import dev.acrconsole.ui.theme.LookFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.testfx.util.WaitForAsyncUtils;

/** The look from the real window: View › Theme › Dark turns the window dark and is remembered; zoom; kind icons. */
class LookWindowTest extends WindowFixture {
    @TempDir
    Path dir;
    private Look look;

    @AfterEach
    void tearDown() throws Exception {
        if (look != null) {
            onFx(() -> {
                look.uninstall();
                return null;
            });
        }
        closeWindow();
    }

    private void openWithTheLook(LookSettings saved) throws Exception {
        new SettingsFile(dir).saveLook(saved);
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        // As the app does it: read while the toolkit starts, here already read (the OS's scheme taken as light).
        CompletableFuture<LookFile.Read> read = CompletableFuture.completedFuture(
                new LookFile.Read(new SettingsFile(dir).loadLook(), false));
        look = onFx(() -> {
            Look l = LookFile.install(read, dir);
            l.addTo((MenuBar) window.scene().lookup("#menu-bar"));
            return l;
        });
        waitUntil("the tree shows", () -> !registryNamesInTree().isEmpty());
    }

    private Color statusBarBackground() throws Exception {
        return onFx(() -> {
            Region bar = (Region) window.scene().lookup(".status-bar");
            // A theme switch clears the bar's background until the next CSS pass: run that pass now, so the colour
            // read is the one the user sees, not the pulse in between.
            window.scene().getRoot().applyCss();
            return (Color) bar.getBackground().getFills().getFirst().getFill();
        });
    }

    private MenuItem menuItem(String id) throws Exception {
        return onFx(() -> ((MenuBar) window.scene().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    @Test
    void viewThemeDarkTurnsTheWindowDarkAndIsRemembered() throws Exception {
        openWithTheLook(LookSettings.DEFAULT.withTheme(LookSettings.Theme.LIGHT));
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        Color light = statusBarBackground();
        assertThat(light.getBrightness()).as("the light status bar").isGreaterThan(0.8);
        shootRegistryAndItsMenu("light"); // for docs/: a person looks at them

        MenuItem dark = menuItem("menu-theme-dark");
        onFx(() -> {
            dark.fire();
            return null;
        });
        waitUntil("the window is restyled", () -> statusBarBackground().getBrightness() < 0.3);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(onFx(() -> window.scene().getRoot().getPseudoClassStates().toString())).contains("dark");
        // The app's own colours follow: the status bar's hint is light on the dark bar.
        Color text = onFx(() -> (Color) ((Label) window.scene().lookup(".status-hint")).getTextFill());
        assertThat(text.getBrightness()).as("the status hint's text on the dark bar").isGreaterThan(0.4);
        shoot("look-dark");
        selectInTree("contosoprodacr", null);
        waitUntil("the registry's page shows", () -> visible("#details-title"));
        shoot("look-dark-registry"); // for docs/: a person looks at it
        selectInTree("Repositories", "contosoprodacr");
        waitUntil("the registry's repositories show", () -> visible("#child-table")
                && text("#child-status").startsWith("Fetched"));
        shoot("look-dark-repositories");
        shootRegistryAndItsMenu("dark");

        waitUntil("the choice is saved", () -> new SettingsFile(dir).loadLook().theme() == LookSettings.Theme.DARK);
        // Saving the look kept the rest of the file; saving the settings keeps the look.
        new SettingsFile(dir).save(new SettingsFile(dir).load());
        assertThat(new SettingsFile(dir).loadLook().theme()).isEqualTo(LookSettings.Theme.DARK);
        assertThat(Files.readString(dir.resolve(SettingsFile.FILE_NAME))).contains("\"accounts\"");
    }

    @Test
    void aRegistrysNodeShowsItsKindsIconAndTheWindowItsAppIcon() throws Exception {
        openWithTheLook(LookSettings.DEFAULT);
        // Whichever registry's row is drawn (the tree scrolls to the selected one): its cell shows the registry icon.
        waitUntil("a registry's row is drawn", () -> registryCell() != null);
        FontIcon icon = onFx(() -> (FontIcon) ((javafx.scene.Parent) registryCell().getGraphic()).lookup(".kind-icon"));
        assertThat(icon.getIconCode()).isEqualTo(MaterialDesignD.DATABASE);
        assertThat(icon.isVisible()).isTrue();
        // An account's row is of no kind: no icon.
        TreeCell<NavNode> account = onFx(() -> lookup(".tree-cell").<TreeCell<NavNode>>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().role() == NavNode.Role.ACCOUNT).findFirst().orElse(null));
        if (account != null) {
            assertThat(onFx(() -> ((javafx.scene.Parent) account.getGraphic()).lookup(".kind-icon").isVisible())).isFalse();
        }
        assertThat(onFx(() -> ((Stage) window.scene().getWindow()).getIcons().size())).isEqualTo(6);
    }

    private TreeCell<NavNode> registryCell() throws Exception {
        return onFx(() -> lookup(".tree-cell").<TreeCell<NavNode>>queryAll().stream()
                .filter(c -> c.getItem() != null && c.getItem().role() == NavNode.Role.RESOURCE
                        && c.getItem().kind().equals(RegistryKind.KIND) && c.getGraphic() != null)
                .findFirst().orElse(null));
    }

    @Test
    void ctrlEqualsZoomsTheWholeWindowAndCtrlZeroPutsItBack() throws Exception {
        openWithTheLook(LookSettings.DEFAULT);
        double before = onFx(() -> ((Label) window.scene().lookup(".status-hint")).getFont().getSize());
        waitUntil("a registry's row is drawn", () -> registryCell() != null);
        int iconBefore = registryIconSize();
        String rootStyle = onFx(() -> window.scene().getRoot().getStyle());
        assertThat(rootStyle).contains("-fx-font-size");

        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        waitUntil("the window zooms", () -> onFx(() -> ((Label) window.scene().lookup(".status-hint")).getFont().getSize()) > before);
        assertThat(onFx(() -> window.scene().getRoot().getStyle())).isNotEqualTo(rootStyle);
        waitUntil("the zoom is saved", () -> new SettingsFile(dir).loadLook().zoom() == 2);
        waitUntil("the icons zoom too", () -> registryIconSize() > iconBefore);

        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil("the zoom is back", () -> onFx(() -> ((Label) window.scene().lookup(".status-hint")).getFont().getSize()) == before);
        waitUntil("the reset is saved", () -> new SettingsFile(dir).loadLook().zoom() == 0);
        waitUntil("the icons are back", () -> registryIconSize() == iconBefore);
    }

    /** The registry's page, and its node's context menu over the window. */
    private void shootRegistryAndItsMenu(String theme) throws Exception {
        selectInTree("contosoprodacr", null);
        waitUntil("the registry's page shows", () -> "contosoprodacr".equals(text("#details-title")));
        shoot("look-" + theme + "-registry");
        // Asked on the registry's own row, as a right-click there does; the row near the top, so all the menu shows.
        onFx(() -> {
            javafx.scene.control.TreeView<NavNode> tree = lookup("#navigation").query();
            tree.scrollTo(Math.max(0, tree.getSelectionModel().getSelectedIndex() - 1));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = onFx(() -> lookup(".tree-cell").<TreeCell<NavNode>>queryAll().stream()
                .filter(c -> c.isSelected() && c.getItem() != null).findFirst().orElseThrow());
        javafx.scene.control.ContextMenu menu = requestMenu(cell);
        shootWithPopup("look-" + theme + "-context-menu", menu);
        onFx(() -> {
            menu.hide();
            return null;
        });
    }

    private int registryIconSize() throws Exception {
        return onFx(() -> ((FontIcon) ((javafx.scene.Parent) registryCell().getGraphic()).lookup(".kind-icon")).getIconSize());
    }

    @Test
    void withTheSystemThemeTheWindowFollowsTheOsSchemeAsItChanges() throws Exception {
        openWithTheLook(LookSettings.DEFAULT);
        assertThat(LookSettings.DEFAULT.theme()).isEqualTo(LookSettings.Theme.SYSTEM);
        assertThat(statusBarBackground().getBrightness()).as("light, as the OS was at start").isGreaterThan(0.8);
        // What JavaFX's Platform.Preferences reports when the user switches the OS's scheme.
        javafx.beans.property.ObjectProperty<javafx.application.ColorScheme> os =
                new javafx.beans.property.SimpleObjectProperty<>(javafx.application.ColorScheme.LIGHT);
        onFx(() -> {
            look.followOs(os);
            os.set(javafx.application.ColorScheme.DARK);
            return null;
        });
        waitUntil("the window turns dark with the OS", () -> statusBarBackground().getBrightness() < 0.3);
        onFx(() -> {
            os.set(javafx.application.ColorScheme.LIGHT);
            return null;
        });
        waitUntil("and light again", () -> statusBarBackground().getBrightness() > 0.8);

        MenuItem light = menuItem("menu-theme-light");
        onFx(() -> {
            light.fire();
            os.set(javafx.application.ColorScheme.DARK);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statusBarBackground().getBrightness()).as("a theme chosen by name stays").isGreaterThan(0.8);
    }
}
