package dev.acrconsole.ui.runlogs;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runlogs.Ansi;
import dev.acrconsole.app.runlogs.LogDocument;
import dev.acrconsole.app.runlogs.LogSearch;
import dev.acrconsole.app.runlogs.RunLogs;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.cache.RunLogArchive;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One run's log: the document (bytes and line index, in app), how many lines it has so far (the view shows only those
 * on screen), whether it is still followed, search hits, colours on or off. Growth is reported to the FX thread at
 * most once per pulse, however fast the log comes.
 */
public final class RunLogViewModel implements AutoCloseable {
    private final PageContext context;
    private final Row run;
    private final LogDocument document = new LogDocument();
    private final ReadOnlyIntegerWrapper lines = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Opening…");
    private final ReadOnlyIntegerWrapper hit = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper("");
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty colours = new SimpleBooleanProperty(true);
    private final BooleanProperty follow = new SimpleBooleanProperty();
    private final AtomicBoolean growthPending = new AtomicBoolean();
    private final AtomicInteger searchGeneration = new AtomicInteger();
    private volatile boolean ended;
    private Matches matches; // FX thread
    private RunLogs.Session session;

    public RunLogViewModel(PageContext context, Row run) {
        this.context = context;
        this.run = run;
        follow.set(!run.details(RunDetails.class).terminal());
    }

    public String title() {
        RunDetails d = run.details(RunDetails.class);
        return "Run " + d.runId() + (d.task() == null ? "" : " — " + d.task());
    }

    public LogDocument document() {
        return document;
    }

    /** Starts reading (archive first, else ARM, following while the run writes). */
    public void open() {
        Session s = context.session(run.scope(), run.tenantId());
        RunLogs logs = new RunLogs(s == null ? null : s.arm(), new RunLogArchive(context.store()), context.background(),
                Clock.systemUTC());
        session = logs.open(run.resource(), document, new RunLogs.Listener() {
            @Override
            public void grew() {
                if (growthPending.compareAndSet(false, true)) {
                    context.fx().execute(() -> {
                        growthPending.set(false);
                        lines.set(document.lineCount());
                        if (!ended) {
                            status.set(String.format("%,d lines · %s", document.lineCount(),
                                    follow.get() ? "following the run…" : "reading…"));
                        }
                    });
                }
            }

            @Override
            public void ended(String note, String problem) {
                ended = true;
                context.fx().execute(() -> {
                    lines.set(document.lineCount());
                    status.set(problem != null ? problem : String.format("%,d lines · %s", document.lineCount(), note));
                });
            }
        });
    }

    public ReadOnlyIntegerWrapper lines() {
        return lines;
    }

    public ReadOnlyStringWrapper status() {
        return status;
    }

    public ReadOnlyIntegerWrapper hit() {
        return hit;
    }

    public ReadOnlyStringWrapper searchStatus() {
        return searchStatus;
    }

    public StringProperty query() {
        return query;
    }

    public BooleanProperty colours() {
        return colours;
    }

    public BooleanProperty follow() {
        return follow;
    }

    /**
     * Finds the next (or previous) line with the query after the current hit, wrapping around at the end (start), and
     * says which of how many matching lines it is; a newer search calls off an older one. The matching lines are found
     * once per query and length of the log.
     */
    public CompletableFuture<Integer> search(boolean forward) {
        String q = query.get();
        int current = hit.get();
        int lineCount = document.lineCount();
        int generation = searchGeneration.incrementAndGet();
        searchStatus.set("Searching…");
        Matches known = matches;
        return context.background()
                .submit(() -> known != null && known.query().equals(q) && known.lineCount() == lineCount ? known
                        : new Matches(q, lineCount, LogSearch.lines(document, q, () -> searchGeneration.get() != generation)))
                .thenApplyAsync(found -> {
                    if (searchGeneration.get() != generation || found.lines() == null) {
                        return -1;
                    }
                    matches = found;
                    int[] all = found.lines();
                    if (all.length == 0) {
                        searchStatus.set(q.isEmpty() ? "" : "No matches");
                        return -1;
                    }
                    int at = java.util.Arrays.binarySearch(all, current);
                    int next = forward ? (at >= 0 ? at + 1 : -at - 1) : (at >= 0 ? at - 1 : -at - 2);
                    boolean wrapped = current >= 0 && (next >= all.length || next < 0);
                    next = Math.floorMod(next, all.length);
                    hit.set(all[next]);
                    searchStatus.set("Line " + String.format("%,d", all[next] + 1) + " · match " + (next + 1) + " of "
                            + String.format("%,d", all.length) + (wrapped ? forward ? " (from the top)" : " (from the end)" : ""));
                    return all[next];
                }, context.fx());
    }

    /** The lines matching {@code query} when the log had {@code lineCount} lines. */
    private record Matches(String query, int lineCount, int[] lines) {}

    /** The text of lines {@code from..to} (ANSI codes removed), for the clipboard. */
    public String text(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = Math.max(0, from); i <= to && i < document.lineCount(); i++) {
            out.append(dev.acrconsole.app.runlogs.Ansi.strip(document.line(i))).append('\n');
        }
        return out.toString();
    }

    /** Writes the log as it was sent (colour codes kept) to {@code file}, in the background. */
    public CompletableFuture<Void> saveTo(Path file) {
        return context.background().run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                document.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
        searchGeneration.incrementAndGet();
    }
}
