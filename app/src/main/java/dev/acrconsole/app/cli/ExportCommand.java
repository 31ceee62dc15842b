package dev.acrconsole.app.cli;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.CacheExport;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.Snapshots;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code acr-console export}: the cached state as JSON or CSV on stdout, or a snapshot file; no window, no network.
 */
public final class ExportCommand {
    private ExportCommand() {}

    /** JSON on {@code out}, as before the export had options. */
    public static int run(Path dataDir, OutputStream out, PrintStream err) {
        return run(dataDir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json, null,
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of()), out, err);
    }

    /** Returns the process exit code; errors go to {@code err} as one clear line. */
    public static int run(Path dataDir, LaunchOptions.ExportOptions options, OutputStream out, PrintStream err) {
        return Headless.run("export", dataDir, err, db -> {
            if (options.snapshotFile() != null) {
                Snapshots.Info info = Snapshots.write(db, options.snapshotFile(), new Snapshots.Filter(
                        options.accounts(), options.subscriptions(), options.registries()), Instant.now());
                err.println("acr-console: snapshot of " + info.filter() + " written to " + options.snapshotFile()
                        + " (" + info.resources() + " resources)");
                return 0;
            }
            ResourceStore store = new ResourceStore(db);
            if (options.format() == LaunchOptions.ExportOptions.Format.csv) {
                CacheExport.writeCsv(store, out);
            } else {
                CacheExport.write(store, new OperationJournal(db), out);
            }
            out.flush();
            return 0;
        });
    }
}
