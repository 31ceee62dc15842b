package dev.acrconsole.app.model;

import dev.acrconsole.cache.CachedResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** The runs table's columns: run id, status, task, trigger, created/started/finished, duration, images, pool, platform. */
final class RunColumns {
    static final List<TableColumn> ALL = List.of(
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
            column("Output images", d -> d.outputImages().stream().map(RunColumns::shortImage).reduce((a, b) -> a + ", " + b).orElse(null)),
            column("Agent pool", RunDetails::agentPool),
            column("Platform", RunDetails::platform));

    private RunColumns() {}

    private static TableColumn column(String header, Function<RunDetails, String> value) {
        return new TableColumn(header, (CachedResource r) -> value.apply(RunDetails.parse(r.json())));
    }

    /** {@code repository:tag}: the registry is the one the table is of, and a digest does not fit a cell. */
    private static String shortImage(String image) {
        String noDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        return noDigest.contains("/") ? noDigest.substring(noDigest.indexOf('/') + 1) : noDigest;
    }
}
