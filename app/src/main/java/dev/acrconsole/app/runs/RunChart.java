package dev.acrconsole.app.runs;

import dev.acrconsole.app.kind.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's recent runs for its chart: each finished run's duration and outcome, oldest first, and the share that
 * succeeded. Made from cached runs, so it needs no ARM call and works offline.
 */
public record RunChart(List<Bar> bars, int succeeded, int finished) {
    /** One run: its id, how long it ran, how it ended. */
    public record Bar(String runId, long seconds, String status) {}

    /** From runs newest first (as the cache pages them); unfinished ones are left out. */
    public static RunChart of(List<Row> newestFirst) {
        List<Bar> bars = new ArrayList<>();
        int ok = 0;
        for (Row r : newestFirst.reversed()) {
            RunDetails d = r.details(RunDetails.class);
            if (!d.terminal() || d.started() == null || d.finished() == null) {
                continue;
            }
            bars.add(new Bar(d.runId(), Math.max(0, d.duration(d.finished()).toSeconds()), d.status()));
            ok += "Succeeded".equals(d.status()) ? 1 : 0;
        }
        return new RunChart(bars, ok, bars.size());
    }

    /** e.g. "86 % of the last 30 runs succeeded"; null when none finished. */
    public String summary() {
        if (finished == 0) {
            return "No finished runs cached for this task.";
        }
        return Math.round(100.0 * succeeded / finished) + " % of the last " + finished + " finished runs succeeded";
    }
}
