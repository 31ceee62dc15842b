package dev.acrconsole.ui.operations;

import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.cache.Operation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The operations panel below the rest of the window: a slim bar while nothing runs (the window's space goes to the
 * pages), opened by itself when an operation starts, and resizable by its divider while open. The divider's place while
 * open is {@link #positionProperty()}: the layout keeps that, not the folded state's, so a restart brings back the
 * panel's size.
 */
public final class OperationsDock {
    private final SplitPane split;
    private final Node panel;
    private final HBox bar;
    private final VBox root;
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    /** Divider positions while open (fractions of the split's height). */
    private final ObjectProperty<double[]> position = new SimpleObjectProperty<>(new double[] {0.74});
    private final Label last = new Label();
    private boolean settling;

    public OperationsDock(Node main, OperationsPanel operations, OperationsViewModel model) {
        this.panel = operations.node();
        split = new SplitPane(main);
        split.setId("operations-split");
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(panel, false);

        Label title = new Label("Operations");
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(model.runningProperty().map(n -> n.intValue() == 0 ? "Operations"
                : "Operations — " + n + " running"));
        last.setId("operations-bar-last");
        last.setMinWidth(0);
        HBox.setHgrow(last, Priority.ALWAYS);
        last.setMaxWidth(Double.MAX_VALUE);
        Button show = new Button("Show");
        show.setId("operations-expand");
        show.setTooltip(new Tooltip("Open the operations panel"));
        show.setAccessibleText("Show the operations panel");
        show.setOnAction(e -> open.set(true));
        show.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        bar = new HBox(12, title, last, show);
        bar.setId("operations-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().addAll("panel-header", "operations-bar");
        operations.collapseButton().setOnAction(e -> open.set(false));

        position.addListener((obs, was, now) -> {
            if (split.getDividers().size() == now.length && split.getDividers().getFirst().getPosition() != now[0]) {
                split.setDividerPositions(now);
            }
        });
        split.getProperties().put(dev.acrconsole.ui.shell.LayoutKeeper.KEPT_POSITIONS, position);
        root = new VBox(split, bar);
        VBox.setVgrow(split, Priority.ALWAYS);
        open.addListener((obs, was, now) -> show(now));
        // An operation that starts opens the panel; the last one's outcome stays readable on the bar when folded.
        model.runningProperty().addListener((obs, was, now) -> {
            if (now.intValue() > was.intValue()) {
                open.set(true);
            }
        });
        model.rows().addListener((ListChangeListener<Operation>) c -> {
            describeLast(model);
            while (c.next()) { // one that lost contact asks for a decision (retry or dismiss): shown, not folded away
                if (c.getAddedSubList().stream().anyMatch(op -> op.state() == Operation.State.Lost)) {
                    open.set(true);
                }
            }
        });
        describeLast(model);
        open.set(model.runningProperty().get() > 0 || needsAttention(model)); // the journal is read later, as a rule
        show(open.get());
    }

    /** A lost operation asks for a decision (retry or dismiss): the panel opens for it. */
    private static boolean needsAttention(OperationsViewModel model) {
        return model.rows().stream().anyMatch(op -> op.state() == Operation.State.Lost);
    }

    private void describeLast(OperationsViewModel model) {
        if (model.rows().isEmpty()) {
            last.setText("");
            last.setTooltip(null);
            return;
        }
        Operation op = model.rows().getFirst();
        String text = op.state().followed() ? op.title() + ": " + OperationText.state(op) : OperationText.finished(op);
        last.setText(text);
        last.setTooltip(new Tooltip(text));
    }

    public Node node() {
        return root;
    }

    /** The split the layout keeps (its positions through {@link #positionProperty()}). */
    public SplitPane split() {
        return split;
    }

    public BooleanProperty openProperty() {
        return open;
    }

    /** Where the divider is while open; set to move it (now if open, else when it opens). */
    public ObjectProperty<double[]> positionProperty() {
        return position;
    }

    private void show(boolean opened) {
        bar.setVisible(!opened);
        bar.setManaged(!opened);
        if (opened && !split.getItems().contains(panel)) {
            double[] at = position.get().clone();
            split.getItems().add(panel);
            // The split lays the new pane out at a place of its own over the next pulses: it is put back where it
            // was kept until that has settled, and only then does a move (the user's drag, a resize) count.
            settling = true;
            split.getDividers().getFirst().positionProperty().addListener((obs, was, now) -> {
                if (!split.getItems().contains(panel)) {
                    return;
                }
                if (settling) {
                    if (Math.abs(now.doubleValue() - at[0]) > 1e-4) {
                        dev.acrconsole.ui.fx.FxBridge.later(() -> split.setDividerPositions(at));
                    }
                } else {
                    position.set(new double[] {now.doubleValue()});
                }
            });
            split.setDividerPositions(at);
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
            settle.setOnFinished(e -> settling = false);
            settle.play();
        } else if (!opened) {
            split.getItems().remove(panel);
        }
    }
}
