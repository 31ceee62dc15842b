package dev.acrconsole.app.tokens;

/**
 * A password or connection string on its way to the screen, once. Its {@code toString} hides the value, so a log line
 * or an exception message that includes it by accident shows nothing; only {@link #reveal} gives it.
 */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = value;
    }

    /** The value, to show or copy. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "(secret)";
    }
}
