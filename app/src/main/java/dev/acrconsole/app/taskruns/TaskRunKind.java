package dev.acrconsole.app.taskruns;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;
import java.util.Set;

/** A registry's task runs: a kept run request (which task, which values) and the run it last started. */
public final class TaskRunKind extends KindDescriptor<TaskRunDetails> {
    public static final ResourceKind KIND = ResourceKind.of("taskRun");

    public TaskRunKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/taskRuns", "Task runs", "Task run",
                new Listing.Children(RegistryKind.KIND, "taskRuns", ApiVersions.TASKS, Listing.When.ONCE_OPENED));
    }

    @Override
    protected TaskRunDetails details(CachedResource resource) {
        return TaskRunDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, TaskRunDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Task", TaskRunDetails::task),
                column("Last run", TaskRunDetails::runId),
                column("Run status", TaskRunDetails::runStatus),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    /** Its run request may carry a source token or a values file; its run result a log link. */
    @Override
    public Set<String> secretFields() {
        return Set.of("contextAccessToken", "encodedValuesContent", "logArtifactLink");
    }

    @Override
    public boolean readsMore() {
        return true;
    }

    /** TaskRuns_GetDetails: the run request in full. */
    @Override
    public List<DetailField> readMore(ReadContext reads, Row row) {
        return TaskKind.listDetails(this, reads, row);
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Task", "properties.runRequest.taskId"),
                new Watched("Last run status", "properties.runResult.properties.status"), Watched.PROVISIONING);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return TaskRunAzCommands.BY_ACTION;
    }
}
