package dev.acrconsole.ui.main;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A notice that appears over the bottom-right of the window for a few seconds. Drawn inside the window, not as a
 * popup: popups of their own (ControlsFX notifications) crashed the JVM in GTK when the app exited while one showed.
 */
final class Toast {
    private static final Duration SHOWN = Duration.seconds(6);

    private final Label label = new Label();
    private final SequentialTransition fade;

    Toast(StackPane layer) {
        label.setId("toast");
        label.getStyleClass().add("toast");
        label.setWrapText(true);
        label.setMaxWidth(520);
        label.setVisible(false);
        label.setMouseTransparent(true);
        StackPane.setAlignment(label, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(label, new javafx.geometry.Insets(0, 16, 16, 0));
        layer.getChildren().add(label);
        FadeTransition out = new FadeTransition(Duration.millis(400), label);
        out.setFromValue(1);
        out.setToValue(0);
        fade = new SequentialTransition(new PauseTransition(SHOWN), out);
        fade.setOnFinished(e -> label.setVisible(false));
    }

    void show(String text) {
        fade.stop();
        label.setText(text);
        label.setOpacity(1);
        label.setVisible(true);
        fade.playFromStart();
    }
}
