package dev.acrconsole.ui.details;

import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.ui.fx.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Label | value rows, as every detail pane shows them; each value has an id ({@code field-<label>}) for tests. */
public final class FieldGrid {
    private final GridPane grid = new GridPane();

    public FieldGrid() {
        grid.setHgap(16);
        grid.setVgap(6);
        Tables.labelValueColumns(grid, 0);
        grid.setPadding(new Insets(12, 0, 0, 0));
    }

    public GridPane node() {
        return grid;
    }

    public void show(List<DetailField> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailField f : fields) {
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
