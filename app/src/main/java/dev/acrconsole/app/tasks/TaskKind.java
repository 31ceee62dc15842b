package dev.acrconsole.app.tasks;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.util.List;
import java.util.Set;

/** A registry's ACR Tasks: a build or run step with its triggers; Tasks_GetDetails adds what the list leaves out. */
public final class TaskKind extends KindDescriptor<TaskDetails> {
    public static final ResourceKind KIND = ResourceKind.of("task");

    public TaskKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/tasks", "Tasks", "Task",
                new Listing.Children(RegistryKind.KIND, "tasks", ApiVersions.TASKS, Listing.When.ONCE_OPENED));
    }

    @Override
    protected TaskDetails details(CachedResource resource) {
        return TaskDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, TaskDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Status", d -> Format.enumValue(d.status())),
                column("Platform", TaskDetails::os),
                column("Step", TaskDetails::stepType),
                column("Triggers", TaskDetails::triggerSummary),
                column("Agent pool", TaskDetails::agentPool),
                column("Timeout", d -> d.timeout() == null ? null : d.timeout() + " s"),
                column("Created", d -> Format.armTime(d.created()), d -> Format.armInstant(d.created())));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Status", "properties.status"),
                Watched.PROVISIONING,
                new Watched("Platform", "properties.platform.os"),
                new Watched("Agent pool", "properties.agentPoolName"),
                new Watched("Timeout", "properties.timeout"),
                new Watched("Timer triggers", "properties.trigger.timerTriggers[*].schedule"),
                new Watched("Source triggers", "properties.trigger.sourceTriggers[*].status"),
                new Watched("Base image trigger", "properties.trigger.baseImageTrigger.status"),
                new Watched("Identity", "identity.type"),
                new Watched("Credentials", "properties.credentials.customRegistries"));
    }

    /** A source's access token, a base image trigger's token, and a values file (which holds whatever the user put). */
    @Override
    public Set<String> secretFields() {
        return Set.of("contextAccessToken", "updateTriggerToken", "encodedValuesContent");
    }

    @Override
    public boolean readsMore() {
        return true;
    }

    /** Tasks_GetDetails: the step and triggers in full (its credentials' secret values are stripped by the cache). */
    @Override
    public List<DetailField> readMore(ReadContext reads, Row row) {
        return listDetails(this, reads, row);
    }

    /** POSTs {@code {id}/listDetails} (tasks and task runs), caches the answer, and returns its detail fields. */
    public static List<DetailField> listDetails(KindDescriptor<?> kind, ReadContext reads, Row row) {
        ResourceStore store = reads.store();
        KindCatalog kinds = reads.kinds();
        ArmResponse r = reads.arm().readHttp().send("POST", row.id() + "/listDetails" + ApiVersions.query(ApiVersions.TASKS), null);
        if (!r.ok()) {
            throw new IllegalStateException(r.errorCode() + ": " + r.errorMessage());
        }
        CachedResource details = kind.fromArm(row.scope(), row.tenantId(), r.json(), reads.clock().instant());
        store.upsert(details, kind.listingKey(row.id()));
        CachedResource cached = store.get(row.scope(), row.id()).orElse(details);
        return kinds.of(cached.kind()).describe(kinds.row(cached)).fields();
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return TaskAzCommands.BY_ACTION;
    }
}
