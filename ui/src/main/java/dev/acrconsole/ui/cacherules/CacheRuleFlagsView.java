package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleHealth;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.kind.DetailsSection;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The section of a registry's page flagging its cache rules whose credential set is unhealthy; each opens its rule. */
final class CacheRuleFlagsView implements DetailsSection {
    private final CacheRuleFlagsViewModel model;
    private final VBox box = new VBox(2);
    private final VBox list = new VBox(0);

    CacheRuleFlagsView(CacheRuleFlagsViewModel model) {
        this.model = model;
        Label heading = new Label();
        heading.setId("cacherule-flags-title");
        heading.getStyleClass().addAll("related-title", "cache-flag");
        heading.setWrapText(true);
        heading.textProperty().bind(model.headingProperty());
        list.setId("cacherule-flags");
        list.setAccessibleText("Cache rules whose credential set is unhealthy");
        box.getChildren().addAll(heading, list);
        box.visibleProperty().bind(model.shownProperty());
        box.managedProperty().bind(model.shownProperty());
        model.flags().addListener((ListChangeListener<CacheRuleHealth.Flag>) c -> render());
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
        list.getChildren().setAll(model.flags().stream().map(flag -> {
            Hyperlink h = new Hyperlink("⚠ " + flag.text());
            h.setOnAction(e -> model.open(flag));
            h.setWrapText(true);
            h.getStyleClass().add("cache-flag");
            return (Node) h;
        }).toList());
    }
}
