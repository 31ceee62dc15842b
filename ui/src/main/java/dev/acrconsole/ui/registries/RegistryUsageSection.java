package dev.acrconsole.ui.registries;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.kind.DetailsSection;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A registry's usage against its SKU's limits, below its fields. */
final class RegistryUsageSection implements DetailsSection {
    private final RegistryUsageViewModel model;
    private final VBox box = new VBox(2);

    RegistryUsageSection(RegistryUsageViewModel model) {
        this.model = model;
        Label heading = new Label("Usage");
        heading.getStyleClass().add("related-title");
        Label lines = new Label();
        lines.setId("registry-usage");
        lines.setWrapText(true);
        lines.textProperty().bind(model.textProperty());
        box.getChildren().addAll(heading, lines);
        box.visibleProperty().bind(model.shownProperty());
        box.managedProperty().bind(model.shownProperty());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Row row) {
        model.show(row);
    }
}
