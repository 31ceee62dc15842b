package dev.acrconsole.app.tasks;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr task} commands equivalent to a task's actions (Create on the registry's row). */
public final class TaskAzCommands {
    private TaskAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("task-create", r -> "az acr task create --registry " + quote(registry(r))
                    + " --name <name> --context <context> --file <file>"),
            entry("task-edit", r -> "az acr task update --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("task-enable", r -> "az acr task update --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --status Enabled"),
            entry("task-disable", r -> "az acr task update --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --status Disabled"),
            entry("task-run", r -> "az acr task run --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("task-delete", r -> "az acr task delete --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --yes"));
}
