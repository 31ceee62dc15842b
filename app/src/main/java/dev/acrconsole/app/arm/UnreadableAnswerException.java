package dev.acrconsole.app.arm;

/** ARM answered, but with a body that is not JSON (cut off, or not ARM's at all): nothing of it can be trusted. */
public final class UnreadableAnswerException extends RuntimeException {
    UnreadableAnswerException(int status, Exception cause) {
        super("ARM answered HTTP " + status + " with a body that is not JSON ("
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + ")", cause);
    }
}
