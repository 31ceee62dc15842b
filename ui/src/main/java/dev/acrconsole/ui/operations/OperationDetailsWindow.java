package dev.acrconsole.ui.operations;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.operations.OperationPoll;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.fx.Clipboards;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One operation in full, in a window of its own: what was sent (the journaled body: secrets already left out), each
 * exchange with ARM and its answer, ARM's whole error (the panel's cell and the toast cut it), the equivalent az
 * command with Copy, Retry where the model allows it, and Open target. Every value can be selected and copied.
 * Escape or Ctrl+W closes it.
 */
public final class OperationDetailsWindow {
    /** Polls come seconds apart: the panel's minutes would not tell them apart. */
    private static final java.time.format.DateTimeFormatter SECONDS =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneId.systemDefault());

    private final Stage stage = new Stage();

    /** Opens the details of {@code op}, read off the FX thread; {@code open} selects its target in the tree. */
    public static void open(OperationsViewModel model, Operation op, Window owner, Consumer<Operation> open) {
        model.details(op).thenAccept(d -> new OperationDetailsWindow(model, d, owner, open).stage.show());
    }

    private OperationDetailsWindow(OperationsViewModel model, OperationDetails d, Window owner, Consumer<Operation> open) {
        Operation op = d.operation();
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(6);
        int row = 0;
        row = fact(facts, row, "State", "op-details-state", OperationText.state(op));
        row = fact(facts, row, "Target", "op-details-target", op.targetId());
        row = fact(facts, row, "Started", "op-details-started", Format.instant(op.createdAt()));
        if (op.finishedAt() != null) {
            row = fact(facts, row, "Ended", "op-details-ended", Format.instant(op.finishedAt()));
        }
        row = fact(facts, row, "Request", "op-details-request", d.request());
        String az = d.azCommand() != null ? d.azCommand() : "az has no command for this action.";
        TextField azField = field("op-details-az", az, "Equivalent az command");
        Button copyAz = new Button("Copy _command");
        copyAz.setId("op-details-copy-az");
        copyAz.setDisable(d.azCommand() == null);
        copyAz.setOnAction(e -> Clipboards.put(d.azCommand()));
        copyAz.setMinWidth(Region.USE_PREF_SIZE);
        HBox azRow = new HBox(6, azField, copyAz);
        HBox.setHgrow(azField, Priority.ALWAYS);
        facts.add(caption("Equivalent command"), 0, row);
        facts.add(azRow, 1, row++);
        GridPane.setHgrow(azRow, Priority.ALWAYS);

        VBox content = new VBox(10, facts);
        if (d.error() != null) {
            content.getChildren().addAll(caption("ARM's error"), area("op-details-error", d.error(), 4, "ARM's error"));
        }
        if (op.note() != null && d.error() == null) {
            content.getChildren().addAll(caption("Note"), area("op-details-note", op.note(), 2, "Note"));
        }
        content.getChildren().add(caption("Request body" + (d.withheld() ? " (secrets were left out: it is not sent again from here)" : "")));
        content.getChildren().add(area("op-details-body", d.body() == null ? "(none)" : d.body(), 8, "Request body"));
        content.getChildren().addAll(caption("Exchanges with ARM — " + d.polls()), exchanges(d));
        content.setPadding(new Insets(12));

        Button retry = new Button(op.state() == Operation.State.Lost ? "_Retry (ask again)" : "_Retry (send again)");
        retry.setId("op-details-retry");
        retry.setDisable(!model.canRetry(op));
        retry.setOnAction(e -> {
            retry.setDisable(true);
            model.retry(op);
        });
        Button target = new Button("_Open target");
        target.setId("op-details-open");
        target.setOnAction(e -> open.accept(op));
        Button close = new Button("Close");
        close.setId("op-details-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, retry, target, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8, 12, 12, 12));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox root = new VBox(scroll, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("operation-details");
        Scene scene = new Scene(root, 760, 620);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle("Operation — " + op.title());
    }

    private static int fact(GridPane grid, int row, String caption, String id, String value) {
        TextField field = field(id, value, caption);
        grid.add(caption(caption), 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }

    /** Read-only, but selectable and copyable. */
    private static TextField field(String id, String value, String name) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setEditable(false);
        f.setAccessibleText(name);
        f.getStyleClass().add("copyable-value");
        return f;
    }

    private static TextArea area(String id, String text, int rows, String name) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setAccessibleText(name);
        a.setStyle("-fx-font-family: monospace;");
        return a;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node exchanges(OperationDetails d) {
        TableView<OperationPoll> table = new TableView<>();
        table.setId("op-details-exchanges");
        table.setAccessibleText("Exchanges with ARM");
        table.getItems().setAll(d.exchanges());
        table.setPlaceholder(new Label("Not listed: " + d.polls()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<OperationPoll, String> at = new TableColumn<>("Time");
        at.setCellValueFactory(c -> new ReadOnlyStringWrapper(SECONDS.format(c.getValue().at())));
        at.setPrefWidth(150);
        TableColumn<OperationPoll, String> what = new TableColumn<>("Request");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().request()));
        what.setPrefWidth(90);
        TableColumn<OperationPoll, String> answer = new TableColumn<>("Answer");
        answer.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().answer()));
        answer.setPrefWidth(460);
        OperationsPanel.withTooltips(answer);
        table.getColumns().setAll(java.util.List.of(at, what, answer));
        table.setPrefHeight(180);
        return table;
    }
}
