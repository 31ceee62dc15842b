package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.app.tasks.TaskDetails;
import dev.acrconsole.app.tasks.TaskForm;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Creating a task, or editing one (then the name is fixed and the fields start from the cached task). */
public final class TaskFormViewModel extends FormModel {
    private final PageContext pages;
    private final Row registry;
    private final Row existing;
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<TaskForm.Step> step = new SimpleObjectProperty<>(TaskForm.Step.DOCKER);
    final StringProperty context = new SimpleStringProperty("https://github.com/contoso/webapp.git#main");
    final StringProperty dockerfile = new SimpleStringProperty("Dockerfile");
    final StringProperty images = new SimpleStringProperty("webapp:{{.Run.ID}}");
    final StringProperty taskFile = new SimpleStringProperty("acb.yaml");
    final StringProperty yaml = new SimpleStringProperty("version: v1.1.0\nsteps:\n  - cmd: bash echo hello\n");
    final StringProperty os = new SimpleStringProperty("Linux");
    final StringProperty agentPool = new SimpleStringProperty("");
    final StringProperty timeout = new SimpleStringProperty("3600");
    final StringProperty schedule = new SimpleStringProperty("");
    final BooleanProperty enabled = new SimpleBooleanProperty(true);

    /** The registry's agent pools as cached, for the pool field to offer; read off the FX thread. */
    public java.util.concurrent.CompletableFuture<java.util.List<String>> cachedPools() {
        return dev.acrconsole.ui.agentpools.AgentPoolChoices.cached(pages, registry);
    }

    /** {@code existing} null: a new task in {@code registry}. */
    public TaskFormViewModel(PageContext pages, Row registry, Row existing) {
        this.pages = pages;
        this.registry = registry;
        this.existing = existing;
        if (existing != null) {
            fill(existing.details(TaskDetails.class));
        }
        watch(name, TaskRules.NAME);
        watch(context, TaskRules.CONTEXT);
        watch(dockerfile, TaskRules.DOCKERFILE);
        watch(images, TaskRules.IMAGES);
        watch(taskFile, TaskRules.TASK_FILE);
        watch(yaml, TaskRules.YAML);
        watch(timeout, TaskRules.TIMEOUT);
        watch(schedule, TaskRules.SCHEDULE);
        step.addListener((obs, old, s) -> refreshErrors());
    }

    private void fill(TaskDetails d) {
        name.set(d.name());
        step.set(switch (d.stepType() == null ? "" : d.stepType()) {
            case "FileTask" -> TaskForm.Step.FILE;
            case "EncodedTask" -> TaskForm.Step.ENCODED;
            default -> TaskForm.Step.DOCKER;
        });
        context.set(d.stepText("contextPath"));
        dockerfile.set(d.stepText("dockerFilePath"));
        images.set(String.join(", ", d.imageNames()));
        taskFile.set(d.stepText("taskFilePath"));
        String encoded = d.stepText("encodedTaskContent");
        yaml.set(encoded.isEmpty() ? "" : new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        os.set(d.os() == null ? "Linux" : d.os().split("/")[0]);
        agentPool.set(d.agentPool() == null ? "" : d.agentPool());
        timeout.set(d.timeout() == null ? "3600" : String.valueOf(d.timeout()));
        schedule.set(d.timerSchedule() == null ? "" : d.timerSchedule());
        enabled.set(d.enabled());
    }

    public boolean editing() {
        return existing != null;
    }

    TaskForm form() {
        return new TaskForm(name.get(), step.get(), context.get(), dockerfile.get(), images.get(), taskFile.get(), yaml.get(),
                os.get(), agentPool.get(), timeout.get(), schedule.get(), enabled.get());
    }

    @Override
    protected FieldErrors validate() {
        return TaskRules.validate(form(), !editing());
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        OperationRequest request = editing() ? TaskActions.update(existing.id(), existing.tenantId(), form())
                : TaskActions.create(registry.id(), registry.location(), registry.tenantId(), form());
        return pages.submit(registry.scope(), request);
    }
}
