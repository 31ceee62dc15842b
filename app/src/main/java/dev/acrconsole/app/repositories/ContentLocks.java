package dev.acrconsole.app.repositories;

/** The body of an attribute PATCH that locks or unlocks something in a registry: no delete and no write, or both back. */
public final class ContentLocks {
    private ContentLocks() {}

    public static String body(boolean lock) {
        return "{\"deleteEnabled\":" + !lock + ",\"writeEnabled\":" + !lock + "}";
    }
}
