package dev.acrconsole.app.tasks;

/**
 * A task as the create and update dialogs hold it, in the user's words.
 *
 * @param images    image names, separated by commas or spaces (Docker step)
 * @param yaml      the task's YAML (encoded task step; the console base64-encodes it)
 * @param agentPool blank for ACR's shared agents
 * @param schedule  a timer trigger's cron schedule, blank for none
 */
public record TaskForm(String name, Step step, String context, String dockerfile, String images, String taskFile,
                       String yaml, String os, String agentPool, String timeout, String schedule, boolean enabled) {

    /** The three kinds of task step. */
    public enum Step {
        DOCKER("Docker build"), FILE("Task file"), ENCODED("Encoded task");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** ARM's step type. */
        public String armType() {
            return switch (this) {
                case DOCKER -> "Docker";
                case FILE -> "FileTask";
                case ENCODED -> "EncodedTask";
            };
        }
    }
}
