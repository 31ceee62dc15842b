package dev.acrconsole.app.cli;

/** The command line was wrong; the message says how. Callers print it with the usage, exit 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
