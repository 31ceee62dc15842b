package dev.acrconsole.ui.runs;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Scheduling a run on a registry: which kind of request, and its fields; checked as typed, sent as an operation. */
public final class ScheduleRunViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final ObjectProperty<RunRequestForm.Kind> kind = new SimpleObjectProperty<>(RunRequestForm.Kind.DOCKER_BUILD);
    // Examples are the fields' prompts (ScheduleRunDialog), not values: only ACR's own defaults are filled in.
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty dockerfile = new SimpleStringProperty("Dockerfile");
    private final StringProperty images = new SimpleStringProperty("");
    private final StringProperty taskFile = new SimpleStringProperty("acb.yaml");
    private final StringProperty yaml = new SimpleStringProperty("");
    private final StringProperty task = new SimpleStringProperty();
    private final StringProperty values = new SimpleStringProperty("");
    private final StringProperty os = new SimpleStringProperty("Linux");
    private final StringProperty agentPool = new SimpleStringProperty("");
    private final BooleanProperty archive = new SimpleBooleanProperty(true);

    public ScheduleRunViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        watch(source, RunActions.SOURCE);
        watch(dockerfile, RunActions.DOCKERFILE);
        watch(images, RunActions.IMAGES);
        watch(taskFile, RunActions.TASK_FILE);
        watch(yaml, RunActions.YAML);
        watch(task, RunActions.TASK);
        watch(values, RunActions.VALUES);
        kind.addListener((obs, old, k) -> refreshErrors());
    }

    public RunRequestForm form() {
        return new RunRequestForm(kind.get(), source.get(), dockerfile.get(), images.get(), taskFile.get(), yaml.get(),
                task.get(), values.get(), os.get(), agentPool.get(), archive.get());
    }

    @Override
    protected FieldErrors validate() {
        return RunActions.validate(form());
    }

    /** Null when refused (messages show under the fields), else the operation being journaled. */
    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(registry.scope(), RunActions.schedule(registry.id(), registry.tenantId(), form()));
    }

    public ObjectProperty<RunRequestForm.Kind> kind() {
        return kind;
    }

    public StringProperty source() {
        return source;
    }

    public StringProperty dockerfile() {
        return dockerfile;
    }

    public StringProperty images() {
        return images;
    }

    public StringProperty taskFile() {
        return taskFile;
    }

    public StringProperty yaml() {
        return yaml;
    }

    public StringProperty task() {
        return task;
    }

    public StringProperty values() {
        return values;
    }

    public StringProperty os() {
        return os;
    }

    /** The registry's agent pools as cached, by name, for the pool field to offer; read off the FX thread. */
    public CompletableFuture<java.util.List<String>> cachedPools() {
        return dev.acrconsole.ui.agentpools.AgentPoolChoices.cached(context, registry);
    }


    public StringProperty agentPool() {
        return agentPool;
    }

    public BooleanProperty archive() {
        return archive;
    }
}
