package dev.acrconsole.app.taskruns;

import com.azure.resourcemanager.containerregistry.fluent.models.TaskRunInner;
import com.azure.resourcemanager.containerregistry.models.OverrideTaskStepProperties;
import com.azure.resourcemanager.containerregistry.models.TaskRunRequest;
import com.azure.resourcemanager.containerregistry.models.TaskRunUpdateParameters;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.cache.Operation;
import java.util.UUID;

/** Create, update (each starts its run again) and delete task runs, as operations. */
public final class TaskRunActions {
    public static final String NAME = "name";
    public static final String TASK = "task";
    public static final String VALUES = "values";

    private TaskRunActions() {}

    public static FieldErrors validate(String name, String task, String values, boolean creating) {
        FieldErrors e = new FieldErrors();
        e.check(creating && (name == null || !name.matches("[a-zA-Z0-9_-]{5,50}")), NAME,
                "Use 5 to 50 letters, digits, hyphens and underscores.");
        e.check(task == null || task.isBlank(), TASK, "Choose the task it runs.");
        RunActions.validate(new dev.acrconsole.app.runs.RunRequestForm(dev.acrconsole.app.runs.RunRequestForm.Kind.TASK,
                null, null, null, null, null, "x", values, null, null, false)).of(RunActions.VALUES).ifPresent(m -> e.add(VALUES, m));
        return e;
    }

    public static OperationRequest create(String registryId, String location, String tenantId, String name, String task,
                                          String values) {
        TaskActions.check(validate(name, task, values, true));
        String id = registryId + "/taskRuns/" + name;
        TaskRunInner body = new TaskRunInner().withLocation(location).withForceUpdateTag(UUID.randomUUID().toString())
                .withRunRequest(request(registryId, task, values));
        return new OperationRequest("taskRun.create", "Create task run " + name, id, TaskRunKind.KIND, tenantId, "PUT",
                id + ApiVersions.query(ApiVersions.TASKS), TaskActions.json(body), Operation.After.refresh, null);
    }

    public static OperationRequest update(String taskRunId, String tenantId, String task, String values) {
        TaskActions.check(validate(null, task, values, false));
        TaskRunUpdateParameters body = new TaskRunUpdateParameters().withForceUpdateTag(UUID.randomUUID().toString())
                .withRunRequest(request(ArmIds.parent(taskRunId), task, values));
        return new OperationRequest("taskRun.update", "Update task run " + ArmIds.name(taskRunId), taskRunId,
                TaskRunKind.KIND, tenantId, "PATCH", taskRunId + ApiVersions.query(ApiVersions.TASKS),
                TaskActions.json(body), Operation.After.refresh, null);
    }

    public static OperationRequest delete(String taskRunId, String tenantId) {
        return new OperationRequest("taskRun.delete", "Delete task run " + ArmIds.name(taskRunId), taskRunId,
                TaskRunKind.KIND, tenantId, "DELETE", taskRunId + ApiVersions.query(ApiVersions.TASKS), null,
                Operation.After.remove, null);
    }

    private static TaskRunRequest request(String registryId, String task, String values) {
        return new TaskRunRequest().withTaskId(registryId + "/tasks/" + task.trim())
                .withOverrideTaskStepProperties(new OverrideTaskStepProperties().withValues(RunActions.values(values)));
    }
}
