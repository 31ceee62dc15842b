package dev.acrconsole.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The ACR Tasks side of the sample: tasks, agent pools, task runs and runs of each registry. Immutable; the live
 * state (runs scheduled since the start, runs that move on with time) is kept by {@link Runs}.
 */
public record TasksData(List<Task> tasks, List<AgentPool> agentPools, List<TaskRun> taskRuns, List<SampleRun> runs) {

    public TasksData {
        tasks = List.copyOf(tasks);
        agentPools = List.copyOf(agentPools);
        taskRuns = List.copyOf(taskRuns);
        runs = List.copyOf(runs);
    }

    static TasksData none() {
        return new TasksData(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A task: one step (Docker build, task file, or encoded task) and its triggers.
     *
     * @param stepType   Docker, FileTask or EncodedTask
     * @param timerCron  the timer trigger's schedule, or null for no timer
     * @param sourceRepo the repository a source trigger watches, or null for none
     */
    public record Task(String registryId, String name, String stepType, boolean enabled, String os, String agentPool,
                       int timeoutSeconds, Instant created, String timerCron, String sourceRepo, String image) {
        private static final Set<String> STEPS = Set.of("Docker", "FileTask", "EncodedTask");

        public Task {
            if (!STEPS.contains(stepType)) {
                throw new IllegalArgumentException("unknown step type " + stepType);
            }
        }

        public String id() {
            return registryId + "/tasks/" + name;
        }
    }

    /** A dedicated agent pool (Premium registries): {@code count} agents of a tier (S1, S2, S3, I6). */
    public record AgentPool(String registryId, String name, String tier, int count, String os, String location) {
        public String id() {
            return registryId + "/agentPools/" + name;
        }
    }

    /** A task run: a run request kept as a resource, and the run it last started. */
    public record TaskRun(String registryId, String name, String task, String runId, String location) {
        public String id() {
            return registryId + "/taskRuns/" + name;
        }
    }

    /**
     * A run the sample starts with. Finished ones have fixed times; {@code Queued}, {@code Started} and
     * {@code Running} ones are live: they move on from the sandbox's start (see {@link Runs}).
     *
     * @param logLines how many lines its log has (finished runs); the log's text is generated when read
     * @param trigger  manual, commit, timer or baseImage
     */
    public record SampleRun(String registryId, String runId, String task, String status, String runType,
                            Instant created, Instant started, Instant finished, String outputImage, String trigger,
                            String agentPool, int logLines, String error) {
        public String id() {
            return registryId + "/runs/" + runId;
        }

        SampleRun withCreated(Instant at) {
            return new SampleRun(registryId, runId, task, status, runType, at, started, finished, outputImage, trigger,
                    agentPool, logLines, error);
        }
    }
}
