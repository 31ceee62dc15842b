package dev.acrconsole.app.cli;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frame of a headless command over the cache: it must exist, and any failure is one clear line and exit 1. */
final class Headless {
    interface Work {
        int run(CacheDatabase db) throws Exception;
    }

    private Headless() {}

    static int run(String command, Path dataDir, PrintStream err, Work work) {
        // A data dir that is a file, or a cache.db that is a folder, is not "no cache": the open below says what it is.
        if (!Files.exists(dataDir.resolve(CacheDatabase.FILE_NAME)) && !Files.isRegularFile(dataDir)) {
            err.println("acr-console: no cache in " + dataDir + " (run the console once, e.g. with --sandbox, to fill it)");
            return 1;
        }
        try (CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            return work.run(db);
        } catch (CacheException e) {
            err.println("acr-console: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("acr-console: " + command + " failed: " + e.getMessage());
            return 1;
        }
    }
}
