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

    /** The create or edit form as filled in so far: what is not chosen yet stays a {@code <placeholder>}. */
    public static String form(CacheRuleForm f) {
        String head = "az acr cache " + (f.creating() ? "create" : "update") + " --registry "
                + quote(dev.acrconsole.app.arm.ArmIds.name(f.registryId())) + " --name " + AzCommand.valueOr(f.name(), "<name>");
        boolean credentials = f.credentialSetId() != null && !f.credentialSetId().isBlank();
        String credentialSet = credentials ? " --cred-set " + quote(dev.acrconsole.app.arm.ArmIds.name(f.credentialSetId())) : "";
        if (!f.creating()) {
            return head + (credentials ? credentialSet : " --remove-cred-set");
        }
        return head + " --source-repo " + AzCommand.valueOr(f.sourceRepository(), "<source-repository>") + " --target-repo "
                + AzCommand.valueOr(f.targetRepository(), "<target-repository>") + credentialSet;
    }
}
