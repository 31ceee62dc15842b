package dev.acrconsole.ui.runs;

import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.LabelConverter;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The dialog that schedules a run: a Docker build, a task file, an encoded task, or an existing task with values. */
final class ScheduleRunDialog {
    private ScheduleRunDialog() {}

    static void show(ViewContext view, RunsViewModel runs) {
        runs.scheduleForm().ifPresentOrElse(m -> dialog(view, m, runs.tasks().stream()
                        .filter(t -> !RunsViewModel.ANY.equals(t)).toList()).show(),
                () -> view.page().notice().accept("The registry is not in the cache yet."));
    }

    static FormDialog dialog(ViewContext view, ScheduleRunViewModel m, List<String> tasks) {
        ComboBox<RunRequestForm.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(RunRequestForm.Kind.values());
        kind.setConverter(dev.acrconsole.ui.fx.LabelConverter.of(x -> x.label()));
        kind.valueProperty().bindBidirectional(m.kind());
        ComboBox<String> task = new ComboBox<>();
        task.setPrefWidth(220);
        task.getItems().setAll(tasks);
        task.valueProperty().bindBidirectional(m.task());
        ComboBox<String> os = new ComboBox<>();
        os.getItems().setAll("Linux", "Windows");
        os.valueProperty().bindBidirectional(m.os());
        TextArea yaml = area(m.yaml(), 3);
        yaml.setPromptText("e.g. version: v1.1.0\nsteps:\n  - cmd: bash echo hello");
        TextArea values = area(m.values(), 2);
        values.setPromptText("name=value, one a line; secret name=value for a secret");
        CheckBox archive = new CheckBox("Archive the log in the registry");
        archive.selectedProperty().bindBidirectional(m.archive());
        FormRows form = new FormRows()
                .add("Run", kind, new javafx.beans.property.SimpleStringProperty(""), "schedule-kind")
                .add("Source", when(field(m.source(), "e.g. https://github.com/contoso/webapp.git#main"), m, RunRequestForm.Kind.DOCKER_BUILD, RunRequestForm.Kind.FILE_TASK),
                        m.errorProperty(RunActions.SOURCE), "schedule-source")
                .add("Dockerfile", when(field(m.dockerfile(), "Dockerfile"), m, RunRequestForm.Kind.DOCKER_BUILD),
                        m.errorProperty(RunActions.DOCKERFILE), "schedule-dockerfile")
                .add("Image names", when(field(m.images(), "e.g. webapp:{{.Run.ID}}, one or more, comma-separated"), m, RunRequestForm.Kind.DOCKER_BUILD),
                        m.errorProperty(RunActions.IMAGES), "schedule-images")
                .add("Task file", when(field(m.taskFile(), "acb.yaml"), m, RunRequestForm.Kind.FILE_TASK),
                        m.errorProperty(RunActions.TASK_FILE), "schedule-task-file")
                .add("Task YAML", when(yaml, m, RunRequestForm.Kind.ENCODED_TASK), m.errorProperty(RunActions.YAML), "schedule-yaml")
                .add("Task", when(task, m, RunRequestForm.Kind.TASK), m.errorProperty(RunActions.TASK), "schedule-task")
                .add("Values", when(values, m, RunRequestForm.Kind.FILE_TASK, RunRequestForm.Kind.ENCODED_TASK, RunRequestForm.Kind.TASK),
                        m.errorProperty(RunActions.VALUES), "schedule-values")
                .add("Platform", when(os, m, RunRequestForm.Kind.DOCKER_BUILD, RunRequestForm.Kind.FILE_TASK,
                        RunRequestForm.Kind.ENCODED_TASK), new javafx.beans.property.SimpleStringProperty(""), "schedule-os")
                .add("Agent pool", dev.acrconsole.ui.agentpools.AgentPoolField.of(m.cachedPools(), m.agentPool()),
                        new javafx.beans.property.SimpleStringProperty(""), "schedule-pool")
                .note(archive)
                .note(note("The run is followed in the operations panel until it ends; its log opens from the runs table."));
        return new FormDialog(view.window(), "schedule-run", "Schedule run", "Schedule a run", form.node(),
                "Schedule", m::submit);
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("details-fetched");
        return l;
    }

    private static TextField field(javafx.beans.property.StringProperty value, String example) {
        TextField f = new TextField();
        f.setPromptText(example);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextArea area(javafx.beans.property.StringProperty value, int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(value);
        return a;
    }

    /** The field is usable only for the kinds of request that have it. */
    private static <C extends Control> C when(C control, ScheduleRunViewModel m, RunRequestForm.Kind... kinds) {
        BooleanBinding off = Bindings.createBooleanBinding(() -> !List.of(kinds).contains(m.kind().get()), m.kind());
        control.disableProperty().bind(off);
        return control;
    }
}
