package dev.acrconsole.ui.fx;

import dev.acrconsole.app.tokens.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows secrets (passwords, a connection string) once, each with a Copy button. The console keeps no copy: when the
 * dialog closes its fields are emptied, and nothing else ever held the values but the call that fetched them.
 */
public final class SecretDialog {
    private final Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
    private final List<TextInputControl> fields = new ArrayList<>();

    /** {@code secrets}: label to value, in the order to show them. */
    public SecretDialog(Window owner, String id, String title, String header, Map<String, Secret> secrets, String note) {
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, Secret> e : new LinkedHashMap<>(secrets).entrySet()) {
            TextInputControl value = field(e.getValue().reveal());
            value.setEditable(false);
            value.getStyleClass().add("secret-value");
            value.setId(id + "-value-" + row);
            GridPane.setHgrow(value, Priority.ALWAYS);
            Button copy = new Button("Copy");
            copy.setId(id + "-copy-" + row);
            copy.setOnAction(ev -> {
                Clipboards.put(value.getText());
                copy.setText("Copied");
            });
            fields.add(value);
            grid.addRow(row++, new Label(e.getKey()), value, copy);
        }
        Label once = new Label(note);
        once.setWrapText(true);
        once.getStyleClass().add("field-error");
        VBox content = new VBox(10, grid, once);
        content.setPrefWidth(720);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId(id);
        alert.setOnHidden(e -> fields.forEach(TextInputControl::clear));
    }

    /** A long value (a connection string) wraps over lines, so all of it is seen before it is copied. */
    private static TextInputControl field(String value) {
        if (value.length() <= 60) {
            TextField f = new TextField(value);
            f.setPrefColumnCount(48);
            return f;
        }
        TextArea a = new TextArea(value);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        a.setPrefColumnCount(48);
        return a;
    }

    public void show() {
        alert.show();
    }
}
