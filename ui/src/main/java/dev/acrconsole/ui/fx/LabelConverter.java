package dev.acrconsole.ui.fx;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choices (enum values) in a combo box by their label; the box is not editable, so nothing is parsed back. */
public final class LabelConverter<T> extends StringConverter<T> {
    private final Function<T, String> label;

    private LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    public static <T> LabelConverter<T> of(Function<T, String> label) {
        return new LabelConverter<>(label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String text) {
        return null;
    }
}
