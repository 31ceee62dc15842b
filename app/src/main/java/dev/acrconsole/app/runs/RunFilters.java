package dev.acrconsole.app.runs;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.cache.RunQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs table's criteria as ACR's {@code $filter} (seed 004: OData comparisons joined by {@code and}/{@code or};
 * the field names {@code az acr task list-runs} uses): e.g.
 * {@code TaskName eq 'build' and (Status eq 'Failed' or Status eq 'Error') and CreateTime ge 2025-08-01T00:00:00Z}.
 */
public final class RunFilters {
    public static final String TOP = "top";
    public static final String RANGE = "range";
    public static final int MAX_TOP = 1000;

    private RunFilters() {}

    /** The {@code $filter} for {@code q}, or null when nothing is filtered. */
    public static String odata(RunQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.task() != null && !q.task().isBlank()) {
            parts.add("TaskName eq " + quoted(q.task()));
        }
        List<String> statuses = q.statuses().stream().sorted().map(s -> "Status eq " + quoted(s)).toList();
        if (statuses.size() == 1) {
            parts.add(statuses.getFirst());
        } else if (!statuses.isEmpty()) {
            parts.add("(" + String.join(" or ", statuses) + ")");
        }
        if (q.runType() != null && !q.runType().isBlank()) {
            parts.add("RunType eq " + quoted(q.runType()));
        }
        if (q.from() != null) {
            parts.add("CreateTime ge " + q.from().truncatedTo(ChronoUnit.SECONDS));
        }
        if (q.to() != null) {
            parts.add("CreateTime lt " + q.to().truncatedTo(ChronoUnit.SECONDS));
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** OData strings are single-quoted; a quote inside is doubled. */
    static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The table's own checks: a range that ends before it starts, and $top out of what ACR takes. */
    public static FieldErrors validate(Instant from, Instant to, String top) {
        FieldErrors e = new FieldErrors();
        e.check(from != null && to != null && !to.isAfter(from), RANGE, "The end of the range must come after its start.");
        Integer n = top(top);
        e.check(n == null || n < 1 || n > MAX_TOP, TOP, "Show from 1 to " + MAX_TOP + " runs (ACR's $top).");
        return e;
    }

    public static Integer top(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null; // not a number: validate() says so beside the field
        }
    }
}
