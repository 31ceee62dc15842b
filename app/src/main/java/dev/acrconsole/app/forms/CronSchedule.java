package dev.acrconsole.app.forms;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week, in UTC) as ARM takes it for a connected
 * registry's sync schedule and a task's timer trigger, checked with cron-utils' Unix definition; for a sync schedule
 * {@code * * * * *} means continuously.
 */
public final class CronSchedule {
    public static final String CONTINUOUS = "* * * * *";
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final String HELP = "Use five fields: minute hour day-of-month month day-of-week (UTC), "
            + "e.g. 0 9 * * * for 09:00 every day.";

    private CronSchedule() {}

    /** Null when {@code expression} is a schedule ARM accepts, else what is wrong and what is allowed. */
    public static String problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return "Enter a schedule. " + HELP;
        }
        int fields = expression.strip().split("\\s+").length;
        if (fields != 5) {
            return "This has " + fields + " field" + (fields == 1 ? "" : "s") + ". " + HELP;
        }
        try {
            parse(expression);
            return null;
        } catch (IllegalArgumentException e) {
            return "Not a valid schedule (" + firstLine(e.getMessage()) + "). " + HELP;
        }
    }

    public static boolean continuous(String expression) {
        return expression == null || CONTINUOUS.equals(expression.strip().replaceAll("\\s+", " "));
    }

    /** The next {@code count} times a valid schedule starts a sync after {@code from}; empty for an invalid one. */
    public static List<ZonedDateTime> next(String expression, ZonedDateTime from, int count) {
        if (problem(expression) != null) {
            return List.of();
        }
        ExecutionTime times = ExecutionTime.forCron(parse(expression));
        List<ZonedDateTime> out = new ArrayList<>();
        ZonedDateTime at = from;
        for (int i = 0; i < count; i++) {
            Optional<ZonedDateTime> next = times.nextExecution(at);
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
            out.add(at);
        }
        return out;
    }

    private static Cron parse(String expression) {
        return PARSER.parse(expression.strip()).validate();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
}
