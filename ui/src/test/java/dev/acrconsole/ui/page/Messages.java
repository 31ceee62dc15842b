package dev.acrconsole.ui.page;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The messages under a form's fields, as its dialog shows them: each field's message is bound when the form opens (a
 * {@link FormModel#errorProperty} first asked for later starts empty until the form re-checks).
 */
public final class Messages {
    private final Map<String, ReadOnlyStringProperty> bound = new LinkedHashMap<>();

    private Messages(FormModel form, String... fields) {
        for (String field : fields) {
            bound.put(field, form.errorProperty(field));
        }
    }

    /** Binds the messages of {@code fields}, as the dialog does when it opens. */
    public static Messages of(FormModel form, String... fields) {
        return new Messages(form, fields);
    }

    /** The message under {@code field} now; empty when none shows. */
    public String of(String field) {
        ReadOnlyStringProperty p = bound.get(field);
        if (p == null) {
            throw new IllegalArgumentException(field + " is not one of the form's bound fields " + bound.keySet());
        }
        return p.get();
    }

    /** Every message showing now, by field. */
    public Map<String, String> showing() {
        Map<String, String> out = new LinkedHashMap<>();
        bound.forEach((field, p) -> {
            if (!p.get().isEmpty()) {
                out.put(field, p.get());
            }
        });
        return out;
    }
}
