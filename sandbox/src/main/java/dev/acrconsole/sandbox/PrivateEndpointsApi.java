package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * A registry's private endpoint connections: list, get, approve/reject (PUT with a new connection state, an
 * operation), delete (202 + Location). Connections are made from the network side, so there is no create here:
 * a PUT on an unknown connection is ARM's 404.
 */
final class PrivateEndpointsApi {

    private static final String COLLECTION = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
            + "/providers/Microsoft.ContainerRegistry/registries/{registryName}/privateEndpointConnections";
    private static final String ITEM = COLLECTION + "/{connectionName}";
    private static final Set<String> STATUSES = Set.of("Approved", "Pending", "Rejected", "Disconnected");

    private final SandboxData data;
    private final ResourceState state;
    private final Operations operations;
    private final Lifecycle lifecycle;
    private final Pager pager;

    PrivateEndpointsApi(SandboxData data, ResourceState state, Operations operations, Pager pager) {
        this.data = data;
        this.state = state;
        this.operations = operations;
        this.lifecycle = new Lifecycle(state, operations);
        this.pager = pager;
    }

    void register(Router router) {
        router.get(COLLECTION, ApiVersions.PRIVATE_ENDPOINT_CONNECTIONS, r -> {
            ObjectNode registry = RegistriesApi.registry(data, state, r);
            return pager.page(r, state.children(registry.path("id").asText() + "/privateEndpointConnections"), n -> n);
        });
        router.get(ITEM, ApiVersions.PRIVATE_ENDPOINT_CONNECTIONS, r -> Response.ok(connection(r)));
        router.add("PUT", ITEM, ApiVersions.PRIVATE_ENDPOINT_CONNECTIONS, this::put);
        router.add("DELETE", ITEM, ApiVersions.PRIVATE_ENDPOINT_CONNECTIONS, this::delete);
    }

    private ObjectNode connection(Request r) {
        ObjectNode registry = RegistriesApi.registry(data, state, r);
        String name = r.var("connectionName");
        return state.get(registry.path("id").asText() + "/privateEndpointConnections/" + name)
                .orElseThrow(() -> new ArmException(404, "PrivateEndpointConnectionNotFound",
                        "Private endpoint connection '" + name + "' was not found on registry '" + r.var("registryName") + "'."));
    }

    private Response put(Request r) {
        ObjectNode current = connection(r);
        String id = current.path("id").asText();
        JsonNode wanted = Bodies.json(r, Enums.PRIVATE_ENDPOINT_CONNECTION).path("properties").path("privateLinkServiceConnectionState");
        String status = wanted.path("status").asText(null);
        if (status == null || !STATUSES.contains(status)) {
            throw Bodies.invalid("properties.privateLinkServiceConnectionState.status", "The connection status '" + status
                    + "' is not valid. Valid values are Approved, Pending, Rejected, Disconnected.");
        }
        String was = current.path("properties").path("privateLinkServiceConnectionState").path("status").asText();
        if (was.equals("Rejected") && status.equals("Approved")) {
            throw new ArmException(400, "PrivateEndpointConnectionCannotBeApproved",
                    "A rejected private endpoint connection cannot be approved; ask the owner of the private endpoint to recreate it.");
        }
        ObjectNode next = current.deepCopy();
        ObjectNode connectionState = ((ObjectNode) next.get("properties")).putObject("privateLinkServiceConnectionState");
        connectionState.put("status", status);
        connectionState.put("description", wanted.path("description").asText(""));
        connectionState.put("actionsRequired", wanted.path("actionsRequired").asText("None"));
        // Until the operation ends ARM shows the old state, updating.
        SystemData.stamp(next, r, java.time.Instant.now());
        lifecycle.provisioningState(id, "Updating");
        // The connection exists (a PUT on an unknown one is 404), so this is ARM's 200, not 201.
        return operations.acceptPut(r, id, 200, state.get(id).orElseThrow(), lifecycle.settle(id, next));
    }

    private Response delete(Request r) {
        ObjectNode registry = RegistriesApi.registry(data, state, r);
        return lifecycle.delete(r, registry.path("id").asText() + "/privateEndpointConnections/" + r.var("connectionName"));
    }
}
