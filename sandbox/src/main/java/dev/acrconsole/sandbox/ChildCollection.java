package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One collection below a registry whose API names its own 404 (ACR Tasks' TaskNotFound, ...): where it lives (as
 * {@link RegistryChildren} says), one item or that 404, a plain delete.
 */
final class ChildCollection {

    private final RegistryChildren children;
    private final ResourceState state;
    private final String collection;
    private final String nameVar;
    private final String notFoundCode;
    private final String label;

    /** E.g. ("tasks", "taskName", "TaskNotFound", "task"). */
    ChildCollection(RegistryChildren children, String collection, String nameVar, String notFoundCode, String label) {
        this.children = children;
        this.state = children.state;
        this.collection = collection;
        this.nameVar = nameVar;
        this.notFoundCode = notFoundCode;
        this.label = label;
    }

    /** The collection's id below the request's registry (ARM's 404 when the registry is missing). */
    String collectionId(Request r) {
        return children.collectionId(r, collection);
    }

    /** The request's item, or ARM's 404 naming it. */
    ObjectNode item(Request r) {
        String name = r.var(nameVar);
        return state.get(collectionId(r) + "/" + name).orElseThrow(() -> new ArmException(404, notFoundCode,
                "The " + label + " '" + name + "' was not found in registry '" + r.var("registryName") + "'."));
    }

    /** A synchronous delete: 200 when it was there, 204 when it was not. */
    Response deleteNow(Request r) {
        String id = collectionId(r) + "/" + r.var(nameVar);
        if (!state.exists(id)) {
            return new Response(204, null, Map.of());
        }
        state.remove(id);
        return new Response(200, null, Map.of());
    }
}
