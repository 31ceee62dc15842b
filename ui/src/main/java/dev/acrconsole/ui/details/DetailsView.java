package dev.acrconsole.ui.details;

import dev.acrconsole.app.kind.ResourceDetails;
import dev.acrconsole.app.kind.Row;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The right-hand pane for a resource: title, kind, when fetched, its actions, and a two-column grid of fields. */
public final class DetailsView {
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label fetched = new Label();
    private final Label message = new Label();
    // A registry has many actions: they wrap onto a second line rather than run off the pane.
    private final FlowPane actions = new FlowPane(8, 8);
    private final FieldGrid grid = new FieldGrid();
    private final VBox box = new VBox(4, title, kind, fetched, actions, grid.node(), message);
    private final ScrollPane scroll = new ScrollPane(box);

    /**
     * {@code actionsOf} gives the buttons a kind shows above its fields (e.g. Update and Delete for a registry), for the
     * row shown; they change with the shown row's kind.
     */
    public DetailsView(DetailsViewModel model, Function<Row, List<Node>> actionsOf, ObservableValue<?> actionsChange) {
        box.getStyleClass().add("details");
        box.setPadding(new Insets(16));
        title.getStyleClass().add("details-title");
        title.setId("details-title");
        kind.getStyleClass().add("details-kind");
        fetched.getStyleClass().add("details-fetched");
        fetched.setId("details-fetched");
        message.getStyleClass().add("details-message");
        message.setWrapText(true);
        message.setId("details-message");
        grid.node().setId("details-grid");
        model.rowProperty().addListener((obs, old, row) -> {
            if (old == null || row == null || old.kind() != row.kind()) {
                actions.getChildren().setAll(row == null ? List.of() : actionsOf.apply(row));
            }
        });
        actionsChange.addListener((obs, was, now) -> {
            Row row = model.rowProperty().get();
            actions.getChildren().setAll(row == null ? List.of() : actionsOf.apply(row));
        });
        actions.setPadding(new Insets(8, 0, 0, 0));
        scroll.setFitToWidth(true);
        scroll.setAccessibleText("Details of the selected resource");

        model.detailsProperty().addListener((obs, old, d) -> show(d));
        message.textProperty().bind(model.messageProperty());
        fetched.textProperty().bind(model.fetchedProperty());
        show(model.detailsProperty().get());
    }

    public Node node() {
        return scroll;
    }

    /** Adds a section below the fields (e.g. what else points at the resource); it shows and hides itself. */
    public void addSection(Node section) {
        box.getChildren().add(box.getChildren().indexOf(message), section);
    }

    private void show(ResourceDetails d) {
        boolean has = d != null;
        for (Node n : new Node[] {title, kind, fetched, grid.node()}) {
            n.setVisible(has);
            n.setManaged(has);
        }
        message.setVisible(!has);
        message.setManaged(!has);
        if (!has) {
            grid.show(List.of());
            return;
        }
        title.setText(d.title());
        kind.setText(d.kindLabel());
        grid.show(d.fields());
    }
}
