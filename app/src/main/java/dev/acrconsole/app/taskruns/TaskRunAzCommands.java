package dev.acrconsole.app.taskruns;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr taskrun} command equivalent to a task run's Delete: az has no command that creates or updates a task run, so none is offered for those. */
public final class TaskRunAzCommands {
    private TaskRunAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("taskrun-delete", r -> "az acr taskrun delete --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --yes"));
}
