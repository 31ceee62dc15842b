package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.ui.fx.ActionBar;
import dev.acrconsole.ui.fx.PageView;
import dev.acrconsole.ui.fx.Tables;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.RowAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The pending-approvals inbox: every connection waiting, with Approve, Reject and a way to its registry. */
public final class PendingApprovalsView extends PageView.OfModel implements dev.acrconsole.ui.fx.RowMenus.Host {
    private final PendingApprovalsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<Row> table = new TableView<>();
    private final List<RowAction> actions = new ArrayList<>();

    public PendingApprovalsView(ViewContext view, PendingApprovalsViewModel model) {
        super(model);
        this.model = model;
        table.setId("pending-table");
        table.setAccessibleText("Private endpoint connections waiting for approval");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Nothing waits for approval."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("Registry", r -> details(r).registry()),
                column("Subscription", model::subscription),
                column("Private endpoint", r -> details(r).privateEndpointName()),
                column("Request", r -> details(r).description()),
                column("Fetched", r -> Format.instant(r.fetchedAt())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> model.selectedProperty().set(r));
        Tables.onDoubleClick(table, model::openRegistry);

        Label title = new Label("Pending approvals");
        title.getStyleClass().add("details-title");
        Label summary = new Label();
        summary.setId("pending-summary");
        summary.getStyleClass().add("details-kind");
        summary.textProperty().bind(model.summaryProperty());
        if (model.online()) {
            actions.addAll(PrivateEndpointConnectionUi.decisions(view, "pending-approve", "pending-reject",
                    "Refuse the private endpoint", List.of()));
        }
        actions.add(RowAction.onSelected("Open registry", "pending-open", "Show the registry's private endpoint connections",
                model::openRegistry));
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(ActionBar.buttons(actions, model.selectedProperty(), () -> null, view.page().notice()));
        VBox header = new VBox(4, title, summary, bar);
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(header);
        root.setCenter(table);
    }

    @Override
    public Node node() {
        return root;
    }

    /** A connection's menu: Approve, Reject and Open registry (as the buttons offer them), copies, Portal, JSON. */
    @Override
    public void contextMenus(dev.acrconsole.ui.fx.RowMenus menus) {
        dev.acrconsole.ui.fx.RowMenus.attach(table, menus, actions, () -> null, () -> true);
    }

    private static PrivateEndpointConnectionDetails details(Row r) {
        return r.details(PrivateEndpointConnectionDetails.class);
    }

    private static TableColumn<Row, String> column(String header, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
