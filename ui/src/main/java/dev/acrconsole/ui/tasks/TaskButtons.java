package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.agentpools.AgentPoolActions;
import dev.acrconsole.app.model.AgentPoolDetails;
import dev.acrconsole.app.model.TaskDetails;
import dev.acrconsole.app.model.TaskRunDetails;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.app.tasks.TaskForm;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.app.tasks.TaskRunActions;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.children.ChildActions;
import dev.acrconsole.ui.children.ChildListViewModel;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.main.PageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The buttons and dialogs of a registry's tasks, task runs and agent pools. */
public final class TaskButtons {
    private TaskButtons() {}

    public static List<Node> forTasks(PageContext context, ChildListViewModel model) {
        var selected = model.selectedProperty();
        return List.of(
                create("Create task…", "task-create", model, r -> taskDialog(context, new TaskFormViewModel(r, null)).show()),
                ChildActions.button("Edit…", "task-edit", "Change the task's step, platform, pool, timeout and timer",
                        selected, t -> true, t -> withRegistry(model, context, r -> taskDialog(context, new TaskFormViewModel(r, t)).show())),
                ChildActions.button("Run now", "task-run", "Schedule a run of the task; it is followed until it ends",
                        selected, t -> true, t -> context.submit(t.scope(), TaskActions.runNow(t.id(), t.tenantId()))),
                ChildActions.button("Disable", "task-disable", "Stop the task's triggers", selected,
                        t -> TaskDetails.parse(t.json()).enabled(), t -> context.submit(t.scope(), TaskActions.setEnabled(t.id(), t.tenantId(), false))),
                ChildActions.button("Enable", "task-enable", "Let the task's triggers start runs", selected,
                        t -> !TaskDetails.parse(t.json()).enabled(), t -> context.submit(t.scope(), TaskActions.setEnabled(t.id(), t.tenantId(), true))),
                ChildActions.button("Delete…", "task-delete", "Delete the task (its runs stay)", selected, t -> true,
                        t -> confirm(context, t.scope(), "Delete task " + t.name() + "?", TaskActions.delete(t.id(), t.tenantId()))));
    }

    public static List<Node> forTaskRuns(PageContext context, ChildListViewModel model) {
        var selected = model.selectedProperty();
        return List.of(
                create("Create task run…", "taskrun-create", model, r -> taskRunDialog(context, r, null).show()),
                ChildActions.button("Update…", "taskrun-update", "Change its task or values; it runs again", selected, t -> true,
                        t -> withRegistry(model, context, r -> taskRunDialog(context, r, t).show())),
                ChildActions.button("Delete…", "taskrun-delete", "Delete the task run (its runs stay)", selected, t -> true,
                        t -> confirm(context, t.scope(), "Delete task run " + t.name() + "?", TaskRunActions.delete(t.id(), t.tenantId()))));
    }

    public static List<Node> forAgentPools(PageContext context, ChildListViewModel model) {
        var selected = model.selectedProperty();
        return List.of(
                create("Create agent pool…", "pool-create", model, r -> poolDialog(context, r).show()),
                ChildActions.button("Scale…", "pool-scale", "Change how many agents it has", selected, p -> true,
                        p -> scaleDialog(context, p).show()),
                ChildActions.button("Delete…", "pool-delete", "Delete the agent pool", selected, p -> true,
                        p -> confirm(context, p.scope(), "Delete agent pool " + p.name() + "?", AgentPoolActions.delete(p.id(), p.tenantId()))));
    }

