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
 * failure, since when contact is lost; a cut cell shows its whole text on hover). Double-click (or Enter, or Details)
 * opens the operation's details ({@link OperationDetailsWindow}); cancel, retry (a lost one followed again, a failed
 * one sent again) and dismiss from the buttons or the context menu. {@link OperationsDock} collapses it to a bar.
 */
public final class OperationsPanel {
    private final OperationsViewModel model;
    private final TableView<Operation> table = new TableView<>(null);
    private final BorderPane root = new BorderPane();
    private final Timeline clock;
    private final Consumer<Operation> open;

    /** {@code open} is asked to show an operation's target. */
    public OperationsPanel(OperationsViewModel model, Consumer<Operation> open) {
        this.model = model;
        this.open = open;
        table.setItems(model.rows());
        table.setId("operations-table");
        table.setAccessibleText("Operations");
        table.setPlaceholder(new Label("No operations yet. Creating, changing or deleting a resource shows here."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(stateColumn(),
                withTooltips(column("Operation", Operation::title, 260)),
                withTooltips(column("Target", OperationText::target, 150)),
                withTooltips(column("Started", op -> Format.instant(op.createdAt()), 120)),
                elapsedColumn(),
                withTooltips(column("Outcome", OperationText::outcome, 380)));
        Tables.onDoubleClick(table, this::details);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() != null) {
                details(selected());
                e.consume();
            }
        });
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
        Button details = button("operations-details", "Details", "The request, each answer from ARM, the full error and the equivalent az command",
                () -> details(selected()), op -> op != null);
        Button cancel = button("operations-cancel", "Cancel", "Ask ARM to stop the selected operation, where it can",
                () -> model.cancel(selected()), model::canCancel);
        Button retry = button("operations-retry", "Retry", "Ask again about a lost operation; send a failed one again, as a new operation",
                () -> model.retry(selected()), model::canRetry);
        Button dismiss = button("operations-dismiss", "Dismiss", "Hide the selected finished or lost operation (the journal keeps it)",
                () -> model.dismiss(selected()), model::canDismiss);
        Button dismissAll = new Button("Dismiss finished");
        dismissAll.setTooltip(new Tooltip("Hide every finished operation"));
        dismissAll.setOnAction(e -> model.dismissFinished());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        collapse.setId("operations-collapse");
        collapse.setTooltip(new Tooltip("Fold the panel to a bar (it opens again when an operation starts)"));
        collapse.setAccessibleText("Hide the operations panel");
        HBox header = new HBox(8, title, spacer, details, cancel, retry, dismiss, dismissAll, collapse);
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

    private final Button collapse = new Button("Hide");

    public Node node() {
        return root;
    }

    /** The header's Hide button ({@link OperationsDock} gives it its action). */
    Button collapseButton() {
        return collapse;
    }

    /** Opens the details of {@code op} in a window of their own. */
    void details(Operation op) {
        if (op != null) {
            OperationDetailsWindow.open(model, op, root.getScene() == null ? null : root.getScene().getWindow(), open);
        }
    }

    private Operation selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private ContextMenu contextMenu(Consumer<Operation> open) {
        MenuItem details = new MenuItem("Details…");
        details.setOnAction(e -> details(selected()));
        MenuItem openTarget = new MenuItem("Open target");
        openTarget.setOnAction(e -> open.accept(selected()));
        MenuItem cancel = new MenuItem("Cancel");
        cancel.setOnAction(e -> model.cancel(selected()));
        MenuItem retry = new MenuItem("Retry");
        retry.setOnAction(e -> model.retry(selected()));
        MenuItem dismiss = new MenuItem("Dismiss");
        dismiss.setOnAction(e -> model.dismiss(selected()));
        MenuItem az = new MenuItem("Copy equivalent az command");
        az.setId("operations-copy-az");
        az.setOnAction(e -> dev.acrconsole.ui.fx.Clipboards.put(model.azCommand(selected())));
        ContextMenu menu = new ContextMenu(details, openTarget, az, cancel, retry, dismiss);
        menu.setOnShowing(e -> {
            Operation op = selected();
            details.setDisable(op == null);
            az.setDisable(model.azCommand(op) == null);
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
    static <T> TableColumn<T, String> withTooltips(TableColumn<T, String> column) {
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
