package dev.acrconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.ui.WindowFixture;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop shell's keys and Help menu, on a real window. */
class ShellWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void altFOpensFileEveryMenuHasAMnemonicAndCtrlQIsExit() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        MenuBar bar = lookup("#menu-bar").query();
        onFx(() -> {
            for (Menu menu : bar.getMenus()) {
                assertThat(menu.isMnemonicParsing()).isTrue();
                assertThat(menu.getText()).as("a mnemonic on " + menu.getText()).contains("_");
            }
            MenuItem exit = bar.getMenus().getFirst().getItems().stream().filter(i -> "menu-exit".equals(i.getId()))
                    .findFirst().orElseThrow();
            assertThat(exit.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
            return null;
        });
        clickOn("#navigation");
        press(KeyCode.ALT).press(KeyCode.F).release(KeyCode.F).release(KeyCode.ALT);
        waitUntil("the File menu is open", () -> onFx(() -> bar.getMenus().getFirst().isShowing()));
        assertThat(onFx(() -> bar.getMenus().getFirst().getText())).isEqualTo("_File");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aboutShowsTheVersionJavaJavaFxTheDataFolderAndTheLogFileAndF1ListsTheShortcuts() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            MenuBar bar = lookup("#menu-bar").query();
            bar.getMenus().getLast().getItems().stream().filter(i -> "menu-about".equals(i.getId())).findFirst()
                    .orElseThrow().fire();
            return null;
        });
        waitUntil("About shows", () -> lookup("#about-text").tryQuery().isPresent());
        String about = onFx(() -> lookup("#about-text").queryAs(TextArea.class).getText());
        assertThat(about).contains("ACR Console " + AppVersion.version(), "Java: " + System.getProperty("java.runtime.version"),
                "Data folder: " + dir.toAbsolutePath(), "Log file: " + dir.toAbsolutePath().resolve("logs").resolve("acr-console.log"));
        assertThat(about).doesNotContain("unknown").containsPattern("JavaFX: \\d+");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil("About closes on Escape", () -> lookup("#about-text").tryQuery().isEmpty());

        clickOn("#navigation");
        press(KeyCode.F1).release(KeyCode.F1);
        waitUntil("the shortcuts show", () -> lookup("#shortcuts-grid").tryQuery().isPresent());
        assertThat(lookup("#shortcuts-grid").queryAll()).hasSize(1);
        assertThat(onFx(() -> lookup(".label").queryAll().stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList()))
                .contains("Ctrl+Q", "F6", "F5");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void f6MovesTheFocusFromTheTreeToThePageAndOnToTheOperations() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        clickOn("#navigation");
        TreeView<?> tree = lookup("#navigation").query();
        waitUntil("the tree has the focus", () -> onFx(tree::isFocused));
        press(KeyCode.F6).release(KeyCode.F6);
        Node afterOne = onFx(() -> window.scene().getFocusOwner());
        assertThat(afterOne).isNotSameAs(tree);
        assertThat(Shortcuts.paneOf(afterOne, java.util.List.of(tree))).as("left the tree").isEqualTo(-1);
        press(KeyCode.SHIFT).press(KeyCode.F6).release(KeyCode.F6).release(KeyCode.SHIFT);
        waitUntil("Shift+F6 comes back to the tree", () -> onFx(tree::isFocused));
    }
}
