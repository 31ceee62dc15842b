package dev.acrconsole.sandbox;

import dev.acrconsole.sandbox.TasksData.AgentPool;
import dev.acrconsole.sandbox.TasksData.SampleRun;
import dev.acrconsole.sandbox.TasksData.Task;
import dev.acrconsole.sandbox.TasksData.TaskRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tasks, agent pools, task runs and runs for the demo sample: runs in every status, logs of different sizes (one of
 * them over 50 MB, generated when read, never stored). Its own seeded {@code Random}, so the rest of the sample keeps
 * the values it always had. Finished runs lie in the 30 days before {@link #SAMPLE_END}.
 */
final class TaskSample {

    static final Instant SAMPLE_END = Instant.parse("2025-09-01T00:00:00Z");
    /** Lines of the sample's largest log: about 57 MB of text. */
    static final int HUGE_LOG_LINES = 700_000;

    private final Random random;
    private final List<Task> tasks = new ArrayList<>();
    private final List<AgentPool> pools = new ArrayList<>();
    private final List<TaskRun> taskRuns = new ArrayList<>();
    private final List<SampleRun> runs = new ArrayList<>();

    private TaskSample(long seed) {
        this.random = new Random(seed * 31 + 7);
    }

    static TasksData build(List<SandboxData.Registry> registries, long seed) {
        return new TaskSample(seed).build(registries);
    }

    private TasksData build(List<SandboxData.Registry> registries) {
        SandboxData.Registry prod = named(registries, "contosoprodacr");
        SandboxData.Registry dev = named(registries, "contosodevacr");
        SandboxData.Registry edge = named(registries, "fabrikamedgehub");

        pools.add(new AgentPool(prod.id(), "buildpool", "S2", 2, "Linux", prod.location()));
        pools.add(new AgentPool(prod.id(), "largepool", "S3", 1, "Linux", prod.location()));
        pools.add(new AgentPool(edge.id(), "edgepool", "S1", 1, "Linux", edge.location()));

        Task web = task(prod, "build-webapp", "Docker", true, null, null, "https://github.com/contoso/webapp", "webapp");
        Task scan = task(prod, "nightly-scan", "FileTask", true, null, "0 2 * * *", null, "scanner");
        Task purge = task(prod, "purge-untagged", "EncodedTask", true, null, "0 3 * * 0", null, null);
        Task api = task(prod, "release-api", "Docker", false, "buildpool", null, "https://github.com/contoso/api", "api");
        Task devBuild = task(dev, "ci-build", "Docker", true, null, null, "https://github.com/contoso/webapp", "webapp-ci");
        Task edgeSync = task(edge, "edge-bundle", "FileTask", true, "edgepool", "*/30 * * * *", null, "edge-bundle");

        String[] prefixes = {"ca", "da", "fa"};
        history(prod, prefixes[0], List.of(web, scan, purge, api), 140);
        history(dev, prefixes[1], List.of(devBuild), 36);
        history(edge, prefixes[2], List.of(edgeSync), 24);
        specials(prod, web, scan, api);

        taskRuns.add(new TaskRun(prod.id(), "deploy-webapp", web.name(), runs.getFirst().runId(), prod.location()));
        taskRuns.add(new TaskRun(prod.id(), "weekly-purge", purge.name(), null, prod.location()));
        return new TasksData(tasks, pools, taskRuns, runs);
    }

    private Task task(SandboxData.Registry r, String name, String step, boolean enabled, String pool, String cron,
                      String repo, String image) {
        Task t = new Task(r.id(), name, step, enabled, "Linux", pool, 3600, Ids.created(random), cron, repo, image);
        tasks.add(t);
        return t;
    }

    /** Finished runs over 30 days, oldest first; each task fails now and then (release-api more often). */
    private void history(SandboxData.Registry r, String prefix, List<Task> of, int count) {
        Instant from = SAMPLE_END.minus(Duration.ofDays(30));
        long span = Duration.ofDays(30).toSeconds();
        for (int i = 0; i < count; i++) {
            Task t = of.get(random.nextInt(of.size()));
            Instant created = from.plusSeconds(span * i / count + random.nextInt(600));
            Instant started = created.plusSeconds(2 + random.nextInt(40));
            int seconds = 40 + random.nextInt(t.stepType().equals("Docker") ? 500 : 200);
            double failRate = t.name().equals("release-api") ? 0.35 : 0.12;
            boolean ok = random.nextDouble() > failRate;
            runs.add(new SampleRun(r.id(), runId(prefix), t.name(), ok ? "Succeeded" : "Failed", runType(t),
                    created, started, started.plusSeconds(seconds), ok ? t.image() : null, trigger(t),
                    t.agentPool(), 40 + random.nextInt(300), ok ? null : "The build step failed: exit status 1"));
        }
    }

    /** The runs tests and demos need: every other status, a live one of each kind, and large logs. */
    private void specials(SandboxData.Registry r, Task web, Task scan, Task api) {
        Instant end = SAMPLE_END.minusSeconds(3600);
        runs.add(finished(r, web, "Canceled", end, 95, 120, null));
        runs.add(finished(r, api, "Error", end.plusSeconds(600), 30, 20,
                "The agent pool 'buildpool' has no agent that can run this request."));
        runs.add(finished(r, scan, "Timeout", end.plusSeconds(1200), 3600, 2_000,
                "The run exceeded its timeout of 3600 seconds."));
        runs.add(finished(r, web, "Succeeded", end.plusSeconds(1800), 310, 25_000, null));
        runs.add(finished(r, scan, "Succeeded", end.plusSeconds(2400), 1900, HUGE_LOG_LINES, null));
        // Live: these move on from the sandbox's start (times here are placeholders, see Runs).
        runs.add(live(r, api, "Queued"));
        runs.add(live(r, web, "Started"));
        runs.add(live(r, web, "Running"));
    }

    private SampleRun finished(SandboxData.Registry r, Task t, String status, Instant created, int seconds, int lines,
                               String error) {
        Instant started = created.plusSeconds(5);
        return new SampleRun(r.id(), runId("ca"), t.name(), status, runType(t), created, started,
                started.plusSeconds(seconds), status.equals("Succeeded") ? t.image() : null, trigger(t), t.agentPool(),
                lines, error);
    }

    private SampleRun live(SandboxData.Registry r, Task t, String status) {
        return new SampleRun(r.id(), runId("ca"), t.name(), status, runType(t), SAMPLE_END, null, null, null,
                "manual", t.agentPool(), 0, null);
    }

    private int counter;

    /** ACR's run ids: a registry prefix and a base-36 counter (ca1, ca2, ... ca1z). */
    private String runId(String prefix) {
        return prefix + Integer.toString(++counter, 36);
    }

    private static String runType(Task t) {
        return t.stepType().equals("Docker") ? "AutoBuild" : "AutoRun";
    }

    private static String trigger(Task t) {
        return t.timerCron() != null ? "timer" : t.sourceRepo() != null ? "commit" : "manual";
    }

    private static SandboxData.Registry named(List<SandboxData.Registry> registries, String name) {
        return registries.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }
}
