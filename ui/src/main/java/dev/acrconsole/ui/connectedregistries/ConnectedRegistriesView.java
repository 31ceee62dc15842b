package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryHierarchy;
import dev.acrconsole.app.connectedregistries.StateHistoryText;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.details.FieldGrid;
import dev.acrconsole.ui.fx.PageView;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A registry's connected registries: a table, or the hierarchy their parent links make, with the connection state
 * in colour; below, the selected one's fields and the timeline of its state history. Reloads when the cache changes.
 */
public final class ConnectedRegistriesView extends PageView.OfModel implements dev.acrconsole.ui.fx.RowMenus.Host {
    private static final String STATE_COLUMN = "Connection state";
    /** Short values get narrow columns, so the times and the state are not cut short. */
    private static final java.util.Map<String, Double> WIDTHS = java.util.Map.of("Mode", 80.0, "Activation", 75.0,
            "Version", 60.0, STATE_COLUMN, 115.0, "Provisioning", 90.0);

    private final ConnectedRegistriesViewModel model;
    private final CollectionViewModel list;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final List<dev.acrconsole.ui.page.RowAction> rowActions;
    private final TreeView<ConnectedRegistryHierarchy.Node> tree = new TreeView<>();
    private final VBox timeline = new VBox(4);

    /** {@code rowActions} are what the {@code actions} buttons do: a row's context menu offers them too. */
    public ConnectedRegistriesView(ConnectedRegistriesViewModel model, List<dev.acrconsole.ui.page.RowAction> rowActions,
                                   List<Node> actions) {
        super(model);
        this.rowActions = rowActions;
        this.model = model;
        this.list = model.list();
        root.setTop(header(actions));
        TabPane tabs = new TabPane(new Tab("Table", table()), new Tab("Hierarchy", tree()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("cr-tabs");
        SplitPane split = new SplitPane(tabs, details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        root.setCenter(split);

        list.selectedProperty().addListener((obs, old, row) -> follow(row));
        model.history().addListener((javafx.collections.ListChangeListener<Transition>) c -> showHistory());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void contextMenus(dev.acrconsole.ui.fx.RowMenus menus) {
        dev.acrconsole.ui.fx.RowMenus.attach(table, menus, rowActions, list::parent, list::online);
    }

    private Node header(List<Node> actions) {
        Label title = new Label(list.title());
        title.getStyleClass().add("details-title");
        title.setId("cr-title");
        Label status = new Label();
        status.setId("cr-status");
        status.getStyleClass().add("details-fetched");
        status.textProperty().bind(list.statusProperty());
        HBox bar = new HBox(8);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(actions);
        if (list.online()) {
            Button refresh = new Button("Refresh");
            refresh.setId("cr-refresh");
            dev.acrconsole.ui.fx.ActionIcons.decorate(refresh);
            refresh.disableProperty().bind(list.refreshingProperty());
            refresh.setOnAction(e -> model.refresh());
            bar.getChildren().add(refresh);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, status, bar);
        header.setPadding(new Insets(12, 16, 8, 16));
        return header;
    }

    private Node table() {
        table.setId("cr-table");
        table.setAccessibleText("Connected registries");
        table.setItems(list.rows());
        table.setPlaceholder(new Label("No connected registries cached." + (list.online() ? "" : " Offline: connect to fetch them.")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TableColumn column : list.columns()) {
            javafx.scene.control.TableColumn<Row, String> c = new javafx.scene.control.TableColumn<>(column.header());
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.value().apply(cell.getValue())));
            if (WIDTHS.containsKey(column.header())) {
                c.setPrefWidth(WIDTHS.get(column.header()));
            }
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    setText(empty ? null : value == null || value.isBlank() ? "—" : value);
                    ConnectionStateStyle.apply(this, !empty && STATE_COLUMN.equals(column.header()) ? value : null);
                }
            });
            table.getColumns().add(c);
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                list.selectedProperty().set(row);
            }
        });
        return table;
    }

    private Node tree() {
        tree.setId("cr-hierarchy");
        tree.setAccessibleText("Connected registries by parent");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new HierarchyCell());
        model.hierarchyProperty().addListener((obs, old, nodes) -> showHierarchy(nodes));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                list.selectedProperty().set(item.getValue().row());
            }
        });
        return tree;
    }

    private void showHierarchy(List<ConnectedRegistryHierarchy.Node> nodes) {
        TreeItem<ConnectedRegistryHierarchy.Node> top = new TreeItem<>(null);
        top.setExpanded(true);
        nodes.forEach(n -> top.getChildren().add(item(n)));
        tree.setRoot(top);
        follow(list.selectedProperty().get());
    }

    private static TreeItem<ConnectedRegistryHierarchy.Node> item(ConnectedRegistryHierarchy.Node n) {
        TreeItem<ConnectedRegistryHierarchy.Node> item = new TreeItem<>(n);
        item.setExpanded(true);
        n.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    /** Both the table and the tree show the one selection. */
    private void follow(Row row) {
        if (row != table.getSelectionModel().getSelectedItem()) {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
            }
        }
        TreeItem<ConnectedRegistryHierarchy.Node> item = row == null || tree.getRoot() == null ? null : find(tree.getRoot(), row);
        if (item != null && item != tree.getSelectionModel().getSelectedItem()) {
            tree.getSelectionModel().select(item);
        }
    }

    private static TreeItem<ConnectedRegistryHierarchy.Node> find(TreeItem<ConnectedRegistryHierarchy.Node> item, Row row) {
        if (item.getValue() != null && item.getValue().row().id().equalsIgnoreCase(row.id())) {
            return item;
        }
        for (TreeItem<ConnectedRegistryHierarchy.Node> child : item.getChildren()) {
            TreeItem<ConnectedRegistryHierarchy.Node> found = find(child, row);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private Node details() {
        Label name = new Label();
        name.getStyleClass().add("wizard-step-title");
        name.setId("cr-selected");
        name.textProperty().bind(list.selectedProperty().map(Row::name).orElse("Select a connected registry."));
        FieldGrid grid = new FieldGrid();
        grid.node().setId("cr-details");
        model.detailsProperty().addListener((obs, old, fields) -> {
            grid.show(fields);
            fields.stream().filter(f -> f.label().equals(STATE_COLUMN)).findFirst().ifPresent(f ->
                    grid.node().lookupAll("#field-connection-state").forEach(n -> ConnectionStateStyle.apply(n, f.value())));
        });
        Label historyTitle = new Label("State history");
        historyTitle.getStyleClass().add("section-title");
        historyTitle.visibleProperty().bind(list.selectedProperty().isNotNull());
        timeline.setId("cr-history");
        // The timeline sits beside the fields, where it is seen without scrolling.
        VBox history = new VBox(4, historyTitle, timeline);
        history.setPrefWidth(300);
        history.setMinWidth(240);
        HBox.setHgrow(grid.node(), Priority.ALWAYS);
        HBox columns = new HBox(16, grid.node(), history);
        VBox box = new VBox(4, name, columns);
        box.setPadding(new Insets(8, 16, 8, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showHistory() {
        timeline.getChildren().clear();
        if (list.selectedProperty().get() == null) {
            return;
        }
        if (model.history().isEmpty()) {
            Label none = new Label("No change seen yet: the console records one whenever a refresh finds its connection"
                    + " state, activation or last sync time changed.");
            none.setWrapText(true);
            none.getStyleClass().add("details-message");
            timeline.getChildren().add(none);
            return;
        }
        for (Transition t : model.history()) {
            Region dot = new Region();
            dot.getStyleClass().add("timeline-dot");
            ConnectionStateStyle.apply(dot, t.after().connectionState());
            Label when = new Label(StateHistoryText.when(t));
            when.getStyleClass().add("timeline-when");
            Label what = new Label(StateHistoryText.what(t));
            what.setWrapText(true);
            ConnectionStateStyle.apply(what, t.after().connectionState());
            HBox row = new HBox(8, dot, new VBox(1, when, what));
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("timeline-entry");
            timeline.getChildren().add(row);
        }
    }

    /** Name, mode and a coloured state chip; the top item is the cloud registry they all sync from in the end. */
    private final class HierarchyCell extends TreeCell<ConnectedRegistryHierarchy.Node> {
        @Override
        protected void updateItem(ConnectedRegistryHierarchy.Node node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            if (node == null) {
                Label cloud = new Label((list.parent() == null ? "Registry" : list.parent().name()) + " (cloud registry)");
                cloud.getStyleClass().add("wizard-step-title");
                setGraphic(cloud);
                return;
            }
            Label name = new Label(node.row().name());
            Label mode = new Label(node.details().mode() + (node.parentMissing() ? " · parent not cached" : ""));
            mode.getStyleClass().add("details-kind");
            Label state = new Label(node.details().connectionState() == null ? "—" : node.details().connectionState());
            state.getStyleClass().add("state-chip");
            ConnectionStateStyle.apply(state, node.details().connectionState());
            HBox box = new HBox(8, name, mode, state);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
        }
    }
}
