package dev.acrconsole.app.agentpools;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr agentpool} commands equivalent to an agent pool's actions (Create on the registry's row). */
public final class AgentPoolAzCommands {
    private AgentPoolAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("pool-create", r -> "az acr agentpool create --registry " + quote(registry(r)) + " --name <name> --tier <tier>"),
            entry("pool-scale", r -> "az acr agentpool update --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --count <count>"),
            entry("pool-delete", r -> "az acr agentpool delete --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --yes"));
}
