package dev.acrconsole.app.tokens;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr token} commands equivalent to a token's actions (Create on the registry's row). */
public final class TokenAzCommands {
    private TokenAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("token-create", r -> "az acr token create --registry " + quote(registry(r)) + " --name <name> --scope-map <scope-map>"),
            entry("token-edit", r -> "az acr token update --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("token-generate", r -> "az acr token credential generate --registry " + quote(registry(r)) + " --name "
                    + quote(r.name()) + " --password1"),
            entry("token-delete", r -> "az acr token delete --registry " + quote(registry(r)) + " --name " + quote(r.name()) + " --yes"));

    /** The create or edit form as filled in so far: what is not chosen yet stays a {@code <placeholder>}. */
    public static String form(TokenForm f) {
        String scopeMap = f.scopeMapId() == null || f.scopeMapId().isBlank() ? "<scope-map>"
                : quote(dev.acrconsole.app.arm.ArmIds.name(f.scopeMapId()));
        return "az acr token " + (f.creating() ? "create" : "update") + " --registry "
                + quote(dev.acrconsole.app.arm.ArmIds.name(f.registryId())) + " --name " + AzCommand.valueOr(f.name(), "<name>")
                + " --scope-map " + scopeMap + (f.creating() && f.enabled() ? "" : " --status " + (f.enabled() ? "enabled" : "disabled"));
    }
}
