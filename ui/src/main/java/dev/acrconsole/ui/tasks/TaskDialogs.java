package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.tasks.TaskForm;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.LabelConverter;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The create / edit dialog of a task: its step, platform, pool, timeout and timer. */
final class TaskDialogs {
    private TaskDialogs() {}

    static FormDialog task(ViewContext view, TaskFormViewModel m) {
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
                .add("Agent pool", dev.acrconsole.ui.agentpools.AgentPoolField.of(m.cachedPools(), m.agentPool),
                        new javafx.beans.property.SimpleStringProperty(""), "task-pool")
                .add("Timeout (s)", text(m.timeout), m.errorProperty(TaskRules.TIMEOUT), "task-timeout")
                .add("Timer (cron, UTC)", text(m.schedule), m.errorProperty(TaskRules.SCHEDULE), "task-schedule")
                .note(enabled);
        String title = m.editing() ? "Edit task" : "Create task";
        return new FormDialog(view.window(), "task-form", title, title, form.node(), m.editing() ? "Save" : "Create",
                m::submit);
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
