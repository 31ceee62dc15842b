package dev.acrconsole.ui.accounts;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A small form in a dialog. OK checks the input first (the same checks app makes, with their messages) and keeps
 * the dialog open with the message under the fields when it is refused, so bad input is refused where it is typed.
 */
final class FormDialog<T> {
    private final Dialog<T> dialog = new Dialog<>();
    private final VBox content = new VBox(6);
    private final Label error = new Label();
    private GridPane grid;
    private int rows;

    FormDialog(String title, String header, Window owner) {
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        error.getStyleClass().add("accounts-error");
        error.setId("form-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        content.getChildren().add(error);
        section();
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
    }

    /** Adds a labelled row; returns the field for convenience. */
    <N extends Node> N row(String label, N field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.addRow(rows++, l, field);
        if (field instanceof TextField t) {
            t.setPrefColumnCount(28);
        }
        return field;
    }

    /**
     * Starts a group of rows that can be shown and hidden together (a custom cloud's URLs, a service principal's
     * credentials); rows added next go into it. Label columns line up across groups.
     */
    Node section() {
        grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(110);
        grid.getColumnConstraints().add(labels);
        rows = 0;
        content.getChildren().add(content.getChildren().size() - 1, grid);
        return grid;
    }

    /** Shows or hides a whole section. */
    void show(Node section, boolean visible) {
        section.setVisible(visible);
        section.setManaged(visible);
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    Dialog<T> dialog() {
        return dialog;
    }

    /** Shows the dialog; {@code result} builds the answer or throws IllegalArgumentException saying what is wrong. */
    Optional<T> show(Supplier<T> result) {
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        Object[] built = new Object[1];
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                built[0] = result.get();
            } catch (IllegalArgumentException refused) {
                error.setText(refused.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            @SuppressWarnings("unchecked")
            T t = button == ButtonType.OK ? (T) built[0] : null;
            return t;
        });
        return dialog.showAndWait();
    }

    static String text(TextField f) {
        String s = f.getText();
        return s == null || s.isBlank() ? null : s.strip();
    }
}
