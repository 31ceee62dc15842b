package dev.acrconsole.app.forms;

/** A request was built from input that fails its form's checks: a programming error, since dialogs check first. */
public final class InvalidInputException extends IllegalArgumentException {
    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super("Invalid input: " + errors);
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
