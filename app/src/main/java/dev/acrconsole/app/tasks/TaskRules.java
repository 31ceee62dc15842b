package dev.acrconsole.app.tasks;

import dev.acrconsole.app.forms.CronSchedule;
import dev.acrconsole.app.forms.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What ACR accepts in a task, checked where it is typed, in words that say what is allowed. */
public final class TaskRules {
    public static final String NAME = "name";
    public static final String CONTEXT = "context";
    public static final String DOCKERFILE = "dockerfile";
    public static final String IMAGES = "images";
    public static final String TASK_FILE = "taskFile";
    public static final String YAML = "yaml";
    public static final String TIMEOUT = "timeout";
    public static final String SCHEDULE = "schedule";
    public static final int MIN_TIMEOUT = 300;
    public static final int MAX_TIMEOUT = 28800;

    private static final Pattern TASK_NAME = Pattern.compile("[a-zA-Z0-9_-]{5,50}");
    private static final Pattern IMAGE = Pattern.compile("[a-z0-9]+([._/-][a-z0-9]+)*(:[\\w.{}-]+)?");

    private TaskRules() {}

    public static FieldErrors validate(TaskForm f, boolean creating) {
        FieldErrors e = new FieldErrors();
        if (creating) {
            e.check(f.name() == null || !TASK_NAME.matcher(f.name()).matches(), NAME,
                    "Use 5 to 50 letters, digits, hyphens and underscores.");
        }
        switch (f.step()) {
            case DOCKER -> {
                e.check(blank(f.context()), CONTEXT, "Say where the source is: a Git URL (https://…/repo.git#branch) or a context path.");
                e.check(blank(f.dockerfile()), DOCKERFILE, "Say which Dockerfile to build, e.g. Dockerfile.");
                imageErrors(f.images()).ifPresent(m -> e.add(IMAGES, m));
            }
            case FILE -> e.check(blank(f.taskFile()), TASK_FILE, "Say which task file to run, e.g. acb.yaml.");
            case ENCODED -> e.check(blank(f.yaml()), YAML, "Write the task's YAML (steps: …).");
        }
        Integer timeout = timeout(f.timeout());
        e.check(timeout == null || timeout < MIN_TIMEOUT || timeout > MAX_TIMEOUT, TIMEOUT,
                "Use a whole number of seconds from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT + " (8 hours).");
        cronProblem(f.schedule()).ifPresent(m -> e.add(SCHEDULE, m));
        return e;
    }

    /** Image names as typed: separated by commas or spaces. */
    public static List<String> images(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.trim().split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static java.util.Optional<String> imageErrors(String text) {
        for (String image : images(text)) {
            if (!IMAGE.matcher(image).matches()) {
                return java.util.Optional.of("'" + image + "' is not an image name: use lower-case repository[:tag], "
                        + "e.g. webapp:{{.Run.ID}}.");
            }
        }
        return java.util.Optional.empty();
    }

    /** Null when blank (no timer); ACR's timer triggers take five-field cron, evaluated in UTC. */
    public static java.util.Optional<String> cronProblem(String schedule) {
        return blank(schedule) ? java.util.Optional.empty() : java.util.Optional.ofNullable(CronSchedule.problem(schedule));
    }

    static Integer timeout(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null; // not a number: the form's check says so beside the field
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
