package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.forms.CronSchedule;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Text the sync forms share: the next times a schedule syncs, and lists typed one item a line (or comma-separated). */
public final class SyncText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

    private SyncText() {}

    /** "Syncs continuously", "Next syncs (UTC): ...", or empty while the schedule is not valid (its error shows). */
    public static String nextRuns(String schedule) {
        if (CronSchedule.problem(schedule) != null) {
            return "";
        }
        if (CronSchedule.continuous(schedule)) {
            return "Syncs continuously (no window needed).";
        }
        return "Next syncs (UTC): " + CronSchedule.next(schedule, ZonedDateTime.now(ZoneOffset.UTC), 3).stream()
                .map(WHEN::format).collect(Collectors.joining(", "));
    }

    public static List<String> items(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
