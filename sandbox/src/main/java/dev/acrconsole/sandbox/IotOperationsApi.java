package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;

/**
 * Microsoft.IoTOperations 2026-03-01: instances (list by subscription and by resource group, get) and their registry
 * endpoints (list, get, create or replace with PUT: 201/200 + Azure-AsyncOperation, delete: 202 + Location or 204).
 * Names and bodies are checked by {@link RegistryEndpointSchema}, the published rules and nothing more.
 */
final class IotOperationsApi {

    static final ApiVersions VERSIONS = ApiVersions.IOT_INSTANCES;
    static final ApiVersions ENDPOINT_VERSIONS = ApiVersions.IOT_REGISTRY_ENDPOINTS;

    private static final String INSTANCES = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
            + "/providers/Microsoft.IoTOperations/instances";
    private static final String INSTANCE = INSTANCES + "/{instanceName}";
    private static final String ENDPOINTS = INSTANCE + "/registryEndpoints";
    private static final String ENDPOINT = ENDPOINTS + "/{registryEndpointName}";

    private final SandboxData data;
    private final ResourceState state;
    private final Operations operations;
    private final Lifecycle lifecycle;
    private final Pager pager;
    private final Clock clock;

    IotOperationsApi(SandboxData data, ResourceState state, Operations operations, Pager pager, Clock clock) {
        this.data = data;
        this.state = state;
        this.operations = operations;
        this.lifecycle = new Lifecycle(state, operations);
        this.pager = pager;
        this.clock = clock;
    }

    void register(Router router) {
        router.get("/subscriptions/{subscriptionId}/providers/Microsoft.IoTOperations/instances", VERSIONS, r -> {
            SandboxData.Subscription s = ResourcesApi.subscription(data, r);
            return pager.page(r, state.ofType(s.subscriptionId(), IotOperationsData.INSTANCE_TYPE), n -> n);
        });
        router.get(INSTANCES, VERSIONS, r -> {
            SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
            return pager.page(r, state.children(g.id() + "/providers/" + IotOperationsData.INSTANCE_TYPE), n -> n);
        });
        router.get(INSTANCE, VERSIONS, r -> Response.ok(instance(r)));
        router.get(ENDPOINTS, ENDPOINT_VERSIONS,
                r -> pager.page(r, state.children(instance(r).path("id").asText() + "/registryEndpoints"), n -> n));
        router.get(ENDPOINT, ENDPOINT_VERSIONS, r -> Response.ok(endpoint(r)));
        router.add("PUT", ENDPOINT, ENDPOINT_VERSIONS, this::put);
        router.add("DELETE", ENDPOINT, ENDPOINT_VERSIONS, r -> {
            checkEndpointName(r);
            return lifecycle.delete(r, instance(r).path("id").asText() + "/registryEndpoints/" + r.var("registryEndpointName"));
        });
    }

    /** The request's instance, or ARM's 404 for whichever of subscription, group or instance is missing. */
    private ObjectNode instance(Request r) {
        SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
        String name = r.var("instanceName");
        RegistryEndpointSchema.checkName("instanceName", name);
        return state.get(g.id() + "/providers/" + IotOperationsData.INSTANCE_TYPE + "/" + name)
                .orElseThrow(() -> ArmException.resourceNotFound(IotOperationsData.INSTANCE_TYPE, name, r.var("resourceGroupName")));
    }

    /** Both names are checked before either resource is looked up, as the service validates a request first. */
    private static void checkEndpointName(Request r) {
        RegistryEndpointSchema.checkName("instanceName", r.var("instanceName"));
        RegistryEndpointSchema.checkName("registryEndpointName", r.var("registryEndpointName"));
    }

    private ObjectNode endpoint(Request r) {
        checkEndpointName(r);
        String name = r.var("registryEndpointName");
        return state.get(instance(r).path("id").asText() + "/registryEndpoints/" + name)
                .orElseThrow(() -> ArmException.resourceNotFound(IotOperationsData.ENDPOINT_TYPE, name, r.var("resourceGroupName")));
    }

    private Response put(Request r) {
        ResourcesApi.resourceGroup(data, r);
        checkEndpointName(r);
        JsonNode body = Bodies.json(r, Enums.REGISTRY_ENDPOINT);
        RegistryEndpointSchema.checkBody(body);
        ObjectNode instance = instance(r);
        String id = instance.path("id").asText() + "/registryEndpoints/" + r.var("registryEndpointName");
        ObjectNode current = state.get(id).orElse(null);
        Instant now = clock.instant();
        Instant created = now;
        if (current != null) {
            // x-ms-mutability read, create: the edge location is chosen once.
            if (body.has("extendedLocation") && !body.get("extendedLocation").equals(current.get("extendedLocation"))) {
                throw Bodies.invalid("extendedLocation", "The extended location of an existing registry endpoint cannot be changed.");
            }
            created = Instant.parse(current.at("/systemData/createdAt").asText(now.toString()));
        }
        JsonNode location = current != null ? current.get("extendedLocation") : instance.get("extendedLocation");
        ObjectNode next = IotOperationsJson.newRegistryEndpoint(id, body, location, created, now,
                current == null ? "Accepted" : "Updating");
        state.put(id, next);
        return operations.acceptPut(r, id, current == null ? 201 : 200, next.deepCopy(), lifecycle.settle(id, null));
    }
}
