package dev.acrconsole.ui.taskruns;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.taskruns.TaskRunActions;
import dev.acrconsole.app.taskruns.TaskRunDetails;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.SmallFormViewModel;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The create / update dialog of a task run: its task and overridden values. */
final class TaskRunDialogs {
    private TaskRunDialogs() {}

    static FormDialog taskRun(ViewContext view, Row registry, Row existing) {
        TaskRunDetails d = existing == null ? null : existing.details(TaskRunDetails.class);
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(TaskRunActions.NAME, existing == null ? "" : existing.name());
        initial.put(TaskRunActions.TASK, d == null || d.task() == null ? "" : d.task());
        initial.put(TaskRunActions.VALUES, d == null || d.values() == null ? "" : d.values().replace("(secret)", ""));
        SmallFormViewModel m = new SmallFormViewModel(view.page(), registry.scope(), initial,
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
        return new FormDialog(view.window(), "taskrun-form", title, title, form.node(), existing == null ? "Create" : "Save",
                m::submit);
    }

    private static TextField text(javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
