package dev.acrconsole.ui.details;

import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Label | value rows, as every detail pane shows them; each value has an id ({@code field-<label>}) for tests, and a
 * copyable one a Copy button ({@code copy-<label>}).
 */
public final class FieldGrid {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
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

    /** The value with a Copy button beside it that puts exactly the value on the clipboard ({@code copy-<label>}). */
    private static HBox withCopy(Label value, DetailField f) {
        Button copy = new Button("Copy");
        copy.getStyleClass().add("field-copy");
        copy.setMinWidth(Region.USE_PREF_SIZE); // the value wraps; the button keeps its word
        copy.setId("copy-" + idOf(f.label()));
        copy.setAccessibleText("Copy " + f.label());
        copy.setTooltip(new Tooltip("Copy " + f.value()));
        copy.setOnAction(e -> {
            Clipboards.put(f.value());
            copy.setText("Copied");
        });
        value.setMinWidth(0);
        HBox.setHgrow(value, Priority.SOMETIMES);
        HBox box = new HBox(8, value, copy);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
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
            value.setId("field-" + idOf(f.label()));
            label.setLabelFor(value);
            selectable(value, f, fields);
            grid.addRow(row++, label, f.copyable() && f.value() != null ? withCopy(value, f) : value);
        }
    }

    /**
     * A value can be selected (a click or Tab gives it the focus, and it shows so) and copied: Ctrl+C, or its context
     * menu, which also copies every field as "label: value" lines.
     */
    private static void selectable(Label value, DetailField f, List<DetailField> all) {
        String text = value.getText();
        value.setFocusTraversable(true);
        value.getStyleClass().add("selectable-value");
        value.setAccessibleText(f.label() + ": " + text);
        value.setOnMouseClicked(e -> value.requestFocus());
        value.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                Clipboards.put(text);
                e.consume();
            }
        });
        MenuItem copy = new MenuItem("_Copy");
        copy.setId("copy-value");
        copy.setOnAction(e -> Clipboards.put(text));
        MenuItem copyAll = new MenuItem("Copy _all fields");
        copyAll.setId("copy-all-fields");
        copyAll.setOnAction(e -> Clipboards.put(String.join("\n", all.stream()
                .map(d -> d.label() + ": " + (d.value() == null ? "—" : d.value())).toList())));
        value.setContextMenu(new ContextMenu(copy, copyAll));
    }

    private static String idOf(String label) {
        return label.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
