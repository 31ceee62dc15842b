package dev.acrconsole.app.connectedregistries;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr connected-registry} commands equivalent to a connected registry's actions (Create on the registry's row). Resync has no az command in the reference this follows, so none is offered. */
public final class ConnectedRegistryAzCommands {
    private ConnectedRegistryAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("cr-create", r -> "az acr connected-registry create --registry " + quote(registry(r))
                    + " --name <name> --repository <repository>"),
            entry("cr-update-button", r -> "az acr connected-registry update --registry " + quote(registry(r)) + " --name "
                    + quote(r.name())),
            entry("cr-deactivate-button", r -> "az acr connected-registry deactivate --registry " + quote(registry(r))
                    + " --name " + quote(r.name()) + " --yes"),
            entry("cr-connection-string-button", r -> "az acr connected-registry get-settings --registry " + quote(registry(r))
                    + " --name " + quote(r.name()) + " --parent-protocol https --generate-password 1 --yes"),
            entry("cr-delete-button", r -> "az acr connected-registry delete --registry " + quote(registry(r)) + " --name "
                    + quote(r.name()) + " --yes"));
}
