package dev.acrconsole.app.runlogs;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.RunLogArchive;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens a run's log into a {@link LogDocument}: from the archive in the data dir when it is there (offline too);
 * otherwise through Runs_GetLogSasUrl and ranged reads, following it while the run writes it, and archiving it once
 * complete. The SAS URL lives only in this object's memory while it reads: never in the cache, a file name, or a log.
 */
public final class RunLogs {
    /** How opening a log goes, told from a background thread. */
    public interface Listener {
        /** More lines are in the document. */
        void grew();

        /** It will not grow any more: complete (archived), or why not ({@code problem} not null). */
        void ended(String note, String problem);
    }

    /** An open log; {@link #close()} stops following it. */
    public interface Session extends AutoCloseable {
        @Override
        void close();
    }

    /** Bytes read from an archived file before the first lines are shown: the first screen does not wait for the rest. */
    static final int FIRST_READ = 256 << 10;
    private static final int READ = 256 << 10;

    private final ArmClients arm;
    private final RunLogArchive archive;
    private final Background background;
    private final Clock clock;
    private final LogTail.Sleeper sleeper;

    /** {@code arm} is null offline: then only archived logs open. */
    public RunLogs(ArmClients arm, RunLogArchive archive, Background background, Clock clock) {
        this(arm, archive, background, clock, d -> Thread.sleep(d.toMillis()));
    }

    RunLogs(ArmClients arm, RunLogArchive archive, Background background, Clock clock, LogTail.Sleeper sleeper) {
        this.arm = arm;
        this.archive = archive;
        this.background = background;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public Session open(CachedResource run, LogDocument doc, Listener listener) {
        AtomicBoolean stop = new AtomicBoolean();
        background.run(() -> {
            try {
                var archived = archive.find(run.scope(), run.id());
                if (archived.isPresent()) {
                    load(archived.get().file(), doc, listener, stop);
                    doc.markComplete();
                    listener.ended("Archived " + dev.acrconsole.app.kind.Format.instant(archived.get().archivedAt()), null);
                } else if (arm == null) {
                    listener.ended(null, "Offline, and this run's log was not archived: open it once while connected.");
                } else {
                    tail(run, doc, listener, stop);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                listener.ended(null, "Could not read the log: " + ArmErrors.describe(e));
            }
        });
        return () -> stop.set(true);
    }

    /** Reads a file into the document, telling the viewer after the first part so it can show the top at once. */
    static void load(Path file, LogDocument doc, Listener listener, AtomicBoolean stop) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] first = in.readNBytes(FIRST_READ);
            doc.append(first);
            listener.grew();
            byte[] buffer = new byte[READ];
            int n;
            while (!stop.get() && (n = in.readNBytes(buffer, 0, READ)) > 0) {
                doc.append(buffer, 0, n);
                listener.grew();
            }
        }
    }

    private void tail(CachedResource run, LogDocument doc, Listener listener, AtomicBoolean stop) throws Exception {
        Path part = archive.partFile(run.scope(), run.id());
        Files.createDirectories(part.getParent());
        boolean complete;
        try (OutputStream out = Files.newOutputStream(part)) {
            LogTail tail = new LogTail(new BlobReads(arm.blobHttp()), sleeper, new Random());
            complete = tail.follow(() -> link(run), 0, data -> {
                out.write(data);
                out.flush();
                doc.append(data);
                listener.grew();
            }, stop::get);
        }
        if (!complete) {
            Files.deleteIfExists(part);
            return;
        }
        doc.markComplete();
        archive.archive(run.scope(), run.id(), part, clock.instant());
        listener.ended("Complete; archived for offline reading", null);
    }

    /** Runs_GetLogSasUrl through the SDK's RunsClient. */
    private URI link(CachedResource run) {
        String registry = ArmIds.segment(run.id(), "registries");
        String link = arm.registries(run.subscriptionId()).serviceClient().getRuns()
                .getLogSasUrl(run.resourceGroup(), registry, run.name()).logLink();
        if (link == null) {
            throw new IllegalStateException("ARM gave no log link for run " + run.name());
        }
        return URI.create(link);
    }
}
