package dev.acrconsole.ui.shell;

import dev.acrconsole.ui.fx.FxBridge;
import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help: keyboard shortcuts, About (versions, data dir, log file), and opening the data and log folders. */
public final class HelpMenu {
    /** Every shortcut the main window answers, as the shortcuts dialog lists them (key, what it does). */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F5", "Refresh (while one runs: cancel it)"},
            new String[] {"Ctrl+F", "Search the cache"},
            new String[] {"Ctrl+N", "Create registry"},
            new String[] {"Ctrl+C", "Copy the selected node's ARM id (tree)"},
            new String[] {"Ctrl+Q", "Exit (asks first while operations run)"},
            new String[] {"Ctrl+W", "Close the focused secondary window (log, snapshot, clean-up)"},
            new String[] {"F6", "Move the focus: tree, page, operations"},
            new String[] {"Delete", "Delete the selected resource (asks first, as its Delete does)"},
            new String[] {"Enter", "Operations panel: the selected operation's details"},
            new String[] {"Alt+F, Alt+R, Alt+V, Alt+H", "Open the File, Registry, View, Help menu"},
            new String[] {"F1", "This list"},
            new String[] {"Enter, F3, Shift+F3", "Log window: find next, previous"},
            new String[] {"Escape", "Close a dialog"});

    private final Path dataDir;
    private final Supplier<Window> owner;
    private final Consumer<String> notice;

    public HelpMenu(Path dataDir, Supplier<Window> owner, Consumer<String> notice) {
        this.dataDir = dataDir;
        this.owner = owner;
        this.notice = notice;
    }

    public Menu build() {
        MenuItem shortcuts = item("_Keyboard shortcuts", "menu-shortcuts", this::showShortcuts);
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem dataFolder = item("Open _data folder", "menu-open-data-folder", () -> open(dataDir));
        MenuItem logFolder = item("Open _log folder", "menu-open-log-folder", () -> open(LogFile.folder(dataDir)));
        MenuItem about = item("_About ACR Console", "menu-about", this::showAbout);
        Menu help = new Menu("_Help", null, shortcuts, new SeparatorMenuItem(), dataFolder, logFolder,
                new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return help;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    /** What About shows, one "name: value" per line (selectable, to paste into a bug report). */
    public String aboutText() {
        return "ACR Console " + AppVersion.version() + "\n"
                + "Java: " + AppVersion.java() + "\n"
                + "JavaFX: " + AppVersion.javafx() + "\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")\n"
                + "Data folder: " + dataDir.toAbsolutePath() + "\n"
                + "Log file: " + LogFile.file(dataDir).toAbsolutePath() + "\n";
    }

    private void showAbout() {
        TextArea text = new TextArea(aboutText());
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(7);
        text.setPrefColumnCount(60);
        text.setAccessibleText("About ACR Console");
        Dialog<ButtonType> dialog = dialog("About ACR Console", "about-dialog");
        dialog.getDialogPane().setContent(text);
        dialog.show();
    }

    private void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        int row = 0;
        for (String[] s : SHORTCUTS) {
            Label key = new Label(s[0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(row++, key, new Label(s[1]));
        }
        Dialog<ButtonType> dialog = dialog("Keyboard shortcuts", "shortcuts-dialog");
        dialog.getDialogPane().setContent(new VBox(grid));
        dialog.show();
    }

    private Dialog<ButtonType> dialog(String title, String id) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.initOwner(owner.get());
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType("_Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        return dialog;
    }

    /** Opens a folder in the OS's file manager, off the FX thread (the desktop call can block); says why it could not. */
    private void open(Path folder) {
        CompletableFuture.runAsync(() -> {
            try {
                Files.createDirectories(folder);
                openFolder(folder.toFile());
            } catch (IOException | RuntimeException e) {
                String message = "Cannot open " + folder.toAbsolutePath() + ": " + e.getMessage();
                FxBridge.run(() -> notice.accept(message));
            }
        });
    }

    private static void openFolder(File folder) throws IOException {
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder);
            return;
        }
        // AWT's desktop is missing on many Linux desktops (and headless): the freedesktop opener does the same.
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            new ProcessBuilder("xdg-open", folder.getAbsolutePath()).inheritIO().start();
            return;
        }
        throw new IOException("this system offers no way to open a folder");
    }
}
