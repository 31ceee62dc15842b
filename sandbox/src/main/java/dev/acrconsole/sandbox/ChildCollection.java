package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The lookups every collection below a registry makes the same way: its id, one item or ARM's 404, a plain delete. */
final class ChildCollection {

    private final SandboxData data;
    private final ResourceState state;
    private final String collection;
    private final String nameVar;
    private final String notFoundCode;
    private final String label;

    /** E.g. ("tasks", "taskName", "TaskNotFound", "task"). */
    ChildCollection(SandboxData data, ResourceState state, String collection, String nameVar, String notFoundCode, String label) {
        this.data = data;
        this.state = state;
        this.collection = collection;
        this.nameVar = nameVar;
        this.notFoundCode = notFoundCode;
        this.label = label;
    }

    /** The collection's id below the request's registry (ARM's 404 when the registry is missing). */
    String collectionId(Request r) {
        return RegistriesApi.registry(data, state, r).path("id").asText() + "/" + collection;
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
