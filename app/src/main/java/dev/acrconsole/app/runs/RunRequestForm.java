package dev.acrconsole.app.runs;

/**
 * A run to schedule, as the dialog holds it.
 *
 * @param source   where the source is (Git URL or context); Docker build and task file runs
 * @param images   image names, separated by commas or spaces (Docker build)
 * @param yaml     the task's YAML (encoded task run)
 * @param task     the task's name (task run)
 * @param values   one {@code name=value} a line; {@code secret name=value} for a secret one (file, encoded and task runs)
 */
public record RunRequestForm(Kind kind, String source, String dockerfile, String images, String taskFile, String yaml,
                             String task, String values, String os, String agentPool, boolean archive) {

    /** The four run requests ScheduleRun takes. */
    public enum Kind {
        DOCKER_BUILD("Docker build"), FILE_TASK("Task file"), ENCODED_TASK("Encoded task"), TASK("Existing task");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
