package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

/**
 * View JSON: a resource's cached ARM JSON (the cache never holds its secrets), indented, read-only, searchable (Enter
 * or Find next walks the matches, wrapping around, with their count), with Copy; Escape or Ctrl+W closes it.
 */
public final class JsonWindow {
    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();
    private final TextField find = new TextField();
    private final Label matches = new Label();
    private final TextSearch search;

    /** Opens the window on {@code row}'s JSON, indented off the FX thread. */
    public static java.util.concurrent.CompletableFuture<Void> open(ViewContext view, Row row) {
        return view.page().background().submit(() -> Json.pretty(row.resource()))
                .thenAcceptAsync(json -> new JsonWindow(view, row, json).show(), view.page().fx());
    }

    private JsonWindow(ViewContext view, Row row, String json) {
        search = new TextSearch(json);
        text.setText(json);
        text.setEditable(false);
        text.setId("json-text");
        text.getStyleClass().add("json-text");
        text.setStyle("-fx-font-family: monospace;");
        text.setAccessibleText("JSON of " + row.name());
        find.setId("json-find");
        find.setPromptText("Find");
        find.setAccessibleText("Find in the JSON");
        HBox.setHgrow(find, Priority.ALWAYS);
        find.textProperty().addListener((obs, was, now) -> {
            search.search(now);
            matches.setText(search.status());
        });
        find.setOnAction(e -> findNext());
        Button next = new Button("Find _next");
        next.setId("json-find-next");
        next.setOnAction(e -> findNext());
        matches.setId("json-matches");
        matches.setMinWidth(90);
        Button copy = new Button("_Copy all");
        copy.setId("json-copy");
        copy.setOnAction(e -> Clipboards.put(text.getSelectedText().isEmpty() ? json : text.getSelectedText()));
        Button close = new Button("Close");
        close.setId("json-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(8, find, next, matches, copy, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(text);
        root.setTop(bar);
        root.setId("json-window");
        Scene scene = new Scene(root, 720, 560);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), this::findNext);
        if (view.window() != null) {
            stage.initOwner(view.window());
            scene.getStylesheets().addAll(view.window().getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle("JSON — " + row.name());
    }

    private void show() {
        stage.show();
        find.requestFocus();
    }

    private void findNext() {
        int at = search.next();
        matches.setText(search.status());
        if (at >= 0) {
            text.selectRange(at, at + search.queryLength());
        }
    }
}
