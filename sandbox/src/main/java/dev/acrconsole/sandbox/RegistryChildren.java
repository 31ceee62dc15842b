package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the APIs of a registry's child collections (scope maps, tokens, connected registries, tasks, task runs, agent
 * pools) share: the sandbox's state and machinery, where a collection lives, finding one item with ARM's 404, and
 * ARM's rules for names and durations.
 */
final class RegistryChildren {

    static final String REGISTRY_PATH = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
            + "/providers/Microsoft.ContainerRegistry/registries/{registryName}";

    final ResourceState state;
    final Operations operations;
    final Lifecycle lifecycle;
    final Pager pager;
    final Clock clock;
    private final SandboxData data;

    RegistryChildren(SandboxData data, ResourceState state, Operations operations, Pager pager, Clock clock) {
        this.data = data;
        this.state = state;
        this.operations = operations;
        this.lifecycle = new Lifecycle(state, operations);
        this.pager = pager;
        this.clock = clock;
    }

    ObjectNode registry(Request r) {
        return RegistriesApi.registry(data, state, r);
    }

    /** The id of the request's registry's collection, e.g. {@code .../registries/r/tokens}. */
    String collectionId(Request r, String collection) {
        return registry(r).path("id").asText() + "/" + collection;
    }

    /** The item named by {@code nameVar}, or ARM's 404 naming it. */
    ObjectNode item(Request r, String collection, String nameVar) {
        String name = r.var(nameVar);
        return find(collectionId(r, collection) + "/" + name).orElseThrow(() -> ArmException.resourceNotFound(
                RegistriesApi.TYPE + "/" + r.var("registryName") + "/" + collection, name, r.var("resourceGroupName")));
    }

    java.util.Optional<ObjectNode> find(String id) {
        return state.get(id);
    }

    /** The resource {@code id} names, if it exists and is in the request's registry's {@code collection}. */
    java.util.Optional<ObjectNode> inCollection(Request r, String collection, String id) {
        String wanted = collectionId(r, collection).toLowerCase(Locale.ROOT);
        return id == null || !ArmPaths.collection(id).equals(wanted) ? java.util.Optional.empty() : state.get(id);
    }

    /** ARM's 400 unless {@code name} has 5 to 50 characters of {@code allowed} ({@code what} says which). */
    static void checkName(String kind, String name, Pattern allowed, String what) {
        if (name == null || name.length() < 5 || name.length() > 50 || !allowed.matcher(name).matches()) {
            throw new ArmException(400, "InvalidResourceName", "The " + kind + " name '" + name
                    + "' is invalid: use 5 to 50 " + what + ".");
        }
    }

    /** An ISO-8601 duration within [min, max], or ARM's 400 naming the property. */
    static Duration duration(String property, String text, Duration min, Duration max) {
        Duration d;
        try {
            d = Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw Bodies.invalid(property, "The value '" + text + "' is not an ISO 8601 duration such as P1D or PT3H.");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw Bodies.invalid(property, "The value '" + text + "' is out of range: it must be between " + min
                    + " and " + max + ".");
        }
        return d;
    }

    /** Five cron fields, as ARM's schedule takes them; the console checks the fields' values itself. */
    static void schedule(String cron) {
        if (cron == null || cron.isBlank() || cron.trim().split("\\s+").length != 5) {
            throw Bodies.invalid("properties.parent.syncProperties.schedule",
                    "The schedule '" + cron + "' is not a cron expression of five fields, such as '0 9 * * *'.");
        }
    }
}
