package dev.acrconsole.ui.guard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The typed-name confirmation of a destructive action on production: it may go only once the exact name is typed
 * (ARM names are case-insensitive, but the user types what is shown). Plain Java.
 */
public final class TypedNameViewModel {
    private final String name;
    private final String action;
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanBinding matches;

    public TypedNameViewModel(String name, String action) {
        this.name = name;
        this.action = action;
        this.matches = Bindings.createBooleanBinding(() -> name.equals(typed.get() == null ? "" : typed.get().strip()), typed);
    }

    public String name() {
        return name;
    }

    public String header() {
        return action + " — in production";
    }

    public String text() {
        return name + " is marked Production. Type its name to go ahead; nothing is sent until it matches.";
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** True when the typed text is the name: the confirm button is enabled only then. */
    public BooleanBinding matchesProperty() {
        return matches;
    }
}
