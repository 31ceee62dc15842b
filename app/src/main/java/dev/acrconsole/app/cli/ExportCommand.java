package dev.acrconsole.app.cli;

import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheException;
import dev.acrconsole.cache.CacheExport;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code acr-console export}: the cached state as JSON on stdout, with no window and no network. */
public final class ExportCommand {
    private ExportCommand() {}

    /** Returns the process exit code; errors go to {@code err} as one clear line. */
    public static int run(Path dataDir, OutputStream out, PrintStream err) {
        if (!Files.isRegularFile(dataDir.resolve(CacheDatabase.FILE_NAME))) {
            err.println("acr-console: no cache in " + dataDir + " (run the console once, e.g. with --sandbox, to fill it)");
            return 1;
        }
        try (CacheDatabase db = CacheDatabase.open(dataDir)) {
            CacheExport.write(new ResourceStore(db), new OperationJournal(db), out);
            out.flush();
            return 0;
        } catch (CacheException e) {
            err.println("acr-console: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("acr-console: export failed: " + e.getMessage());
            return 1;
        }
    }
}
