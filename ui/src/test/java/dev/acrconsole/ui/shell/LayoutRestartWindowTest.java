package dev.acrconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.settings.Layout;
import dev.acrconsole.app.settings.LayoutFile;
import dev.acrconsole.ui.WindowFixture;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same data dir brings the window back as it was left. */
@SuppressWarnings({"rawtypes", "unchecked"})
class LayoutRestartWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
        resetStage(); // other tests share the toolkit's stage
    }

    /** The toolkit's one stage, hidden: back to the size a new window has, so only the layout can move it. */
    private void resetStage() throws Exception {
        Stage stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        onFx(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(dev.acrconsole.ui.main.MainWindow.WIDTH);
            stage.setHeight(dev.acrconsole.ui.main.MainWindow.HEIGHT);
            return null;
        });
    }

    @Test
    void boundsSplitsColumnsSortExpandedNodesAndSelectionComeBackAfterARestart() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        selectInTree("Tasks", "contosoprodacr");
        waitUntil("the tasks show", () -> onFx(() -> table().getItems().size()) == 4);
        double defaultWidth = onFx(() -> table().getColumns().get(1).getWidth());
        onFx(() -> {
            Stage stage = stage();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the splits take the window's new size first, as a user's drag would find them
        // The operations panel is a bar while nothing runs: opened, it is dragged to 60 % of the height.
        onFx(() -> {
            lookup("#operations-expand").<javafx.scene.control.Button>query().fire();
            return null;
        });
        // The panel settles at its kept size for a moment after it opens; a drag comes after that.
        org.testfx.util.WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String[] columns = onFx(() -> {
            split("#main-split").setDividerPositions(0.45);
            split("#operations-split").setDividerPositions(0.6);
            TableView table = table();
            // The second column first, 230 px wide, sorted descending.
            TableColumn second = (TableColumn) table.getColumns().get(1);
            table.getColumns().remove(second);
            table.getColumns().addFirst(second);
            second.setPrefWidth(230);
            second.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(second));
            return ((List<TableColumn<?, ?>>) table.getColumns()).stream().map(TableColumn::getText).toArray(String[]::new);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double[] widths = onFx(() -> widths(table()));
        assertThat(widths[0]).as("the moved column is wider than it was").isGreaterThan(defaultWidth + 20);
        String selected = onFx(() -> tree().getSelectionModel().getSelectedItem().getValue().key());
        List<String> expanded = onFx(() -> expandedKeys(tree().getRoot()));
        assertThat(expanded).as("the registry holding Tasks is open").anyMatch(k -> k.endsWith("/contosoprodacr"));

        closeWindow();
        LayoutKeeper.awaitWrites(dir);
        resetStage();
        assertThat(Files.readString(dir.resolve(LayoutFile.FILE_NAME))).contains("contosoprodacr", "child-table:");

        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        waitUntil("the remembered node is selected again", () -> onFx(() -> {
            TreeItem<NavNode> item = tree().getSelectionModel().getSelectedItem();
            return item != null && item.getValue().key().equals(selected);
        }));
        waitUntil("its table shows", () -> onFx(() -> table().getItems().size()) == 4);
        onFx(() -> {
            Stage stage = stage();
            assertThat(stage.getX()).isEqualTo(40);
            assertThat(stage.getY()).isEqualTo(30);
            assertThat(stage.getWidth()).isEqualTo(1000);
            assertThat(stage.getHeight()).isEqualTo(700);
            assertThat(stage.isMaximized()).isFalse();
            assertThat(split("#main-split").getDividerPositions()[0]).isCloseTo(0.45, within(0.01));
            assertThat(split("#operations-split").getDividerPositions()).as("folded again: nothing runs").isEmpty();
            lookup("#operations-expand").<javafx.scene.control.Button>query().fire();
            assertThat(split("#operations-split").getDividerPositions()[0]).as("opened at its remembered size")
                    .isCloseTo(0.6, within(0.01));
            TableView<?> table = table();
            assertThat(table.getColumns().stream().map(TableColumn::getText).toArray(String[]::new)).containsExactly(columns);
            // The kinds' tables share out their width (constrained policy): the widened column comes back widened.
            assertThat(widths(table)[0]).as("the widened column's width").isGreaterThan(defaultWidth + 10);
            assertThat(table.getSortOrder()).containsExactly((TableColumn) table.getColumns().getFirst());
            assertThat(table.getColumns().getFirst().getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
            assertThat(expandedKeys(tree().getRoot())).containsAll(expanded);
            return null;
        });
    }

    @Test
    void boundsOnAScreenNoLongerThereAreNotUsedAndAMaximisedWindowComesBackMaximised() throws Exception {
        new LayoutFile(dir).save(new Layout(new Layout.Bounds(9000, 9000, 900, 600), true, null, null, null, null));
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            Stage stage = stage();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertThat(stage.getX()).as("not on the unplugged monitor").isLessThan(screen.getMaxX());
            assertThat(stage.getY()).isLessThan(screen.getMaxY());
            assertThat(stage.isMaximized()).isTrue();
            return null;
        });
        assertThat(LayoutKeeper.onSomeScreen(new Layout.Bounds(100, 100, 900, 600))).isTrue();
        assertThat(LayoutKeeper.onSomeScreen(new Layout.Bounds(-5000, 100, 900, 600))).isFalse();
    }

    private static double[] widths(TableView<?> table) {
        return table.getColumns().stream().mapToDouble(TableColumn::getWidth).toArray();
    }

    private Stage stage() {
        return (Stage) window.scene().getWindow();
    }

    private SplitPane split(String query) {
        return lookup(query).query();
    }

    private TableView<?> table() {
        return lookup("#child-table").query();
    }

    private TreeView<NavNode> tree() {
        return lookup("#navigation").query();
    }

    private static List<String> expandedKeys(TreeItem<NavNode> parent) {
        List<String> keys = new java.util.ArrayList<>();
        for (TreeItem<NavNode> child : parent.getChildren()) {
            if (child.isExpanded()) {
                keys.add(child.getValue().key());
                keys.addAll(expandedKeys(child));
            }
        }
        return keys;
    }
}
