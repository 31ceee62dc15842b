package dev.acrconsole.app.runs;

import com.azure.resourcemanager.containerregistry.models.DockerBuildRequest;
import com.azure.resourcemanager.containerregistry.models.EncodedTaskRunRequest;
import com.azure.resourcemanager.containerregistry.models.FileTaskRunRequest;
import com.azure.resourcemanager.containerregistry.models.OS;
import com.azure.resourcemanager.containerregistry.models.OverrideTaskStepProperties;
import com.azure.resourcemanager.containerregistry.models.PlatformProperties;
import com.azure.resourcemanager.containerregistry.models.RunRequest;
import com.azure.resourcemanager.containerregistry.models.RunUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.SetValue;
import com.azure.resourcemanager.containerregistry.models.TaskRunRequest;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.cache.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Schedule a run (Docker build, task file, encoded task, or an existing task with values overridden), cancel one, and
 * change its archive flag — as operations. A scheduled run is followed by its status until it ends.
 */
public final class RunActions {
    public static final String SOURCE = "source";
    public static final String DOCKERFILE = "dockerfile";
    public static final String IMAGES = "images";
    public static final String TASK_FILE = "taskFile";
    public static final String YAML = "yaml";
    public static final String TASK = "task";
    public static final String VALUES = "values";

    private RunActions() {}

    public static FieldErrors validate(RunRequestForm f) {
        FieldErrors e = new FieldErrors();
        switch (f.kind()) {
            case DOCKER_BUILD -> {
                e.check(blank(f.source()), SOURCE, "Say where the source is: a Git URL (https://…/repo.git#branch) or an uploaded context.");
                e.check(blank(f.dockerfile()), DOCKERFILE, "Say which Dockerfile to build, e.g. Dockerfile.");
                e.check(TaskRules.images(f.images()).isEmpty(), IMAGES, "Name at least one image to build, e.g. webapp:v1.");
                TaskRules.images(f.images()).stream().filter(i -> !i.matches("[a-z0-9]+([._/-][a-z0-9]+)*(:[\\w.{}-]+)?"))
                        .findFirst().ifPresent(i -> e.add(IMAGES, "'" + i + "' is not an image name: use lower-case repository[:tag]."));
            }
            case FILE_TASK -> e.check(blank(f.taskFile()), TASK_FILE, "Say which task file to run, e.g. acb.yaml.");
            case ENCODED_TASK -> e.check(blank(f.yaml()), YAML, "Write the task's YAML (steps: …).");
            case TASK -> e.check(blank(f.task()), TASK, "Choose the task to run.");
        }
        valuesProblem(f.values()).ifPresent(m -> e.add(VALUES, m));
        return e;
    }

    /** ScheduleRun: ARM answers with the queued run, which the operation then follows to its end. */
    public static OperationRequest schedule(String registryId, String tenantId, RunRequestForm f) {
        FieldErrors errors = validate(f);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RunRequest request = switch (f.kind()) {
            case DOCKER_BUILD -> new DockerBuildRequest().withSourceLocation(f.source().trim())
                    .withDockerFilePath(f.dockerfile().trim()).withImageNames(TaskRules.images(f.images()))
                    .withIsPushEnabled(true).withPlatform(platform(f));
            case FILE_TASK -> new FileTaskRunRequest().withTaskFilePath(f.taskFile().trim())
                    .withSourceLocation(blankToNull(f.source())).withValues(values(f.values())).withPlatform(platform(f));
            case ENCODED_TASK -> new EncodedTaskRunRequest().withEncodedTaskContent(Base64.getEncoder()
                    .encodeToString(f.yaml().getBytes(StandardCharsets.UTF_8))).withValues(values(f.values())).withPlatform(platform(f));
            case TASK -> new TaskRunRequest().withTaskId(registryId + "/tasks/" + f.task().trim())
                    .withOverrideTaskStepProperties(new OverrideTaskStepProperties().withValues(values(f.values())));
        };
        request.withIsArchiveEnabled(f.archive()).withAgentPoolName(blankToNull(f.agentPool()));
        String what = switch (f.kind()) {
            case DOCKER_BUILD -> "Build " + String.join(", ", TaskRules.images(f.images()));
            case FILE_TASK -> "Run " + f.taskFile().trim();
            case ENCODED_TASK -> "Run encoded task";
            case TASK -> "Run task " + f.task().trim();
        };
        return new OperationRequest("run.schedule", what + " on " + ArmIds.name(registryId), registryId + "/runs",
                RunKind.KIND, tenantId, "POST", registryId + "/scheduleRun" + ApiVersions.query(ApiVersions.TASKS),
                TaskActions.json(request), Operation.After.refresh, null, Operation.PollMode.run);
    }

    /** Runs_Cancel: ACR stops the run; the cache is brought up to date with the run afterwards. */
    public static OperationRequest cancel(String runId, String tenantId) {
        return new OperationRequest("run.cancel", "Cancel run " + ArmIds.name(runId), runId, RunKind.KIND, tenantId,
                "POST", runId + "/cancel" + ApiVersions.query(ApiVersions.TASKS), null, Operation.After.refresh, null);
    }

    /** Runs_Update: whether the run's log is archived as an artifact in the registry. */
    public static OperationRequest archive(String runId, String tenantId, boolean enabled) {
        return new OperationRequest("run.update", (enabled ? "Archive" : "Stop archiving") + " run " + ArmIds.name(runId),
                runId, RunKind.KIND, tenantId, "PATCH", runId + ApiVersions.query(ApiVersions.TASKS),
                TaskActions.json(new RunUpdateParameters().withIsArchiveEnabled(enabled)), Operation.After.refresh, null);
    }

    /** {@code name=value} lines; {@code secret name=value} marks a secret one. */
    public static List<SetValue> values(String text) {
        List<SetValue> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            boolean secret = l.startsWith("secret ");
            String pair = secret ? l.substring(7).strip() : l;
            int eq = pair.indexOf('=');
            out.add(new SetValue().withName(pair.substring(0, eq).strip()).withValue(pair.substring(eq + 1)).withIsSecret(secret));
        }
        return out;
    }

    static java.util.Optional<String> valuesProblem(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            String pair = l.startsWith("secret ") ? l.substring(7).strip() : l;
            if (!l.isEmpty() && (pair.indexOf('=') <= 0)) {
                return java.util.Optional.of("Write one name=value a line ('secret name=value' for a secret); '" + l + "' has no name.");
            }
        }
        return java.util.Optional.empty();
    }

    private static PlatformProperties platform(RunRequestForm f) {
        return new PlatformProperties().withOs(OS.fromString(f.os() == null ? "Linux" : f.os()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }

    /** "Run now": a TaskRunRequest through ScheduleRun; the run it starts is followed to its end. */
    public static OperationRequest runTask(String taskId, String tenantId) {
        String registryId = ArmIds.parent(taskId);
        String body = TaskActions.json(new TaskRunRequest().withTaskId(taskId));
        return new OperationRequest("run.schedule", "Run task " + ArmIds.name(taskId), registryId + "/runs",
                RunKind.KIND, tenantId, "POST", registryId + "/scheduleRun" + ApiVersions.query(ApiVersions.TASKS), body,
                Operation.After.refresh, null, Operation.PollMode.run);
    }
}
