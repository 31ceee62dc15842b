package dev.acrconsole.ui.fx;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form laid out as label | field, each field with its own error line beneath it: where a message about bad input
 * belongs. The error line takes no room while it is empty.
 */
public final class FormRows {
    private final GridPane grid = new GridPane();
    private int row;

    public FormRows() {
        grid.setHgap(12);
        grid.setVgap(4);
        Tables.labelValueColumns(grid, 320);
    }

    /** Adds a field with its label and an error line bound to {@code error} (empty: no error). */
    public FormRows add(String label, Control field, ObservableValue<String> error, String id) {
        Label l = new Label(label);
        l.setLabelFor(field);
        field.setAccessibleText(label);
        field.setId(id);
        Label message = errorLabel(error, id + "-error");
        VBox cell = new VBox(2, field, message);
        grid.addRow(row++, l, cell);
        GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        return this;
    }

    /**
     * As {@link #add(String, Control, ObservableValue, String)}, shown only while {@code shown} holds: a form whose
     * fields change with a choice (e.g. an authentication method). A hidden row takes no room.
     */
    public FormRows add(String label, Control field, ObservableValue<String> error, String id, ObservableValue<Boolean> shown) {
        add(label, field, error, id);
        for (Node n : grid.getChildren().subList(grid.getChildren().size() - 2, grid.getChildren().size())) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
        return this;
    }

    /** A line of text across both columns (a hint, or a form-wide error). */
    public FormRows note(Node node) {
        if (node instanceof Label l && l.isWrapText()) {
            l.setMinHeight(Region.USE_PREF_SIZE); // all its lines, not one cut short with an ellipsis
        }
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    public GridPane node() {
        return grid;
    }

    public static Label errorLabel(ObservableValue<String> error, String id) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE); // wrapped to several lines rather than cut short
        message.textProperty().bind(error);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
