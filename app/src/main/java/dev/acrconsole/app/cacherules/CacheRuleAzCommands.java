package dev.acrconsole.app.cacherules;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr cache} commands equivalent to a cache rule's actions (Create on the registry's row). */
public final class CacheRuleAzCommands {
    private CacheRuleAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("cacherule-create", r -> "az acr cache create --registry " + quote(registry(r))
                    + " --name <name> --source-repo <source-repository> --target-repo <target-repository>"),
            entry("cacherule-edit", r -> "az acr cache update --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --cred-set <credential-set>"),
            entry("cacherule-delete", r -> "az acr cache delete --registry " + quote(registry(r)) + " --name " + quote(r.name())
                    + " --yes"));
}
