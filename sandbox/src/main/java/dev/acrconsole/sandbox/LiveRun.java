package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.TasksData.SampleRun;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A run that moves on with the clock: Queued until {@code startAt}, Started until {@code runningAt}, Running until
 * {@code endAt}, then its outcome (or Canceled from the moment it is canceled). Its log grows a line every
 * {@code interval} while it runs and is complete once the run has ended. Nothing runs in the background: the state is
 * worked out from the time whenever someone asks, so its times are all a state file needs to keep of it.
 */
final class LiveRun implements LogBlob {

    private final SampleRun template;
    private final Instant startAt;
    private final Instant runningAt;
    private final Instant endAt;
    private final String outcome;
    private final Duration interval;
    private final Random random;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final Clock clock;
    private long linesWritten;
    private long totalLines;
    private Instant canceledAt;
    private boolean ended;
    private boolean archived;

    LiveRun(SampleRun template, Instant startAt, Instant runningAt, Instant endAt, String outcome, Duration interval,
            Clock clock, boolean archived) {
        this.template = template;
        this.startAt = startAt;
        this.runningAt = runningAt;
        this.endAt = endAt;
        this.outcome = outcome;
        this.interval = interval.isZero() ? Duration.ofMillis(1) : interval;
        this.clock = clock;
        this.archived = archived;
        this.random = new Random(template.runId().hashCode());
        this.totalLines = Math.max(2, Duration.between(startAt, endAt).toNanos() / this.interval.toNanos());
    }

    /** What a state file keeps: the run's template and times (its log is generated again from them). */
    synchronized ObjectNode save() {
        ObjectNode o = ArmJson.MAPPER.createObjectNode();
        SampleRun t = template;
        o.putObject("template").put("registryId", t.registryId()).put("runId", t.runId()).put("task", t.task())
                .put("status", t.status()).put("runType", t.runType()).put("created", text(t.created()))
                .put("started", text(t.started())).put("finished", text(t.finished())).put("outputImage", t.outputImage())
                .put("trigger", t.trigger()).put("agentPool", t.agentPool()).put("logLines", t.logLines())
                .put("error", t.error());
        o.put("startAt", startAt.toString()).put("runningAt", runningAt.toString()).put("endAt", endAt.toString())
                .put("outcome", outcome).put("intervalNanos", interval.toNanos()).put("canceledAt", text(canceledAt))
                .put("archived", archived);
        return o;
    }

    /** A run {@link #save} kept; it goes on from where its times say it is now. */
    static LiveRun restore(JsonNode o, Clock clock) {
        JsonNode t = Kept.object(o, "template");
        SampleRun template = new SampleRun(Kept.text(t, "registryId"), Kept.text(t, "runId"), Kept.optionalText(t, "task"),
                Kept.text(t, "status"), Kept.optionalText(t, "runType"), Kept.instant(t, "created"),
                Kept.instant(t, "started"), Kept.instant(t, "finished"), Kept.optionalText(t, "outputImage"),
                Kept.optionalText(t, "trigger"), Kept.optionalText(t, "agentPool"), (int) Kept.number(t, "logLines"),
                Kept.optionalText(t, "error"));
        LiveRun run = new LiveRun(template, Kept.instant(o, "startAt"), Kept.instant(o, "runningAt"),
                Kept.instant(o, "endAt"), Kept.text(o, "outcome"), Duration.ofNanos(Kept.number(o, "intervalNanos")),
                clock, o.path("archived").asBoolean(true));
        run.canceledAt = Kept.instant(o, "canceledAt");
        return run;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    String runId() {
        return template.runId();
    }

    String registryId() {
        return template.registryId();
    }

    synchronized String status() {
        Instant now = clock.instant();
        if (canceledAt != null) {
            return "Canceled";
        }
        if (now.isBefore(startAt)) {
            return "Queued";
        }
        if (now.isBefore(runningAt)) {
            return "Started";
        }
        return now.isBefore(endAt) ? "Running" : outcome;
    }

    synchronized boolean finished() {
        String s = status();
        return !s.equals("Queued") && !s.equals("Started") && !s.equals("Running");
    }

    /** Stops it now; false if it had already ended. */
    synchronized boolean cancel() {
        if (finished()) {
            return false;
        }
        catchUp();
        canceledAt = clock.instant();
        return true;
    }

    synchronized void archive(boolean enabled) {
        archived = enabled;
    }

    /** The run's JSON as it is now. */
    synchronized ObjectNode json() {
        Instant now = clock.instant();
        String status = status();
        Instant started = now.isBefore(startAt) ? null : startAt;
        Instant finished = canceledAt != null ? canceledAt : now.isBefore(endAt) ? null : endAt;
        boolean ok = status.equals("Succeeded");
        SampleRun r = template;
        SampleRun state = new SampleRun(r.registryId(), r.runId(), r.task(), status, r.runType(), r.created(), started,
                finished, ok ? r.outputImage() : null, r.trigger(), r.agentPool(), 0,
                status.equals("Failed") ? "The build step failed: exit status 1 (the sandbox fails runs of images named 'fail…')" : null);
        Instant updated = finished != null ? finished : started != null ? started : r.created();
        return TasksJson.run(state, archived, updated);
    }

    @Override
    public synchronized long length() {
        catchUp();
        return log.size();
    }

    @Override
    public synchronized boolean complete() {
        catchUp();
        return ended;
    }

    @Override
    public synchronized byte[] read(long from, long to) {
        catchUp();
        byte[] all = log.toByteArray();
        byte[] out = new byte[(int) (to - from)];
        System.arraycopy(all, (int) from, out, 0, out.length);
        return out;
    }

    /** Writes the lines whose time has come (each stamped with that time), and the last line once it ended. */
    private void catchUp() {
        if (ended) {
            return;
        }
        Instant now = clock.instant();
        Instant stop = canceledAt != null ? canceledAt : endAt;
        Instant until = now.isBefore(stop) ? now : stop;
        while (linesWritten < totalLines - 1) {
            Instant at = startAt.plus(interval.multipliedBy(linesWritten));
            if (at.isAfter(until)) {
                break;
            }
            write(LogLines.line(random, linesWritten, totalLines, at, runId()));
            linesWritten++;
        }
        if (!now.isBefore(stop)) {
            String end = status();
            write(end.equals("Succeeded") ? LogLines.line(random, totalLines - 1, totalLines, stop, runId())
                    : LogLines.failure(stop, runId(), end));
            ended = true;
        }
    }

    private void write(String line) {
        log.writeBytes(line.getBytes(StandardCharsets.UTF_8));
    }
}
