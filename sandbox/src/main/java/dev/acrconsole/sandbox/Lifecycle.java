package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * How a resource's provisioningState moves with the operation that changes it: Creating/Updating/Deleting while it
 * runs, then Succeeded (or gone, after a delete) or Failed. Shared by every resource type the sandbox writes.
 */
final class Lifecycle {

    private final ResourceState state;
    private final Operations operations;

    Lifecycle(ResourceState state, Operations operations) {
        this.state = state;
        this.operations = operations;
    }

    /** 202 + Location for a resource being deleted, or 204 when it is not there (ARM: no error). */
    Response delete(Request r, String id) {
        if (!state.exists(id)) {
            return new Response(204, null, Map.of());
        }
        provisioningState(id, "Deleting");
        return operations.acceptWithLocation(r, id, new Operations.Completion.Remove(id));
    }

    /** Ends in {@code next} (or {@code Succeeded} in place when next is null), else in Failed. */
    Operations.Completion settle(String id, ObjectNode next) {
        return new Operations.Completion.Settle(id, next);
    }

    void provisioningState(String id, String value) {
        state.provisioningState(id, value);
    }
}
