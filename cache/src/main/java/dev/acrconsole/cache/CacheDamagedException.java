package dev.acrconsole.cache;

import java.nio.file.Path;

/**
 * The cache file cannot be read as SQLite (SQLITE_CORRUPT, SQLITE_NOTADB): a damaged page, or not a database at all.
 * What to do is the caller's to say (offer the move aside, or do it: {@link CacheRecovery}).
 */
public final class CacheDamagedException extends CacheException {
    private final Path file;
    private final String reason;

    public CacheDamagedException(Path file, String reason, Throwable cause) {
        super("The cache file " + file + " is damaged (" + reason + "): what it holds cannot all be read.", cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** SQLite's words, e.g. "database disk image is malformed". */
    public String reason() {
        return reason;
    }
}
