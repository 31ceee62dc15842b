package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.forms.CronSchedule;
import dev.acrconsole.app.forms.FieldErrors;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When a connected registry syncs with its parent, with ARM's ranges: a cron schedule; a sync window of 3 hours to 7
 * days, needed whenever the schedule is not continuous; messages kept 1 to 90 days. Durations are ISO-8601.
 */
public record SyncSettings(String schedule, String syncWindow, String messageTtl) {
    public static final String SCHEDULE = "schedule";
    public static final String WINDOW = "syncWindow";
    public static final String TTL = "messageTtl";
    public static final Duration MIN_WINDOW = Duration.ofHours(3);
    public static final Duration MAX_WINDOW = Duration.ofDays(7);
    public static final Duration MIN_TTL = Duration.ofDays(1);
    public static final Duration MAX_TTL = Duration.ofDays(90);
    private static final String DURATION_HELP = "an ISO-8601 duration in days and hours, e.g. PT3H, P2D or P1DT12H";

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String cron = CronSchedule.problem(schedule);
        errors.check(cron != null, SCHEDULE, cron);
        if (blank(syncWindow)) {
            errors.check(cron == null && !continuous(), WINDOW, "A sync window is needed when the schedule is not "
                    + "continuous (* * * * *): how long each sync may run, from PT3H (3 hours) to P7D (7 days).");
        } else {
            String w = rangeProblem(syncWindow, MIN_WINDOW, MAX_WINDOW, "PT3H (3 hours) to P7D (7 days)");
            errors.check(w != null, WINDOW, w);
        }
        String t = blank(messageTtl) ? "Enter how long sync messages are kept: P1D (1 day) to P90D (90 days)."
                : rangeProblem(messageTtl, MIN_TTL, MAX_TTL, "P1D (1 day) to P90D (90 days)");
        errors.check(t != null, TTL, t);
        return errors;
    }

    public boolean continuous() {
        return CronSchedule.continuous(schedule);
    }

    /** The window as the SDK takes it; null when none was given. Call on valid settings. */
    public Duration window() {
        return blank(syncWindow) ? null : parse(syncWindow);
    }

    public Duration ttl() {
        return parse(messageTtl);
    }

    /** Null when {@code text} is a duration within [min, max], else what is allowed. */
    static String rangeProblem(String text, Duration min, Duration max, String range) {
        Duration d;
        try {
            d = parse(text);
        } catch (DateTimeParseException e) {
            return "'" + text.strip() + "' is not " + DURATION_HELP + ". Allowed: " + range + ".";
        }
        return d.compareTo(min) < 0 || d.compareTo(max) > 0
                ? "'" + text.strip() + "' is out of range: use " + range + "." : null;
    }

    private static Duration parse(String text) {
        return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
