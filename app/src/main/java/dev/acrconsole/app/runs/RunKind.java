package dev.acrconsole.app.runs;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.ResourceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A registry's ACR Tasks runs: history, read a page at a time by the runs page ({@link RunListing}), never replaced
 * whole by a refresh. The cache pages them through its own indexes ({@link CachedRuns}), which name the kind's code.
 */
public final class RunKind extends KindDescriptor<RunDetails> {
    public static final ResourceKind KIND = CachedRuns.KIND;

    public RunKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/runs", "Runs", "Run",
                new Listing.Children(RegistryKind.KIND, "runs", ApiVersions.TASKS, Listing.When.BY_PAGE));
    }

    @Override
    protected RunDetails details(CachedResource resource) {
        return RunDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, RunDetails d) {
        return d.fields();
    }

    /** Run id, status, task, trigger, created/started/finished, duration, images, pool, platform. */
    @Override
    public List<TableColumn> columns() {
        return List.of(
                column("Run ID", RunDetails::runId),
                column("Status", RunDetails::status),
                column("Task", RunDetails::task),
                column("Trigger", d -> d.trigger().split(" ")[0]),
                column("Created", d -> Format.instant(d.created())),
                column("Started", d -> Format.instant(d.started())),
                column("Finished", d -> Format.instant(d.finished())),
                column("Duration", d -> {
                    Duration t = d.duration(Instant.now());
                    return t == null ? null : Format.duration(t);
                }),
                column("Output images", d -> d.outputImages().stream().map(RunKind::shortImage)
                        .reduce((a, b) -> a + ", " + b).orElse(null)),
                column("Agent pool", RunDetails::agentPool),
                column("Platform", RunDetails::platform));
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("Run status", "properties.status"));
    }

    /** The log blob's links (Runs_GetLogSasUrl's, and a run's log artifact). */
    @Override
    public Set<String> secretFields() {
        return Set.of("logLink", "logArtifactLink");
    }

    /** {@code repository:tag}: the registry is the one the table is of, and a digest does not fit a cell. */
    private static String shortImage(String image) {
        String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        return noDigest.contains("/") ? noDigest.substring(noDigest.indexOf('/') + 1) : noDigest;
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return RunAzCommands.BY_ACTION;
    }
}
