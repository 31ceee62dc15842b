package dev.acrconsole.app.privateendpoints;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr private-endpoint-connection} commands equivalent to a connection's actions, from its page or the pending-approvals inbox (which takes {@code --registry-name}). */
public final class ConnectionAzCommands {
    private ConnectionAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("connection-approve", ConnectionAzCommands::approve),
            entry("pending-approve", ConnectionAzCommands::approve),
            entry("connection-reject", ConnectionAzCommands::reject),
            entry("pending-reject", ConnectionAzCommands::reject),
            entry("connection-delete-button", r -> "az acr private-endpoint-connection delete --registry-name "
                    + quote(registry(r)) + " --name " + quote(r.name())));

    private static String approve(Row r) {
        return "az acr private-endpoint-connection approve --registry-name " + quote(registry(r)) + " --name " + quote(r.name())
                + " --description <description>";
    }

    private static String reject(Row r) {
        return "az acr private-endpoint-connection reject --registry-name " + quote(registry(r)) + " --name " + quote(r.name())
                + " --description <description>";
    }
}
