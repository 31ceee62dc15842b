package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.kind.DetailsSection;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The section of a registry's page listing the registry endpoints that point at it; each opens its instance. */
final class EndpointsUsingRegistryView implements DetailsSection {
    private final EndpointsUsingRegistryViewModel model;
    private final VBox box = new VBox(2);
    private final VBox list = new VBox(0);
    private final Label empty = new Label("No cached IoT Operations registry endpoint points at this registry.");

    public EndpointsUsingRegistryView(EndpointsUsingRegistryViewModel model) {
        this.model = model;
        Label heading = new Label();
        heading.setId("endpoints-using-registry-title");
        heading.getStyleClass().add("related-title");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        empty.getStyleClass().add("related-empty");
        empty.setId("endpoints-using-registry-empty");
        list.setId("endpoints-using-registry");
        list.setAccessibleText("Registry endpoints pointing at this registry");
        box.getChildren().addAll(heading, list, empty);
        box.visibleProperty().bind(model.shownProperty());
        box.managedProperty().bind(model.shownProperty());
        model.links().addListener((ListChangeListener<EndpointsUsingRegistryViewModel.Link>) c -> render());
        render();
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public void show(Row row) {
        model.show(row);
    }

    private void render() {
        list.getChildren().setAll(model.links().stream().map(link -> {
            Hyperlink h = new Hyperlink(link.text());
            h.setOnAction(e -> model.open(link));
            h.setWrapText(true);
            return (Node) h;
        }).toList());
        empty.setVisible(model.links().isEmpty());
        empty.setManaged(model.links().isEmpty());
    }
}
