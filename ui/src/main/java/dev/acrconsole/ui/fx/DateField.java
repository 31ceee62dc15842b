package dev.acrconsole.ui.fx;

import dev.acrconsole.app.forms.Typed;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A day, typed as year-month-day or picked from a calendar. The text is the view model's, as typed: the view model
 * reads it ({@link Typed#day}) and says under the field what is wrong. A {@link DatePicker} alone does not do: when it
 * loses focus it replaces a text its converter cannot read with the day it had, or clears it (ADR 0016). Here the
 * picker is only the calendar button; a day picked is written into the text.
 */
public final class DateField extends Control {
    private final TextField text = new TextField();
    private final DatePicker picker = new DatePicker();
    private final HBox box = new HBox(4, text, picker);

    public DateField(StringProperty typed) {
        text.textProperty().bindBidirectional(typed);
        text.setPromptText("YYYY-MM-DD");
        text.setPrefColumnCount(9);
        HBox.setHgrow(text, Priority.ALWAYS);
        picker.setEditable(false);
        picker.getEditor().setVisible(false); // its own text would say the day again, or an older one
        picker.setPrefWidth(30);
        picker.setMinWidth(30);
        picker.setFocusTraversable(false);
        picker.setAccessibleText("Pick a day");
        // The calendar opens at the day typed, when it reads as one.
        picker.setOnShowing(e -> picker.setValue(Typed.day(text.getText()).value()));
        picker.valueProperty().addListener((obs, old, day) -> {
            if (day != null && !Objects.equals(day, Typed.day(text.getText()).value())) {
                text.setText(day.toString()); // ISO: year-month-day
            }
        });
        setFocusTraversable(false);
        accessibleTextProperty().addListener((obs, old, now) -> text.setAccessibleText(now));
    }

    /** Where the day is typed. */
    public TextField text() {
        return text;
    }

    /** Picks {@code day} as the calendar does. */
    public void pick(LocalDate day) {
        picker.setValue(day);
    }

    public void setPromptText(String prompt) {
        text.setPromptText(prompt);
    }

    @Override
    public void requestFocus() {
        text.requestFocus(); // a label's mnemonic lands where the day is typed
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SkinBase<>(this) {
            {
                getChildren().add(box);
            }
        };
    }
}
