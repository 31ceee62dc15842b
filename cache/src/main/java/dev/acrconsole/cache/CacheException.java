package dev.acrconsole.cache;

/** A cache failure with a message fit to show a user (what, where, and what to do). */
public class CacheException extends RuntimeException {
    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    public CacheException(String message) {
        super(message);
    }
}
