package dev.acrconsole.ui.connectedregistries;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A token that may be ticked as one of a connected registry's client tokens. */
public final class TokenChoice {
    private final String id;
    private final String name;
    private final String status;
    private final BooleanProperty chosen = new SimpleBooleanProperty();

    public TokenChoice(String id, String name, String status, boolean chosen) {
        this.id = id;
        this.name = name;
        this.status = status;
        this.chosen.set(chosen);
    }

    public String id() {
        return id;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return name + (status == null || status.equals("enabled") ? "" : " (" + status + ")");
    }
}
