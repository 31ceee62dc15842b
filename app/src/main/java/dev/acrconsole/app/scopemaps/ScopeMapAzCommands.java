package dev.acrconsole.app.scopemaps;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr scope-map} commands equivalent to a scope map's actions (Create on the registry's row). */
public final class ScopeMapAzCommands {
    private ScopeMapAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("scope-map-create", r -> "az acr scope-map create --registry " + quote(registry(r))
                    + " --name <name> --repository <repository> content/read"),
            entry("scope-map-edit", r -> "az acr scope-map update --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("scope-map-delete", r -> "az acr scope-map delete --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --yes"));
}
