package dev.acrconsole.app.registries;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr} commands equivalent to a registry's actions (on the registry's row). */
public final class RegistryAzCommands {
    private RegistryAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            // File › Create registry (on the resource group it goes in; the operation fills in the name)
            entry("registry-create", r -> "az acr create --name <name> --resource-group " + quote(r.resourceGroup())
                    + " --sku <sku>"),
            entry("registry-update", r -> "az acr update --name " + quote(r.name()) + " --resource-group " + quote(r.resourceGroup())),
            entry("registry-admin-credentials", r -> "az acr credential show --name " + quote(r.name())
                    + " --resource-group " + quote(r.resourceGroup())),
            entry("registry-delete", r -> "az acr delete --name " + quote(r.name()) + " --resource-group "
                    + quote(r.resourceGroup()) + " --yes"),
            entry("registry-import", r -> "az acr import --name " + quote(r.name()) + " --source <source-image> --image <repository:tag>"),
            entry("registry-login", r -> "az acr login --name " + quote(r.name())),
            // The operation the connected-registry wizard sends to turn on the parent's data endpoint (no row action)
            entry("registry-enableDataEndpoint", r -> "az acr update --name " + quote(r.name()) + " --resource-group "
                    + quote(r.resourceGroup()) + " --data-endpoint-enabled true"));

    /** The create form as filled in so far: what is not chosen yet stays a {@code <placeholder>}. */
    public static String create(RegistryForm f) {
        StringBuilder s = new StringBuilder("az acr create --name ").append(AzCommand.valueOr(f.name(), "<name>"))
                .append(" --resource-group ").append(AzCommand.valueOr(f.resourceGroup(), "<resource-group>"))
                .append(" --sku ").append(AzCommand.valueOr(f.sku(), "<sku>"));
        if (f.location() != null && !f.location().isBlank()) {
            s.append(" --location ").append(quote(f.location()));
        }
        if (f.adminUser()) {
            s.append(" --admin-enabled true");
        }
        if (!f.publicAccess()) {
            s.append(" --public-network-enabled false");
        }
        if (f.zoneRedundancy()) {
            s.append(" --zone-redundancy Enabled");
        }
        return s.toString();
    }
}
