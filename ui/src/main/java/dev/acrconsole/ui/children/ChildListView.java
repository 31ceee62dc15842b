package dev.acrconsole.ui.children;

import dev.acrconsole.app.model.ResourceTables;
import dev.acrconsole.app.model.TableColumn;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.details.FieldGrid;
import dev.acrconsole.ui.fx.Disposable;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableLongValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A table of one collection below a resource, with the selected row's details beneath it and the collection's actions
 * above. Reloads from the cache whenever the cache changes; releases that listener when it leaves.
 */
public final class ChildListView implements Disposable {
    private final ChildListViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<CachedResource> table = new TableView<>();
    private final ObservableLongValue cacheChanges;
    private final ChangeListener<Number> onCacheChange;

    public ChildListView(ChildListViewModel model, List<Node> actions, ObservableLongValue cacheChanges) {
        this(model, actions, cacheChanges, null);
    }

    /** With {@code aside} (e.g. a task's chart of its runs) beside the selected row's details. */
    public ChildListView(ChildListViewModel model, List<Node> actions, ObservableLongValue cacheChanges, Node aside) {
        this.model = model;
        this.cacheChanges = cacheChanges;
        table.setId("child-table");
        table.setAccessibleText(model.title());
        table.setItems(model.rows());
        table.setPlaceholder(new Label("None cached." + (model.online() ? "" : " Offline: connect to fetch them.")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (TableColumn column : ResourceTables.columns(model.kind())) {
            javafx.scene.control.TableColumn<CachedResource, String> c = new javafx.scene.control.TableColumn<>(column.header());
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(orDash(column.value().apply(cell.getValue()))));
            table.getColumns().add(c);
        }
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectedProperty().set(row));
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
        refresh.disableProperty().bind(model.refreshingProperty());
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(actions);
        if (model.online()) {
            bar.getChildren().add(refresh);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, status, bar);
        header.setPadding(new Insets(12, 16, 8, 16));

        FieldGrid details = new FieldGrid();
        model.detailsProperty().addListener((obs, old, fields) -> details.show(fields));
        ScrollPane detailScroll = new ScrollPane(details.node());
        detailScroll.setFitToWidth(true);
        detailScroll.setPadding(new Insets(8, 16, 8, 16));
        SplitPane split = new SplitPane(table, aside == null ? detailScroll : new SplitPane(detailScroll, aside));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        root.setTop(header);
        root.setCenter(split);

        onCacheChange = (obs, old, now) -> model.load();
        cacheChanges.addListener(onCacheChange);
        model.load().thenRun(model::refresh);
    }

    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        cacheChanges.removeListener(onCacheChange);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

}
