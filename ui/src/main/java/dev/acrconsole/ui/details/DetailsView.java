package dev.acrconsole.ui.details;

import dev.acrconsole.app.model.DetailField;
import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.model.ResourceDetails;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right-hand pane: title, kind, when fetched, and a two-column grid of fields. */
public final class DetailsView {
    private final Label title = new Label();
    private final Label kind = new Label();
    private final Label fetched = new Label();
    private final Label message = new Label();
    private final GridPane grid = new GridPane();
    private final VBox box = new VBox(4, title, kind, fetched, grid, message);
    private final ScrollPane scroll = new ScrollPane(box);

    public DetailsView(DetailsViewModel model) {
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
        grid.setId("details-grid");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(12, 0, 0, 0));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, values);
        scroll.setFitToWidth(true);
        scroll.setAccessibleText("Details of the selected resource");

        model.detailsProperty().addListener((obs, old, d) -> show(d));
        message.textProperty().bind(model.messageProperty());
        show(model.detailsProperty().get());
    }

    public Node node() {
        return scroll;
    }

    private void show(ResourceDetails d) {
        boolean has = d != null;
        for (Node n : new Node[] {title, kind, fetched, grid}) {
            n.setVisible(has);
            n.setManaged(has);
        }
        message.setVisible(!has);
        message.setManaged(!has);
        grid.getChildren().clear();
        if (!has) {
            return;
        }
        title.setText(d.title());
        kind.setText(d.kindLabel());
        fetched.setText("Fetched " + Format.instant(d.fetchedAt()));
        int row = 0;
        for (DetailField f : d.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(f.value() == null ? "—" : f.value());
            value.getStyleClass().add("field-value");
            value.setWrapText(true);
            value.setId("field-" + f.label().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            label.setLabelFor(value);
            grid.addRow(row++, label, value);
        }
    }
}
