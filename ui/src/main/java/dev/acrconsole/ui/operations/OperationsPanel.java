package dev.acrconsole.ui.operations;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.fx.Tables;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The bottom panel: running and recent operations with state, elapsed time, target and outcome (ARM's error on
 * failure, since when contact is lost). Double-click opens the target; cancel, retry (a lost one) and dismiss from the
 * buttons or the context menu.
 */
public final class OperationsPanel {
    private final OperationsViewModel model;
    private final TableView<Operation> table = new TableView<>(null);
    private final BorderPane root = new BorderPane();
    private final Timeline clock;

    /** {@code open} is asked to show an operation's target. */
    public OperationsPanel(OperationsViewModel model, Consumer<Operation> open) {
        this.model = model;
        table.setItems(model.rows());
        table.setId("operations-table");
        table.setAccessibleText("Operations");
        table.setPlaceholder(new Label("No operations yet. Creating, changing or deleting a resource shows here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(stateColumn(),
                column("Operation", Operation::title, 260),
                column("Target", OperationText::target, 150),
                column("Started", op -> Format.instant(op.createdAt()), 120),
                elapsedColumn(),
                withTooltips(column("Outcome", OperationText::outcome, 380)));
        Tables.onDoubleClick(table, open);
        // Made on the first right-click (a context menu is a popup window with its own scene: not a start-up cost);
        // a filter runs before the table's own handler, which then shows it.
        table.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (table.getContextMenu() == null) {
                table.setContextMenu(contextMenu(open));
            }
        });

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(model.runningProperty().map(n -> n.intValue() == 0 ? "Operations"
                : "Operations — " + n + " running"));
        Button cancel = button("operations-cancel", "Cancel", "Ask ARM to stop the selected operation, where it can",
                () -> model.cancel(selected()), model::canCancel);
        Button retry = button("operations-retry", "Retry", "Ask again about the selected operation, whose endpoint stopped answering",
                () -> model.retry(selected()), model::canRetry);
        Button dismiss = button("operations-dismiss", "Dismiss", "Hide the selected finished or lost operation (the journal keeps it)",
                () -> model.dismiss(selected()), model::canDismiss);
        Button dismissAll = new Button("Dismiss finished");
        dismissAll.setTooltip(new Tooltip("Hide every finished operation"));
        dismissAll.setOnAction(e -> model.dismissFinished());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, cancel, retry, dismiss, dismissAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 8, 4, 8));
        header.getStyleClass().add("panel-header");
        root.setTop(header);
        root.setCenter(table);
        root.getStyleClass().add("operations-panel");

        // Elapsed times move once a second while something runs; nothing ticks when all is quiet.
        clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clock.setCycleCount(Timeline.INDEFINITE);
        model.runningProperty().addListener((obs, old, n) -> {
            if (n.intValue() > 0) {
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    public Node node() {
        return root;
    }

    private Operation selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private ContextMenu contextMenu(Consumer<Operation> open) {
        MenuItem openTarget = new MenuItem("Open target");
        openTarget.setOnAction(e -> open.accept(selected()));
        MenuItem cancel = new MenuItem("Cancel");
        cancel.setOnAction(e -> model.cancel(selected()));
        MenuItem retry = new MenuItem("Retry");
        retry.setOnAction(e -> model.retry(selected()));
        MenuItem dismiss = new MenuItem("Dismiss");
        dismiss.setOnAction(e -> model.dismiss(selected()));
        ContextMenu menu = new ContextMenu(openTarget, cancel, retry, dismiss);
        menu.setOnShowing(e -> {
            Operation op = selected();
            openTarget.setDisable(op == null);
            cancel.setDisable(!model.canCancel(op));
            retry.setDisable(!model.canRetry(op));
            dismiss.setDisable(!model.canDismiss(op));
        });
        return menu;
    }

    /** A button for the selected row, enabled while {@code can} says so of it (the row changes in place as it moves). */
    private Button button(String id, String text, String tip, Runnable action, Predicate<Operation> can) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> !can.test(selected()),
                table.getSelectionModel().selectedItemProperty(), model.rows()));
        return b;
    }

    private static TableColumn<Operation, String> column(String header, Function<Operation, String> value, double width) {
        TableColumn<Operation, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Long texts (ARM's messages) are cut to the column: the whole text shows on hover. */
    private static TableColumn<Operation, String> withTooltips(TableColumn<Operation, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private Tooltip tip; // one per cell, made when first needed, not one per update: each is a popup window

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(text);
                setTooltip(tip);
            }
        });
        return column;
    }

    private TableColumn<Operation, String> elapsedColumn() {
        TableColumn<Operation, String> c = new TableColumn<>("Elapsed");
        // Bound to the panel's clock, so running rows count up without reloading the journal.
        c.setCellValueFactory(cell -> model.nowProperty().map(now -> OperationText.elapsed(cell.getValue(), now)));
        c.setPrefWidth(80);
        return c;
    }

    /** A spinner while it runs, then a coloured word. */
    private static TableColumn<Operation, Operation> stateColumn() {
        TableColumn<Operation, Operation> c = new TableColumn<>("State");
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            private final ProgressIndicator spinner = new ProgressIndicator();

            {
                spinner.setPrefSize(14, 14);
                spinner.setMaxSize(14, 14);
            }

            @Override
            protected void updateItem(Operation op, boolean empty) {
                super.updateItem(op, empty);
                getStyleClass().removeIf(s -> s.startsWith("op-"));
                if (empty || op == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(OperationText.state(op));
                setGraphic(op.state().followed() ? spinner : null);
                getStyleClass().add("op-" + op.state().name().toLowerCase());
            }
        });
        c.setPrefWidth(110);
        return c;
    }
}
