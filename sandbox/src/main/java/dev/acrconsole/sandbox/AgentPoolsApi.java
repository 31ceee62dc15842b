package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dedicated agent pools (Premium registries): list, get, create (PUT) and scale (PATCH count) as long-running
 * operations, delete (202 + Location), and listQueueStatus: how many runs wait for the pool.
 */
final class AgentPoolsApi {

    private static final ApiVersions VERSIONS = ApiVersions.AGENT_POOLS;
    private static final String ITEM = RunsApi.REGISTRY + "/agentPools/{agentPoolName}";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]{3,20}");
    private static final Set<String> TIERS = Set.of("S1", "S2", "S3", "I6");
    private static final int MAX_COUNT = 100;

    private final RegistryChildren children;
    private final ResourceState state;
    private final Operations operations;
    private final Lifecycle lifecycle;
    private final Runs runs;
    private final Pager pager;
    private final ChildCollection pools;

    AgentPoolsApi(RegistryChildren children, Runs runs) {
        this.children = children;
        this.state = children.state;
        this.operations = children.operations;
        this.lifecycle = children.lifecycle;
        this.runs = runs;
        this.pager = children.pager;
        this.pools = new ChildCollection(children, "agentPools", "agentPoolName", "AgentPoolNotFound", "agent pool");
    }

    void register(Router router) {
        router.get(RunsApi.REGISTRY + "/agentPools", VERSIONS, r -> pager.page(r, state.children(pools.collectionId(r)), n -> n));
        router.get(ITEM, VERSIONS, r -> Response.ok(pools.item(r)));
        router.add("PUT", ITEM, VERSIONS, this::put);
        router.add("PATCH", ITEM, VERSIONS, this::patch);
        router.add("DELETE", ITEM, VERSIONS, r -> lifecycle.delete(r, pools.collectionId(r) + "/" + r.var("agentPoolName")));
        router.add("POST", ITEM + "/listQueueStatus", VERSIONS, this::queueStatus);
    }

    private Response put(Request r) {
        ObjectNode registry = children.registry(r);
        if (!registry.at("/sku/name").asText().equals("Premium")) {
            throw new ArmException(400, "FeatureNotSupportedForSku", "Dedicated agent pools need a Premium registry; '"
                    + registry.path("name").asText() + "' is " + registry.at("/sku/name").asText() + ".");
        }
        String name = r.var("agentPoolName");
        if (!NAME.matcher(name).matches()) {
            throw new ArmException(400, "InvalidAgentPoolName", "The agent pool name '" + name
                    + "' is invalid: use 3 to 20 letters, digits and hyphens.");
        }
        String id = registry.path("id").asText() + "/agentPools/" + name;
        JsonNode body = Bodies.json(r, Enums.AGENT_POOL);
        JsonNode p = body.path("properties");
        String tier = p.path("tier").asText("");
        if (!TIERS.contains(tier)) {
            throw Bodies.invalid("properties.tier", "The tier '" + tier + "' is not valid. Valid values are S1, S2, S3, I6.");
        }
        String os = p.path("os").asText("Linux");
        if (!os.equals("Linux")) {
            throw Bodies.invalid("properties.os", "Agent pools run Linux only, got '" + os + "'.");
        }
        int count = count(p.path("count"));
        boolean exists = state.exists(id);
        ObjectNode pool = ArmJson.MAPPER.createObjectNode();
        pool.put("type", "Microsoft.ContainerRegistry/registries/agentPools");
        pool.put("id", id);
        pool.put("name", name);
        pool.put("location", Locations.orElse(body, "Microsoft.ContainerRegistry/registries/agentPools",
                registry.path("location").asText()));
        ObjectNode props = pool.putObject("properties");
        props.put("count", count).put("tier", tier).put("os", os);
        if (p.hasNonNull("virtualNetworkSubnetResourceId")) {
            props.put("virtualNetworkSubnetResourceId", p.get("virtualNetworkSubnetResourceId").asText());
        }
        props.put("provisioningState", exists ? "Updating" : "Creating");
        if (exists) {
            SystemData.carry(state.get(id).orElseThrow(), pool);
        }
        SystemData.stamp(pool, r, children.clock.instant());
        state.put(id, pool);
        return operations.acceptPut(r, id, exists ? 200 : 201, pool, lifecycle.settle(id, null));
    }

    private Response patch(Request r) {
        ObjectNode current = pools.item(r);
        String id = current.path("id").asText();
        int count = count(Bodies.json(r, Enums.AGENT_POOL).at("/properties/count"));
        ObjectNode next = current.deepCopy();
        ((ObjectNode) next.get("properties")).put("count", count).put("provisioningState", "Updating");
        SystemData.stamp(next, r, children.clock.instant());
        state.put(id, next);
        return operations.acceptPut(r, id, 200, next, lifecycle.settle(id, null));
    }

    private static int count(JsonNode value) {
        if (!value.canConvertToInt() || value.asInt() < 0 || value.asInt() > MAX_COUNT) {
            throw Bodies.invalid("properties.count", "The agent count must be a whole number from 0 to " + MAX_COUNT
                    + ", got " + value + ".");
        }
        return value.asInt();
    }

    private Response queueStatus(Request r) {
        ObjectNode pool = pools.item(r);
        runs.advance();
        String registryId = ArmPaths.collection(pool.path("id").asText()).replaceAll("/agentpools$", "");
        long queued = state.children(registryId + "/runs").stream()
                .filter(run -> run.at("/properties/status").asText().equals("Queued"))
                .filter(run -> pool.path("name").asText().equalsIgnoreCase(run.at("/properties/agentPoolName").asText()))
                .count();
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.put("count", queued);
        return Response.ok(body);
    }
}
