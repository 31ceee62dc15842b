package dev.acrconsole.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tab leaves a multi-line field (Shift+Tab goes back); Ctrl+Tab types a tab in it. Real toolkit (Monocle, headless). */
class MultiLineFieldsTest extends FxRobot {
    private final TextField before = new TextField();
    private final TextArea area = new TextArea();
    private final TextField after = new TextField();

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void tabMovesOnAndCtrlTabTypesATab() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new VBox(before, area, after), 300, 200);
            MultiLineFields.install(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.asyncFx(area::requestFocus).get(5, TimeUnit.SECONDS);
        write("one");
        push(KeyCode.CONTROL, KeyCode.TAB);
        write("two");
        assertThat(area.getText()).isEqualTo("one\ttwo");

        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(after.isFocused()).as("Tab leaves the field").isTrue();
        assertThat(area.getText()).isEqualTo("one\ttwo");

        WaitForAsyncUtils.asyncFx(area::requestFocus).get(5, TimeUnit.SECONDS);
        push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(before.isFocused()).as("Shift+Tab goes back").isTrue();
        assertThat(area.getText()).isEqualTo("one\ttwo");
    }
}
