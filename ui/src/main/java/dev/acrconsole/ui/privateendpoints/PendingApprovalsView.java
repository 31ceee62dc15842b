package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.model.PrivateEndpointConnectionDetails;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.children.ChildActions;
import dev.acrconsole.ui.fx.Disposable;
import dev.acrconsole.ui.fx.Tables;
import dev.acrconsole.ui.main.PageContext;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The pending-approvals inbox: approve or reject from here, or open the registry's connections. */
public final class PendingApprovalsView implements Disposable {
    private final PendingApprovalsViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<CachedResource> table = new TableView<>();
    private final ChangeListener<Number> onCacheChange;

    public PendingApprovalsView(PendingApprovalsViewModel model) {
        this.model = model;
        PageContext context = model.context();
        table.setId("pending-table");
        table.setAccessibleText("Private endpoint connections waiting for approval");
        table.setItems(model.rows());
        table.setPlaceholder(new Label("Nothing waits for approval."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                column("Registry", r -> details(r).registry()),
                column("Subscription", CachedResource::subscriptionId),
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
        HBox bar = new HBox(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (context.online()) {
            bar.getChildren().addAll(
                    ChildActions.button("Approve…", "pending-approve", "Let the private endpoint reach the registry",
                            model.selectedProperty(), ConnectionDialogs::canApprove,
                            c -> ConnectionDialogs.decide(context, c, Decision.APPROVE).show()),
                    ChildActions.button("Reject…", "pending-reject", "Refuse the private endpoint", model.selectedProperty(),
                            ConnectionDialogs::canReject, c -> ConnectionDialogs.decide(context, c, Decision.REJECT).show()));
        }
        Button open = ChildActions.button("Open registry", "pending-open", "Show the registry's private endpoint connections",
                model.selectedProperty(), c -> true, model::openRegistry);
        bar.getChildren().add(open);
        VBox header = new VBox(4, title, summary, bar);
        header.setPadding(new Insets(12, 16, 8, 16));
        root.setTop(header);
        root.setCenter(table);

        onCacheChange = (obs, old, now) -> model.load();
        context.cacheChanges().addListener(onCacheChange);
        model.load();
    }

    public Node node() {
        return root;
    }

    @Override
    public void dispose() {
        model.context().cacheChanges().removeListener(onCacheChange);
    }

    private static PrivateEndpointConnectionDetails details(CachedResource r) {
        return PrivateEndpointConnectionDetails.parse(r.json());
    }

    private static TableColumn<CachedResource, String> column(String header, Function<CachedResource, String> value) {
        TableColumn<CachedResource, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
