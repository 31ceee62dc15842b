package dev.acrconsole.ui.fx;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A dialog around a form: OK checks and sends (the dialog closes only once the operation is journaled), Cancel
 * closes. Nothing blocks the FX thread: it is shown with show(), never showAndWait().
 */
public final class FormDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final Label failure = new Label();
    private final String id;
    private final VBox content;

    /** {@code submit} returns null when the form refused to send (its messages now show), else the sending. */
    public FormDialog(Window owner, String id, String title, String header, Node form, String okText,
                      Supplier<CompletableFuture<?>> submit) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        failure.getStyleClass().add("field-error");
        failure.setWrapText(true);
        failure.setId(id + "-failure");
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        this.id = id;
        content = new VBox(10, form, failure);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        // Messages appear and go under the fields: the dialog grows with them so none is cut off, and shrinks back when
        // they go. Its content's wanted height is compared after each layout pass: its actual height only grows, as the
        // window holds it stretched.
        double[] wanted = {-1};
        dialog.getDialogPane().needsLayoutProperty().addListener((obs, was, needs) -> {
            if (needs) {
                return;
            }
            double now = content.prefHeight(content.getWidth());
            Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (w != null && wanted[0] >= 0 && Math.abs(now - wanted[0]) > 0.5) {
                FxBridge.later(w::sizeToScene); // after this layout pass, when the new size is known
            }
            wanted[0] = now;
        });
        dialog.getDialogPane().setId(id);
        ButtonType ok = new ButtonType(okText, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId(id + "-ok");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes itself once the operation is on its way, not before
            CompletableFuture<?> sending = submit.get();
            if (sending == null) {
                return;
            }
            okButton.setDisable(true);
            sending.whenCompleteAsync((v, error) -> {
                okButton.setDisable(false);
                if (error == null) {
                    dialog.close();
                } else {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    failure.setText("Not sent: " + cause.getMessage());
                }
            }, FxBridge.executor());
        });
    }

    /**
     * Adds a read-only "Equivalent command" under the form: the {@code az} line that makes the same change, following
     * what is typed, with Copy. Nothing is added when the form has none.
     */
    public FormDialog command(javafx.beans.value.ObservableStringValue line) {
        if (line.get() == null) {
            return this;
        }
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        field.setId(id + "-az");
        field.setEditable(false);
        field.setAccessibleText("Equivalent az command");
        field.textProperty().bind(line);
        field.setStyle("-fx-font-family: monospace;");
        Button copy = new Button("Cop_y");
        copy.setId(id + "-az-copy");
        copy.setAccessibleText("Copy the equivalent az command");
        copy.setOnAction(e -> Clipboards.put(line.get()));
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        Label caption = new Label("Equivalent command");
        caption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        caption.setLabelFor(field);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8, caption, field, copy);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        content.getChildren().add(content.getChildren().size() - 1, row);
        return this;
    }

    public void show() {
        dialog.show();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