    private static Button create(String text, String id, ChildListViewModel model, Consumer<CachedResource> open) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> withRegistry(model, null, open));
        return b;
    }

    private static void withRegistry(ChildListViewModel model, PageContext context, Consumer<CachedResource> action) {
        if (model.parent() != null) {
            action.accept(model.parent());
        } else if (context != null) {
            context.notice().accept("The registry is not in the cache yet.");
        }
    }

    static FormDialog taskDialog(PageContext context, TaskFormViewModel m) {
        TextField name = text(m.name);
        name.setDisable(m.editing());
        ComboBox<TaskForm.Step> step = new ComboBox<>();
        step.getItems().setAll(TaskForm.Step.values());
        step.setConverter(dev.acrconsole.ui.fx.LabelConverter.of(x -> x.label()));
        step.valueProperty().bindBidirectional(m.step);
        step.setDisable(m.editing());
        ComboBox<String> os = new ComboBox<>();
        os.getItems().setAll("Linux", "Windows");
        os.valueProperty().bindBidirectional(m.os);
        TextArea yaml = new TextArea();
        yaml.setPrefRowCount(3);
        yaml.textProperty().bindBidirectional(m.yaml);
        CheckBox enabled = new CheckBox("Enabled (its triggers start runs)");
        enabled.selectedProperty().bindBidirectional(m.enabled);
        FormRows form = new FormRows()
                .add("Name", name, m.errorProperty(TaskRules.NAME), "task-name")
                .add("Step", step, new javafx.beans.property.SimpleStringProperty(""), "task-step")
                .add("Context", text(m.context), m.errorProperty(TaskRules.CONTEXT), "task-context")
                .add("Dockerfile", only(text(m.dockerfile), m, TaskForm.Step.DOCKER), m.errorProperty(TaskRules.DOCKERFILE), "task-dockerfile")
                .add("Image names", only(text(m.images), m, TaskForm.Step.DOCKER), m.errorProperty(TaskRules.IMAGES), "task-images")
                .add("Task file", only(text(m.taskFile), m, TaskForm.Step.FILE), m.errorProperty(TaskRules.TASK_FILE), "task-file")
                .add("Task YAML", only(yaml, m, TaskForm.Step.ENCODED), m.errorProperty(TaskRules.YAML), "task-yaml")
                .add("Platform", os, new javafx.beans.property.SimpleStringProperty(""), "task-os")
                .add("Agent pool", text(m.agentPool), new javafx.beans.property.SimpleStringProperty(""), "task-pool")
                .add("Timeout (s)", text(m.timeout), m.errorProperty(TaskRules.TIMEOUT), "task-timeout")
                .add("Timer (cron, UTC)", text(m.schedule), m.errorProperty(TaskRules.SCHEDULE), "task-schedule")
                .note(enabled);
        String title = m.editing() ? "Edit task" : "Create task";
        return new FormDialog(context.owner().get(), "task-form", title, title, form.node(), m.editing() ? "Save" : "Create",
                () -> m.submit(context));
    }

    private static FormDialog taskRunDialog(PageContext context, CachedResource registry, CachedResource existing) {
        TaskRunDetails d = existing == null ? null : TaskRunDetails.parse(existing.json());
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(TaskRunActions.NAME, existing == null ? "" : existing.name());
        initial.put(TaskRunActions.TASK, d == null || d.task() == null ? "" : d.task());
        initial.put(TaskRunActions.VALUES, d == null || d.values() == null ? "" : d.values().replace("(secret)", ""));
        SmallFormViewModel m = new SmallFormViewModel(registry.scope(), initial,
                v -> TaskRunActions.validate(v.get(TaskRunActions.NAME), v.get(TaskRunActions.TASK), v.get(TaskRunActions.VALUES), existing == null),
                v -> existing == null
                        ? TaskRunActions.create(registry.id(), registry.location(), registry.tenantId(), v.get(TaskRunActions.NAME),
                        v.get(TaskRunActions.TASK), v.get(TaskRunActions.VALUES))
                        : TaskRunActions.update(existing.id(), existing.tenantId(), v.get(TaskRunActions.TASK), v.get(TaskRunActions.VALUES)));
        TextField name = text(m.field(TaskRunActions.NAME));
        name.setDisable(existing != null);
        TextArea values = new TextArea();
        values.setPrefRowCount(3);
        values.setPromptText("name=value, one a line; secret name=value for a secret");
        values.textProperty().bindBidirectional(m.field(TaskRunActions.VALUES));
        FormRows form = new FormRows()
                .add("Name", name, m.errorProperty(TaskRunActions.NAME), "taskrun-name")
                .add("Task", text(m.field(TaskRunActions.TASK)), m.errorProperty(TaskRunActions.TASK), "taskrun-task")
                .add("Values (override)", values, m.errorProperty(TaskRunActions.VALUES), "taskrun-values");
        String title = existing == null ? "Create task run" : "Update task run";
        return new FormDialog(context.owner().get(), "taskrun-form", title, title, form.node(), existing == null ? "Create" : "Save",
                () -> m.submit(context));
    }

    private static FormDialog poolDialog(PageContext context, CachedResource registry) {
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(AgentPoolActions.NAME, "");
        initial.put("tier", "S1");
        initial.put(AgentPoolActions.COUNT, "1");
        initial.put(AgentPoolActions.SUBNET, "");
        SmallFormViewModel m = new SmallFormViewModel(registry.scope(), initial,
                v -> AgentPoolActions.validate(v.get(AgentPoolActions.NAME), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET), true),
                v -> AgentPoolActions.create(registry.id(), registry.location(), registry.tenantId(), v.get(AgentPoolActions.NAME),
                        v.get("tier"), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET)));
        ComboBox<String> tier = new ComboBox<>();
        tier.getItems().setAll(AgentPoolActions.TIERS);
        tier.valueProperty().bindBidirectional(m.field("tier"));
        FormRows form = new FormRows()
                .add("Name", text(m.field(AgentPoolActions.NAME)), m.errorProperty(AgentPoolActions.NAME), "pool-name")
                .add("Tier", tier, new javafx.beans.property.SimpleStringProperty(""), "pool-tier")
                .add("Agents", text(m.field(AgentPoolActions.COUNT)), m.errorProperty(AgentPoolActions.COUNT), "pool-count")
                .add("Subnet ID (optional)", text(m.field(AgentPoolActions.SUBNET)), m.errorProperty(AgentPoolActions.SUBNET), "pool-subnet");
        return new FormDialog(context.owner().get(), "pool-form", "Create agent pool", "Create a dedicated agent pool (Linux)",
                form.node(), "Create", () -> m.submit(context));
    }

    private static FormDialog scaleDialog(PageContext context, CachedResource pool) {
        Integer count = AgentPoolDetails.parse(pool.json()).count();
        SmallFormViewModel m = new SmallFormViewModel(pool.scope(), Map.of(AgentPoolActions.COUNT, count == null ? "1" : String.valueOf(count)),
                v -> AgentPoolActions.validate(null, v.get(AgentPoolActions.COUNT), null, false),
                v -> AgentPoolActions.scale(pool.id(), pool.tenantId(), v.get(AgentPoolActions.COUNT)));
        FormRows form = new FormRows()
                .add("Agents", text(m.field(AgentPoolActions.COUNT)), m.errorProperty(AgentPoolActions.COUNT), "pool-scale-count");
        return new FormDialog(context.owner().get(), "pool-scale-form", "Scale agent pool", "Scale " + pool.name(),
                form.node(), "Scale", () -> m.submit(context));
    }

    private static void confirm(PageContext context, dev.acrconsole.cache.CacheScope scope, String question,
                                OperationRequest request) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(context.owner().get());
        alert.setHeaderText(request.title());
        alert.getDialogPane().setId("confirm-delete");
        alert.resultProperty().addListener((obs, old, button) -> {
            if (button == ButtonType.OK) {
                context.submit(scope, request);
            }
        });
        alert.show();
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static <C extends javafx.scene.control.Control> C only(C control, TaskFormViewModel m, TaskForm.Step step) {
        control.disableProperty().bind(Bindings.createBooleanBinding(() -> m.step.get() != step, m.step));
        return control;
    }
}
