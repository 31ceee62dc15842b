package dev.acrconsole.app.replications;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr replication} commands equivalent to a replication's actions (Create on the registry's row). */
public final class ReplicationAzCommands {
    private ReplicationAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("replication-create", r -> "az acr replication create --registry " + quote(registry(r)) + " --location <location>"),
            entry("replication-edit", r -> "az acr replication update --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("replication-delete", r -> "az acr replication delete --registry " + quote(registry(r)) + " --name " + quote(r.name())));

    /** The create or edit form as filled in so far: what is not chosen yet stays a {@code <placeholder>}. */
    public static String form(ReplicationForm f) {
        String registry = quote(dev.acrconsole.app.arm.ArmIds.name(f.registryId()));
        String region = AzCommand.valueOr(f.region(), "<location>");
        if (!f.creating()) {
            return "az acr replication update --registry " + registry + " --name " + region
                    + " --region-endpoint-enabled " + f.regionEndpointEnabled();
        }
        return "az acr replication create --registry " + registry + " --location " + region
                + (f.zoneRedundant() ? " --zone-redundancy Enabled" : "")
                + (f.regionEndpointEnabled() ? "" : " --region-endpoint-enabled false");
    }
}
