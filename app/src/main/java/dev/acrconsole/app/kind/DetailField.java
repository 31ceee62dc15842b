package dev.acrconsole.app.kind;

/**
 * One labelled value in a detail pane; {@code value} is already formatted for display. A {@code copyable} value (a pull
 * reference) is offered for copying, exactly as shown.
 */
public record DetailField(String label, String value, boolean copyable) {
    public DetailField(String label, String value) {
        this(label, value, false);
    }

    /** A value people paste elsewhere (a pull reference, a digest): the pane gives it a copy button. */
    public static DetailField copyable(String label, String value) {
        return new DetailField(label, value, true);
    }
}
