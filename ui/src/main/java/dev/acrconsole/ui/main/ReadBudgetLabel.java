package dev.acrconsole.ui.main;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The status bar's "ARM reads left: N (subscription)" item, hidden until ARM has reported a figure. */
final class ReadBudgetLabel {
    private ReadBudgetLabel() {}

    static Label of(ReadBudgetViewModel model) {
        Label label = new Label();
        label.setId("status-read-budget");
        label.getStyleClass().add("status-read-budget");
        label.textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.tooltipProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        label.setTooltip(tip);
        label.visibleProperty().bind(model.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        model.lowProperty().addListener((obs, was, low) -> {
            if (low) {
                label.getStyleClass().add("status-read-budget-low");
            } else {
                label.getStyleClass().remove("status-read-budget-low");
            }
        });
        label.setMinWidth(Region.USE_PREF_SIZE); // a long activity line is cut, not this
        return label;
    }
}
