package dev.acrconsole.app.kind;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code az} command equivalent to an operation in the journal (its row and details in the operations panel): the
 * command its target's kind lists for the action the operation came from ({@link KindDescriptor#azCommands()}), with
 * the name the operation created filled in. Empty where az has no such command.
 */
public final class OperationCommands {
    /** An operation's noun (before the dot of its kind) -> the prefix its kind's actions are named by in the window. */
    private static final Map<String, String> ACTION_PREFIX = Map.of(
            "agentPool", "pool", "connectedRegistry", "cr", "scopeMap", "scope-map", "taskRun", "taskrun",
            "cacheRule", "cacherule", "credentialSet", "credentialset", "registryEndpoint", "endpoint",
            "privateEndpointConnection", "connection");
    private static final java.util.regex.Pattern ARCHIVE = java.util.regex.Pattern.compile("\"isArchiveEnabled\"\\s*:\\s*true");

    private OperationCommands() {}

    public static Optional<String> of(Operation op, KindCatalog kinds) {
        if (op.targetKind() == null) {
            return Optional.empty();
        }
        Map<String, Function<Row, String>> commands = kinds.of(op.targetKind()).azCommands();
        Row target = target(op);
        List<String> actions = op.kind().equals("run.update") // archiving a run's log, or no longer: the body says which
                ? List.of(op.requestBody() != null && ARCHIVE.matcher(op.requestBody()).find() ? "run-archive" : "run-unarchive")
                : actions(op.kind());
        for (String action : actions) {
            Function<Row, String> command = commands.get(action);
            if (command != null) {
                String line = command.apply(target);
                // A create's form asked for the name; the operation knows it.
                return Optional.of(line.replace("--name <name>", "--name " + AzCommand.quote(target.name())));
            }
        }
        return Optional.empty();
    }

    /** The window's action ids an operation kind ({@code replication.update}) may have come from. */
    static List<String> actions(String operationKind) {
        int dot = operationKind.indexOf('.');
        if (dot < 0) {
            return List.of();
        }
        String noun = operationKind.substring(0, dot);
        String verb = operationKind.substring(dot + 1);
        String prefix = ACTION_PREFIX.getOrDefault(noun, noun.toLowerCase(java.util.Locale.ROOT));
        List<String> out = new ArrayList<>(List.of(prefix + "-" + verb, noun + "-" + verb, prefix + "-" + verb + "-button"));
        if (verb.equals("update")) {
            out.addAll(List.of(prefix + "-edit", prefix + "-update-button"));
        }
        return out;
    }

    private static Row target(Operation op) {
        String id = op.targetId();
        String repository = ContentIds.repositoryName(id); // a repository's name holds slashes
        String name = repository != null && op.targetKind().code().equals("repository") ? repository : ArmIds.name(id);
        return new Row(new CachedResource(op.scope(), id, op.targetKind(), name == null ? id : name, "", op.tenantId(),
                ArmIds.subscription(id), ArmIds.resourceGroup(id), null, null, null, null, "{}", Instant.EPOCH), null);
    }
}
