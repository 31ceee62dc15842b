package dev.acrconsole.app.repositories;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr repository} commands equivalent to a repository's actions (Import on the registry's row). */
public final class RepositoryAzCommands {
    private RepositoryAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("repository-import", r -> "az acr import --name " + quote(registry(r)) + " --source <source-image> --image <repository:tag>"),
            entry("repository-delete", r -> "az acr repository delete --name " + quote(registry(r)) + " --repository "
                    + quote(r.name()) + " --yes"),
            entry("repository-lock", r -> "az acr repository update --name " + quote(registry(r)) + " --repository "
                    + quote(r.name()) + " --write-enabled false --delete-enabled false"),
            entry("repository-unlock", r -> "az acr repository update --name " + quote(registry(r)) + " --repository "
                    + quote(r.name()) + " --write-enabled true --delete-enabled true"));
}
