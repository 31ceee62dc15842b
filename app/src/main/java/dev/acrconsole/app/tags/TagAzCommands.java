package dev.acrconsole.app.tags;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr repository} commands equivalent to a tag's actions: the image is {@code repository:tag}. */
public final class TagAzCommands {
    private TagAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("tag-delete", r -> "az acr repository delete --name " + quote(registry(r)) + " --image " + image(r) + " --yes"),
            entry("tag-lock", r -> "az acr repository update --name " + quote(registry(r)) + " --image " + image(r)
                    + " --write-enabled false --delete-enabled false"),
            entry("tag-unlock", r -> "az acr repository update --name " + quote(registry(r)) + " --image " + image(r)
                    + " --write-enabled true --delete-enabled true"));

    /** {@code repository:tag} or {@code repository@digest}, as az's --image takes it. */
    private static String image(Row row) {
        return quote(ContentIds.displayName(row.id()));
    }
}
