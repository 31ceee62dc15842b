package dev.acrconsole.ui.collection;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.ui.details.FieldGrid;
import dev.acrconsole.ui.fx.ActionBar;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn.SortType;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A table of one collection below a resource, with the selected row's details beneath it and the collection's actions
 * above. Its view model re-reads the cache when its rows change there, while the page is on screen.
 */
public final class CollectionView implements PageView, dev.acrconsole.ui.fx.RowMenus.Host {
    private final CollectionViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final PageView aside;
    private final List<RowAction> actions;

    /**
     * With the kind's {@code actions} (when online) and {@code aside} (e.g. a task's chart of its runs, with its own
     * lifecycle) beside the selected row's details; {@code notice} hears when an action cannot act yet.
     */
    public CollectionView(CollectionViewModel model, List<RowAction> actions, PageView aside, Consumer<String> notice) {
        this.model = model;
        this.aside = aside;
        this.actions = actions;
        table.setId("child-table");
        table.getProperties().put(dev.acrconsole.ui.fx.Tables.LAYOUT_KEY, "child-table:" + model.kind().code()); // one layout per kind
        table.setAccessibleText(model.title());
        table.setItems(model.shown());
        table.setPlaceholder(new Label("None cached." + (model.online() ? "" : " Offline: connect to fetch them.")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The view model sorts (by each column's key: a time as the instant it is); the header only says how.
        table.setSortPolicy(t -> {
            model.sortBy(t.getSortOrder().stream().map(c -> new SortBy(c.getText(), c.getSortType() == SortType.DESCENDING)).toList());
            return true;
        });
        for (TableColumn column : model.columns()) {
            javafx.scene.control.TableColumn<Row, String> c = new javafx.scene.control.TableColumn<>(column.header());
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orDash(column.value().apply(cell.getValue()))));
            table.getColumns().add(c);
            if (model.defaultSort() != null && column.header().equals(model.defaultSort().column())) {
                c.setSortType(model.defaultSort().descending() ? SortType.DESCENDING : SortType.ASCENDING);
                table.getSortOrder().add(c);
            }
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
        if (actions.stream().anyMatch(a -> a.on() == RowAction.On.SELECTED_ROWS)) {
            // A kind that acts on many rows at once (bulk delete) lets the user select many (Shift, Ctrl).
            table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
            table.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Row>) change ->
                    model.selectedRows().setAll(table.getSelectionModel().getSelectedItems().stream()
                            .filter(java.util.Objects::nonNull).toList()));
        }
        // Delete asks first, as the kind's Delete button does (nothing offline or in read-only mode: no actions then).
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE && model.online()) {
                List<Row> selected = new java.util.ArrayList<>(table.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).toList());
                Row focused = table.getSelectionModel().getSelectedItem();
                if (focused != null) { // the focused row first: the one Delete of one row acts on
                    selected.remove(focused);
                    selected.addFirst(focused);
                }
                dev.acrconsole.ui.page.DeleteKey.action(actions, selected).ifPresent(Runnable::run);
                e.consume();
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
                if (row != null) {
                    table.scrollTo(row); // e.g. a search result opened here, far down the table
                }
            }
        });

        Label title = new Label(model.title());
        title.getStyleClass().add("details-title");
        title.setId("child-title");
        Label status = new Label();
        status.setId("child-status");
        status.getStyleClass().add("details-fetched");
        status.textProperty().bind(model.statusProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("child-refresh");
        dev.acrconsole.ui.fx.ActionIcons.decorate(refresh);
        refresh.disableProperty().bind(model.refreshingProperty());
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(spacer);
        if (model.online()) {
            bar.getChildren().addAll(ActionBar.buttons(actions, model.selectedProperty(), model.selectedRows(), model::parent,
                    notice));
            bar.getChildren().add(refresh);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, status, bar);
        header.setPadding(new Insets(12, 16, 8, 16));

        FieldGrid details = new FieldGrid();
        model.detailsProperty().addListener((obs, old, fields) -> details.show(fields));
        ScrollPane detailScroll = new ScrollPane(details.node());
        detailScroll.setFitToWidth(true);
        detailScroll.setId("child-details");
        detailScroll.setPadding(new Insets(8, 16, 8, 16));
        SplitPane split = new SplitPane(table, aside == null ? detailScroll : new SplitPane(detailScroll, aside.node()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(header);
        root.setCenter(split);
    }

    /** Right-click (or the menu key) on a row opens its context menu, made by {@code menus} for the row under it. */
    @Override
    public void contextMenus(dev.acrconsole.ui.fx.RowMenus menus) {
        dev.acrconsole.ui.fx.RowMenus.attach(table, menus, actions, model::parent, model::online);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void activate() {
        model.activate();
        if (aside != null) {
            aside.activate();
        }
    }

    @Override
    public void deactivate() {
        model.deactivate();
        if (aside != null) {
            aside.deactivate();
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
