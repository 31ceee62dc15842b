package dev.acrconsole.app.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is wrong with a form, field by field, in words that say what is allowed. A form with errors is never sent:
 * the dialog shows each message beside its field.
 */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    /** Adds {@code message} for {@code field} when {@code wrong} holds. */
    public FieldErrors check(boolean wrong, String field, String message) {
        return wrong ? add(field, message) : this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public Optional<String> of(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    public Map<String, String> all() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
