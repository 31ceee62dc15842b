package dev.acrconsole.app.registryendpoints;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static java.util.Map.entry;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@code az iot ops registry} commands (the azure-iot-ops extension) equivalent to an IoT Operations registry
 * endpoint's actions (Create on the instance's row).
 */
public final class RegistryEndpointAzCommands {
    private RegistryEndpointAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("endpoint-create", r -> "az iot ops registry create --instance " + quote(instance(r)) + " --resource-group "
                    + quote(r.resourceGroup()) + " --name <name> --host <registry-host>"),
            entry("endpoint-edit", r -> "az iot ops registry update --instance " + quote(instance(r)) + " --resource-group "
                    + quote(r.resourceGroup()) + " --name " + quote(r.name())),
            entry("endpoint-delete-button", r -> "az iot ops registry delete --instance " + quote(instance(r))
                    + " --resource-group " + quote(r.resourceGroup()) + " --name " + quote(r.name()) + " --yes"));

    /** The IoT Operations instance of an endpoint, or the instance itself. */
    private static String instance(Row row) {
        String name = ArmIds.segment(row.id(), "instances");
        return name == null ? row.name() : name;
    }
}
