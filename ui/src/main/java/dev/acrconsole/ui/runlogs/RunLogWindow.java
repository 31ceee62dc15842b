package dev.acrconsole.ui.runlogs;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runlogs.Ansi;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.ViewContext;
import java.io.File;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * A run's log in its own window. The list is virtual: it holds line numbers and renders only the rows on screen from
 * the document, so a 50 MB log costs what a screenful does. Search (Enter / Shift+Enter, F3), colours or plain, follow
 * (stay at the end while the run writes), jump to end, copy the selected lines, save to a file.
 */
public final class RunLogWindow {
    private final RunLogViewModel model;
    private final Stage stage = new Stage();
    private final LineIndexList lines = new LineIndexList();
    private final ListView<Integer> list = new ListView<>(lines);

    RunLogWindow(RunLogViewModel model, javafx.stage.Window owner) {
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        list.setId("log-lines");
        list.getStyleClass().add("log-list");
        list.setFixedCellSize(18); // every row the same height: the list never measures 700k rows
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new LineCell());
        list.setAccessibleText("Log lines");
        model.lines().addListener((obs, old, n) -> {
            lines.growTo(n.intValue());
            if (model.follow().get()) {
                list.scrollTo(Math.max(0, n.intValue() - 1));
            }
        });
        model.colours().addListener((obs, old, on) -> list.refresh());
        model.hit().addListener((obs, old, line) -> {
            if (line.intValue() >= 0) {
                model.follow().set(false);
                list.getSelectionModel().clearAndSelect(line.intValue());
                list.scrollTo(Math.max(0, line.intValue() - 3));
            }
        });

        BorderPane root = new BorderPane(list);
        root.setTop(toolbar());
        Label status = new Label();
        status.setId("log-status");
        status.textProperty().bind(model.status());
        Label search = new Label();
        search.setId("log-search-status");
        search.textProperty().bind(model.searchStatus());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(12, status, spacer, search);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        bottom.getStyleClass().add("status-bar");
        root.setBottom(bottom);
        Scene scene = new Scene(root, 1000, 640);
        scene.getStylesheets().add(Objects.requireNonNull(
                RunLogWindow.class.getResource("/dev/acrconsole/ui/console.css")).toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), () -> model.search(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), () -> model.search(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), this::copy);
        // Closes like every other window of its kind: Escape, or Ctrl+W.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        stage.setTitle(model.title());
        stage.setOnHidden(e -> model.close());
    }

    /** Opens the log of {@code run} in a new window. */
    public static RunLogWindow open(ViewContext view, Row run) {
        RunLogViewModel model = new RunLogViewModel(view.page(), run);
        RunLogWindow window = new RunLogWindow(model, view.window());
        window.stage.show();
        model.open();
        return window;
    }

    private HBox toolbar() {
        TextField query = new TextField();
        query.setId("log-search");
        query.setPromptText("Search");
        query.setAccessibleText("Search the log");
        query.setPrefColumnCount(24);
        query.textProperty().bindBidirectional(model.query());
        query.setOnAction(e -> model.search(true));
        Button previous = new Button("▲");
        previous.setId("log-previous");
        previous.setAccessibleText("Previous match");
        previous.setTooltip(new javafx.scene.control.Tooltip("Previous match (Shift+F3)"));
        previous.setOnAction(e -> model.search(false));
        Button next = new Button("▼");
        next.setId("log-next");
        next.setAccessibleText("Next match");
        next.setTooltip(new javafx.scene.control.Tooltip("Next match (Enter, F3)"));
        next.setOnAction(e -> model.search(true));
        CheckBox colours = new CheckBox("Colours");
        colours.setId("log-colours");
        colours.selectedProperty().bindBidirectional(model.colours());
        CheckBox follow = new CheckBox("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(model.follow());
        Button end = new Button("Jump to end");
        end.setId("log-end");
        end.setOnAction(e -> list.scrollTo(Math.max(0, lines.size() - 1)));
        Button copy = new Button("Copy");
        copy.setId("log-copy");
        copy.setOnAction(e -> copy());
        Button save = new Button("Save…");
        save.setId("log-save");
        save.setOnAction(e -> save());
        HBox bar = new HBox(8, query, previous, next, colours, follow, end, copy, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private void copy() {
        var selected = list.getSelectionModel().getSelectedIndices();
        if (selected.isEmpty()) {
            return;
        }
        int from = selected.stream().min(Integer::compare).orElseThrow();
        int to = selected.stream().max(Integer::compare).orElseThrow();
        Clipboards.put(model.text(from, to));
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(stage.getTitle().replaceAll("[^A-Za-z0-9-]+", "-") + ".log");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.saveTo(file.toPath());
        }
    }

    /** For tests and benchmarks: the window and its view model. */
    public Stage stage() {
        return stage;
    }

    public RunLogViewModel model() {
        return model;
    }

    /** One line: coloured segments, or plain text with the codes removed. */
    private final class LineCell extends ListCell<Integer> {
        private final TextFlow flow = new TextFlow();

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            String line = model.document().line(index);
            flow.getChildren().clear();
            if (model.colours().get()) {
                for (Ansi.Segment s : Ansi.parse(line)) {
                    Text t = new Text(s.text());
                    t.getStyleClass().add(s.color() == null ? "log-plain" : "log-" + s.color());
                    if (s.bold()) {
                        t.getStyleClass().add("log-bold");
                    }
                    flow.getChildren().add(t);
                }
            } else {
                Text t = new Text(Ansi.strip(line));
                t.getStyleClass().add("log-plain");
                flow.getChildren().add(t);
            }
            setGraphic(flow);
        }
    }
}
