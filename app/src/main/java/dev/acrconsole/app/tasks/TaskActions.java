package dev.acrconsole.app.tasks;

import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.containerregistry.fluent.models.TaskInner;
import com.azure.resourcemanager.containerregistry.models.DockerBuildStepUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.DockerTaskStep;
import com.azure.resourcemanager.containerregistry.models.EncodedTaskStep;
import com.azure.resourcemanager.containerregistry.models.EncodedTaskStepUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.FileTaskStep;
import com.azure.resourcemanager.containerregistry.models.FileTaskStepUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.OS;
import com.azure.resourcemanager.containerregistry.models.PlatformProperties;
import com.azure.resourcemanager.containerregistry.models.PlatformUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.TaskStatus;
import com.azure.resourcemanager.containerregistry.models.TaskStepProperties;
import com.azure.resourcemanager.containerregistry.models.TaskStepUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.TaskUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.TimerTrigger;
import com.azure.resourcemanager.containerregistry.models.TimerTriggerUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.TriggerProperties;
import com.azure.resourcemanager.containerregistry.models.TriggerStatus;
import com.azure.resourcemanager.containerregistry.models.TriggerUpdateParameters;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Create, update, enable/disable, delete and run a registry's tasks, as operations; bodies are the SDK's models. */
public final class TaskActions {
    static final String TIMER_NAME = "t1";

    private TaskActions() {}

    public static OperationRequest create(String registryId, String location, String tenantId, TaskForm f) {
        check(TaskRules.validate(f, true));
        String id = registryId + "/tasks/" + f.name();
        TaskInner task = new TaskInner().withLocation(location)
                .withStatus(f.enabled() ? TaskStatus.ENABLED : TaskStatus.DISABLED)
                .withPlatform(new PlatformProperties().withOs(OS.fromString(f.os())))
                .withAgentPoolName(blankToNull(f.agentPool()))
                .withTimeout(TaskRules.timeout(f.timeout()))
                .withStep(step(f));
        if (!TaskRules.blank(f.schedule())) {
            task.withTrigger(new TriggerProperties().withTimerTriggers(List.of(new TimerTrigger().withName(TIMER_NAME)
                    .withSchedule(f.schedule().trim()).withStatus(TriggerStatus.ENABLED))));
        }
        return request("task.create", "Create task " + f.name(), id, tenantId, "PUT", id, json(task), Operation.After.refresh);
    }

    public static OperationRequest update(String taskId, String tenantId, TaskForm f) {
        check(TaskRules.validate(f, false));
        TaskUpdateParameters changes = new TaskUpdateParameters()
                .withStatus(f.enabled() ? TaskStatus.ENABLED : TaskStatus.DISABLED)
                .withPlatform(new PlatformUpdateParameters().withOs(OS.fromString(f.os())))
                .withAgentPoolName(blankToNull(f.agentPool()))
                .withTimeout(TaskRules.timeout(f.timeout()))
                .withStep(stepUpdate(f));
        if (!TaskRules.blank(f.schedule())) {
            changes.withTrigger(new TriggerUpdateParameters().withTimerTriggers(List.of(new TimerTriggerUpdateParameters()
                    .withName(TIMER_NAME).withSchedule(f.schedule().trim()).withStatus(TriggerStatus.ENABLED))));
        }
        return request("task.update", "Update task " + ArmIds.name(taskId), taskId, tenantId, "PATCH", taskId,
                json(changes), Operation.After.refresh);
    }

    public static OperationRequest setEnabled(String taskId, String tenantId, boolean enabled) {
        TaskUpdateParameters changes = new TaskUpdateParameters().withStatus(enabled ? TaskStatus.ENABLED : TaskStatus.DISABLED);
        return request("task." + (enabled ? "enable" : "disable"), (enabled ? "Enable" : "Disable") + " task "
                + ArmIds.name(taskId), taskId, tenantId, "PATCH", taskId, json(changes), Operation.After.refresh);
    }

    public static OperationRequest delete(String taskId, String tenantId) {
        return request("task.delete", "Delete task " + ArmIds.name(taskId), taskId, tenantId, "DELETE", taskId, null,
                Operation.After.remove);
    }

    private static TaskStepProperties step(TaskForm f) {
        return switch (f.step()) {
            case DOCKER -> new DockerTaskStep().withDockerFilePath(f.dockerfile().trim())
                    .withImageNames(TaskRules.images(f.images())).withIsPushEnabled(!TaskRules.images(f.images()).isEmpty())
                    .withNoCache(false).withContextPath(f.context().trim());
            case FILE -> new FileTaskStep().withTaskFilePath(f.taskFile().trim()).withContextPath(blankToNull(f.context()));
            case ENCODED -> new EncodedTaskStep().withEncodedTaskContent(base64(f.yaml())).withContextPath(blankToNull(f.context()));
        };
    }

    private static TaskStepUpdateParameters stepUpdate(TaskForm f) {
        return switch (f.step()) {
            case DOCKER -> new DockerBuildStepUpdateParameters().withDockerFilePath(f.dockerfile().trim())
                    .withImageNames(TaskRules.images(f.images())).withIsPushEnabled(!TaskRules.images(f.images()).isEmpty())
                    .withContextPath(f.context().trim());
            case FILE -> new FileTaskStepUpdateParameters().withTaskFilePath(f.taskFile().trim()).withContextPath(blankToNull(f.context()));
            case ENCODED -> new EncodedTaskStepUpdateParameters().withEncodedTaskContent(base64(f.yaml()))
                    .withContextPath(blankToNull(f.context()));
        };
    }

    static OperationRequest request(String kind, String title, String targetId, String tenantId, String method, String id,
                                    String body, Operation.After after) {
        ResourceKind targetKind = kind.startsWith("task.") ? TaskKind.KIND : null;
        return new OperationRequest(kind, title, targetId, targetKind, tenantId, method,
                id + ApiVersions.query(ApiVersions.TASKS), body, after, null);
    }

    /** The SDK model as JSON: the shape its service client would send. */
    public static String json(JsonSerializable<?> model) {
        try {
            return model.toJsonString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void check(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
