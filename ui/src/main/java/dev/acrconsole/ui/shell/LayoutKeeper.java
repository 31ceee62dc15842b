package dev.acrconsole.ui.shell;

import dev.acrconsole.app.settings.Layout;
import dev.acrconsole.app.settings.LayoutFile;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.fx.Tables;
import dev.acrconsole.ui.navigation.NavNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Keeps the main window's layout across restarts, per data dir ({@link LayoutFile}): bounds (put back only where a
 * screen still shows them), maximised state, split positions, each table's column widths, order and sort (tables keyed
 * by {@link Tables#LAYOUT_KEY} or their id), the tree's expanded nodes and its selection. It is written a second after
 * the last change and when the window hides, always off the FX thread.
 */
public final class LayoutKeeper {
    /** Written files per data dir, so a window (or a test) can wait for the last write: see {@link #awaitWrites}. */
    private static final Map<Path, CompletableFuture<Void>> LAST_WRITE = new ConcurrentHashMap<>();
    /** Read before the toolkit starts (the FX thread never waits on disk); see {@link #preload}. */
    private static final Map<Path, Layout> PRELOADED = new ConcurrentHashMap<>();
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "layout-writer");
        t.setDaemon(true);
        return t;
    });
    /**
     * Key of a split's property holding its divider positions ({@code ObjectProperty<double[]>}) where a pane of it
     * may be folded away (the operations panel): the layout keeps and restores those, not the dividers of the moment.
     */
    public static final String KEPT_POSITIONS = "layout.kept-positions";
    /** Smallest part of the window (in square pixels) a screen must still show for the saved bounds to be used. */
    private static final double ON_SCREEN_AREA = 120 * 60;

    private final LayoutFile file;
    private final Path dataDir;
    private final Stage stage;
    private final Map<String, SplitPane> splits;
    private final TreeView<NavNode> tree;
    private final PauseTransition debounce = new PauseTransition(Duration.seconds(1));
    private final Map<String, Layout.Table> tables = new LinkedHashMap<>();
    private final Set<TableView<?>> watched = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<String> pendingExpand = new LinkedHashSet<>();
    private String pendingSelection;
    private Layout.Bounds normalBounds;
    private boolean closed;

    private LayoutKeeper(Path dataDir, Stage stage, Map<String, SplitPane> splits, TreeView<NavNode> tree) {
        this.dataDir = dataDir;
        this.file = new LayoutFile(dataDir);
        this.stage = stage;
        this.splits = splits;
        this.tree = tree;
    }

    /** Reads the data dir's layout ahead of the window (call off the FX thread, before launch). */
    public static void preload(Path dataDir) {
        PRELOADED.put(dataDir, new LayoutFile(dataDir).load());
    }

    /** Waits (off the FX thread) until the data dir's last layout write has finished: before the process exits. */
    public static void awaitWrites(Path dataDir) {
        CompletableFuture<Void> last = LAST_WRITE.get(dataDir);
        if (last != null) {
            try {
                last.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the write logs its own failure; a slow disk is not worth hanging the exit for
            }
        }
    }

    /**
     * Applies the remembered layout to a stage not yet shown, and keeps it from now on. {@code splits} by a stable id;
     * {@code pageHost} holds the right-hand page, whose tables are remembered as pages come and go.
     */
    public static LayoutKeeper attach(Path dataDir, Stage stage, Map<String, SplitPane> splits, TreeView<NavNode> tree,
                                      Pane pageHost) {
        LayoutKeeper keeper = new LayoutKeeper(dataDir, stage, splits, tree);
        Layout saved = PRELOADED.remove(dataDir);
        keeper.apply(saved != null ? saved : keeper.file.load()); // a small file; only when nothing preloaded it (tests)
        keeper.watch(pageHost);
        return keeper;
    }

    private void apply(Layout layout) {
        tables.putAll(layout.tables());
        if (layout.bounds() != null && onSomeScreen(layout.bounds())) {
            Layout.Bounds b = layout.bounds();
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            normalBounds = b;
        }
        stage.setMaximized(layout.maximized());
        // Fractions of the split's size: a pane that keeps its pixels as the window grows (the tree, the operations
        // panel) moves the divider while the window settles at its size, so they are put back as it settles.
        layout.splits().forEach((id, positions) -> {
            SplitPane split = splits.get(id);
            javafx.beans.property.ObjectProperty<double[]> kept = kept(split);
            if (split != null && positions.size() == (kept != null ? kept.get().length : split.getDividers().size())) {
                double[] at = positions.stream().mapToDouble(Double::doubleValue).toArray();
                Runnable put = kept != null ? () -> kept.set(at.clone()) : () -> split.setDividerPositions(at);
                InvalidationListener resized = obs -> FxBridge.later(put); // after the skin has laid out the new size
                split.widthProperty().addListener(resized);
                split.heightProperty().addListener(resized);
                put.run();
                PauseTransition settled = new PauseTransition(Duration.seconds(2));
                settled.setOnFinished(e -> {
                    split.widthProperty().removeListener(resized);
                    split.heightProperty().removeListener(resized);
                });
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> settled.playFromStart());
            }
        });
        pendingExpand.addAll(layout.expanded());
        pendingSelection = layout.selected();
    }

    @SuppressWarnings("unchecked")
    private static javafx.beans.property.ObjectProperty<double[]> kept(SplitPane split) {
        return split == null ? null
                : (javafx.beans.property.ObjectProperty<double[]>) split.getProperties().get(KEPT_POSITIONS);
    }

    /** Whether a screen connected now shows enough of the bounds (a monitor unplugged since must not hide the window). */
    static boolean onSomeScreen(Layout.Bounds b) {
        if (b.width() < 200 || b.height() < 150) {
            return false;
        }
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D v = screen.getVisualBounds();
            if (b.overlaps(v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight(), ON_SCREEN_AREA)) {
                return true;
            }
        }
        return false;
    }

    private void watch(Pane pageHost) {
        debounce.setOnFinished(e -> save());
        InvalidationListener changed = obs -> changed();
        InvalidationListener bounds = obs -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normalBounds = new Layout.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
            changed();
        };
        var stageBounds = List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty());
        stageBounds.forEach(p -> p.addListener(bounds));
        stage.maximizedProperty().addListener(changed);
        splits.values().forEach(split -> {
            if (kept(split) != null) {
                kept(split).addListener(changed);
            } else {
                split.getDividers().forEach(d -> d.positionProperty().addListener(changed));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener(obs -> {
            if (pendingSelection == null) { // not the tree's own first pick while the remembered one is on its way
                changed();
            }
        });
        tree.rootProperty().addListener((obs, old, root) -> watchTree(root));
        watchTree(tree.getRoot());
        pageHost.getChildren().addListener((ListChangeListener<Node>) c -> pageHost.getChildren().forEach(this::watchTables));
        pageHost.getChildren().forEach(this::watchTables);
        // The stage may outlive this window (shown again with another scene): let go of it once hidden.
        javafx.event.EventHandler<WindowEvent> hiding = new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                debounce.stop();
                save();
                closed = true;
                stageBounds.forEach(p -> p.removeListener(bounds));
                stage.maximizedProperty().removeListener(changed);
                stage.removeEventHandler(WindowEvent.WINDOW_HIDING, this);
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, hiding);
    }

    private void changed() {
        if (!closed) {
            debounce.playFromStart();
        }
    }

    private void watchTree(TreeItem<NavNode> root) {
        if (root == null) {
            return;
        }
        root.addEventHandler(TreeItem.<NavNode>branchExpandedEvent(), e -> changed());
        root.addEventHandler(TreeItem.<NavNode>branchCollapsedEvent(), e -> changed());
        // Each reload of the tree may bring the remembered nodes: open and select them as they come, once the reload has
        // finished (it picks a first registry of its own when nothing was selected before it).
        root.addEventHandler(TreeItem.<NavNode>childrenModificationEvent(), e -> {
            if (!pendingExpand.isEmpty() || pendingSelection != null) {
                FxBridge.later(this::restoreTree);
            }
        });
        restoreTree();
    }

    private void restoreTree() {
        if (pendingExpand.isEmpty() && pendingSelection == null) {
            return;
        }
        expandPending(tree.getRoot());
        if (pendingSelection != null) {
            TreeItem<NavNode> item = findMade(tree.getRoot(), pendingSelection);
            if (item != null) {
                pendingSelection = null;
                tree.getSelectionModel().select(item); // its parents are open: findMade descends only into open ones
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            }
        }
    }

    /** Opens the remembered nodes that exist now (each once: the user may close it again); descends only into open ones. */
    private void expandPending(TreeItem<NavNode> parent) {
        for (TreeItem<NavNode> child : parent.getChildren()) {
            if (child.getValue() != null && pendingExpand.remove(child.getValue().key())) {
                child.setExpanded(true);
            }
            if (child.isExpanded()) {
                expandPending(child);
            }
        }
    }

    private static TreeItem<NavNode> findMade(TreeItem<NavNode> parent, String key) {
        for (TreeItem<NavNode> child : parent.getChildren()) {
            if (child.getValue() != null && child.getValue().key().equals(key)) {
                return child;
            }
            if (child.isExpanded()) {
                TreeItem<NavNode> found = findMade(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Restores and follows every table under {@code node} that has a key (its own, or its id). */
    private void watchTables(Node node) {
        if (node instanceof TableView<?> table && key(table) != null && watched.add(table)) {
            restoreTable(table);
            InvalidationListener keep = obs -> {
                tables.put(key(table), capture(table));
                changed();
            };
            table.getColumns().addListener(keep);
            table.getSortOrder().addListener(keep);
            for (TableColumn<?, ?> column : table.getColumns()) {
                column.widthProperty().addListener(keep);
                column.sortTypeProperty().addListener(keep);
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::watchTables);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(this::watchTables);
        }
    }

    static String key(TableView<?> table) {
        Object key = table.getProperties().get(Tables.LAYOUT_KEY);
        return key != null ? key.toString() : table.getId();
    }

    static String key(TableColumn<?, ?> column) {
        return column.getId() != null ? column.getId() : column.getText();
    }

    private void restoreTable(TableView<?> table) {
        Layout.Table saved = tables.get(key(table));
        if (saved == null) {
            return;
        }
        restoreColumns(table, saved);
    }

    private static <S> void restoreColumns(TableView<S> table, Layout.Table saved) {
        Map<String, TableColumn<S, ?>> byKey = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byKey.put(key(c), c));
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (Layout.Column column : saved.columns()) {
            TableColumn<S, ?> c = byKey.remove(column.key());
            if (c != null) {
                order.add(c);
                c.setPrefWidth(column.width());
            }
        }
        order.addAll(byKey.values()); // columns added since keep their place at the end
        if (!order.equals(table.getColumns())) {
            table.getColumns().setAll(order);
        }
        List<TableColumn<S, ?>> sort = new ArrayList<>();
        for (Layout.Sort s : saved.sort()) {
            table.getColumns().stream().filter(c -> key(c).equals(s.key())).findFirst().ifPresent(c -> {
                c.setSortType(s.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                sort.add(c);
            });
        }
        if (!sort.isEmpty()) {
            table.getSortOrder().setAll(sort);
        }
    }

    private static Layout.Table capture(TableView<?> table) {
        List<Layout.Column> columns = table.getColumns().stream().map(c -> new Layout.Column(key(c), c.getWidth())).toList();
        List<Layout.Sort> sort = table.getSortOrder().stream()
                .map(c -> new Layout.Sort(key(c), c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
        return new Layout.Table(columns, sort);
    }

    /** What the window shows now (on the FX thread). */
    Layout capture() {
        Map<String, List<Double>> positions = new LinkedHashMap<>();
        splits.forEach((id, split) -> positions.put(id, kept(split) != null
                ? java.util.Arrays.stream(kept(split).get()).boxed().toList()
                : split.getDividers().stream().map(SplitPane.Divider::getPosition).toList()));
        watched.forEach(t -> tables.put(key(t), capture(t)));
        List<String> expanded = new ArrayList<>(pendingExpand); // remembered nodes not shown yet stay remembered
        Set<String> seen = new HashSet<>(expanded);
        collectExpanded(tree.getRoot(), expanded, seen);
        TreeItem<NavNode> selected = tree.getSelectionModel().getSelectedItem();
        String selection = pendingSelection != null ? pendingSelection
                : selected == null || selected.getValue() == null ? null : selected.getValue().key();
        return new Layout(normalBounds, stage.isMaximized(), positions, tables, expanded, selection);
    }

    private static void collectExpanded(TreeItem<NavNode> parent, List<String> into, Set<String> seen) {
        if (parent == null) {
            return;
        }
        for (TreeItem<NavNode> child : parent.getChildren()) {
            if (child.isExpanded() && child.getValue() != null) {
                if (seen.add(child.getValue().key())) {
                    into.add(child.getValue().key());
                }
                collectExpanded(child, into, seen);
            }
        }
    }

    /** Captures on the FX thread and writes on the layout writer's. */
    private void save() {
        Layout layout = capture();
        LAST_WRITE.put(dataDir, CompletableFuture.runAsync(() -> file.save(layout), WRITER));
    }
}
