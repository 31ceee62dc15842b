package dev.acrconsole.ui.fx;

import dev.acrconsole.app.forms.Typed;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.converter.DefaultStringConverter;

/**
 * A whole number from {@code min} to {@code max}, typed or stepped with the arrows. Its value is the text as typed (the
 * view model's, read with {@link Typed#wholeNumber}), so nothing typed is lost: an {@code Integer} spinner puts back
 * its last number over a text it cannot read, and moves one out of range to its bound, without a word (ADR 0016).
 * The arrows step from the number typed; on a text that is not one they do nothing.
 */
public final class NumberField extends Spinner<String> {
    public NumberField(StringProperty typed, int min, int max) {
        setEditable(true);
        setValueFactory(new SpinnerValueFactory<>() {
            {
                setConverter(new DefaultStringConverter());
            }

            @Override
            public void decrement(int steps) {
                step(typed, -steps, min, max);
            }

            @Override
            public void increment(int steps) {
                step(typed, steps, min, max);
            }
        });
        getValueFactory().setValue(typed.get());
        getEditor().textProperty().bindBidirectional(typed);
        getValueFactory().valueProperty().bindBidirectional(typed);
    }

    private static void step(StringProperty typed, int steps, int min, int max) {
        Typed<Integer> n = Typed.wholeNumber(typed.get(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (n.ok()) {
            typed.set(Integer.toString((int) Math.max(min, Math.min(max, (long) n.value() + steps))));
        }
    }
}
