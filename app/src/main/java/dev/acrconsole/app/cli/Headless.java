package dev.acrconsole.app.cli;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheException;
import dev.acrconsole.cache.CacheRecovery;
import dev.acrconsole.cache.DataDirLock;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** The frame of a headless command over the cache: it must exist, and any failure is one clear line and exit 1. */
final class Headless {
    interface Work {
        int run(CacheDatabase db) throws Exception;
    }

    private Headless() {}

    /**
     * Headless, nobody is there to ask: the damaged cache is moved aside for a fresh one, unless a window has the data
     * dir open (moving the file from under it would lose what it writes next): that window offers it instead.
     */
    private static String moveAside(Path dataDir) {
        try {
            Optional<DataDirLock> lock = DataDirLock.tryAcquire(dataDir);
            if (lock.isEmpty()) {
                return "The window open on it (" + DataDirLock.holder(dataDir) + ") offers to move it aside.";
            }
            try (DataDirLock held = lock.get()) {
                return CacheRecovery.moveAside(dataDir.resolve(CacheDatabase.FILE_NAME), Kinds.CATALOG.cachePolicy(),
                        Instant.now()).describe();
            }
        } catch (CacheException e) {
            return e.getMessage();
        }
    }

    static int run(String command, Path dataDir, PrintStream err, Work work) {
        // A data dir that is a file, or a cache.db that is a folder, is not "no cache": the open below says what it is.
        if (!Files.exists(dataDir.resolve(CacheDatabase.FILE_NAME)) && !Files.isRegularFile(dataDir)) {
            err.println("acr-console: no cache in " + dataDir + " (run the console once, e.g. with --sandbox, to fill it)");
            return 1;
        }
        try (CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            return work.run(db);
        } catch (CacheDamagedException e) {
            // Whatever was printed is cut short and the exit code says it failed; the damage is dealt with here and now.
            err.println("acr-console: " + command + " failed: " + e.getMessage() + " " + moveAside(dataDir));
            return 1;
        } catch (CacheException e) {
            err.println("acr-console: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("acr-console: " + command + " failed: " + e.getMessage());
            return 1;
        }
    }
}
