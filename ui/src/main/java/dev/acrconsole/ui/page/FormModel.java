package dev.acrconsole.ui.page;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The checking half of a form's view model. A field's message shows once the user has changed that field, and every
 * message shows once they press OK; a form with errors is never sent ({@link #check}).
 */
public abstract class FormModel {
    private final Map<String, ReadOnlyStringWrapper> shown = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private boolean attempted;
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper();

    /** The form's problems now, by field (the app layer's rules). */
    protected abstract FieldErrors validate();

    /** The message to show under {@code field}; empty when there is none (or none to show yet). */
    public ReadOnlyStringProperty errorProperty(String field) {
        // Asked for after the field changed (or after OK), it starts with what is wrong now, not empty.
        return shown.computeIfAbsent(field, f -> new ReadOnlyStringWrapper(
                attempted || touched.contains(f) ? validate().of(f).orElse("") : "")).getReadOnlyProperty();
    }

    /** Re-checks {@code field} whenever {@code value} changes. */
    protected void watch(ObservableValue<?> value, String field) {
        value.addListener((obs, old, now) -> {
            touched.add(field);
            refreshErrors();
        });
    }

    /** Shows every message; true when there are none and the form may be sent. */
    public boolean check() {
        attempted = true;
        refreshErrors();
        return validate().isEmpty();
    }

    /**
     * The {@code az} command equivalent to the form as filled in now (blanks as {@code <placeholders>}); null where az
     * has none. A form that has one says so here; it follows every watched field.
     */
    protected String azCommand() {
        return null;
    }

    /** {@link #azCommand()}, kept up to date as the form is filled in (the dialog's "Equivalent command"). */
    public ReadOnlyStringProperty commandProperty() {
        command.set(azCommand());
        return command.getReadOnlyProperty();
    }

    protected void refreshErrors() {
        command.set(azCommand());
        FieldErrors errors = validate();
        shown.forEach((field, text) -> text.set(attempted || touched.contains(field) ? errors.of(field).orElse("") : ""));
    }
}
