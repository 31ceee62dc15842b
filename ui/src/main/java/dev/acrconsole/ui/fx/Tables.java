package dev.acrconsole.ui.fx;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small pieces every table and form grid uses the same way. */
public final class Tables {
    /**
     * A table's key in the remembered layout, in its {@code getProperties()}, where its id is not enough (the same view
     * lists each kind); without it the table's id is its key.
     */
    public static final String LAYOUT_KEY = "acr-console.layout-key";

    private Tables() {}

    /** Double-clicking a row opens what it stands for. */
    public static <T> void onDoubleClick(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** Labels as wide as they need, values taking the rest (at least {@code minValueWidth}). */
    public static void labelValueColumns(GridPane grid, double minValueWidth) {
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(minValueWidth);
        grid.getColumnConstraints().setAll(labels, values);
    }
}
