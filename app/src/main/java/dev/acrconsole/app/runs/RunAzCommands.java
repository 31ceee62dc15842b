package dev.acrconsole.app.runs;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr task} commands equivalent to a run's actions: a run is named by its run id. */
public final class RunAzCommands {
    private RunAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("run-cancel", r -> "az acr task cancel-run --registry " + quote(registry(r)) + " --run-id " + quote(r.name())),
            entry("run-archive", r -> "az acr task update-run --registry " + quote(registry(r)) + " --run-id " + quote(r.name())
                    + " --no-archive false"),
            entry("run-unarchive", r -> "az acr task update-run --registry " + quote(registry(r)) + " --run-id "
                    + quote(r.name()) + " --no-archive true"),
            entry("run-log", r -> "az acr task logs --registry " + quote(registry(r)) + " --run-id " + quote(r.name())));
}
