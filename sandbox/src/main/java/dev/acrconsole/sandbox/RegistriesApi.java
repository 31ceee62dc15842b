package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Microsoft.ContainerRegistry/registries: list, get, create (PUT), update (PATCH), delete, checkNameAvailability. */
final class RegistriesApi {

    static final ApiVersions REGISTRIES = ApiVersions.REGISTRIES;

    static final String TYPE = "Microsoft.ContainerRegistry/registries";
    private static final String BY_GROUP =
            "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerRegistry/registries";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]{5,50}");
    private static final Set<String> SKUS = Set.of("Basic", "Standard", "Premium");

    private final SandboxData data;
    private final ResourceState state;
    private final Operations operations;
    private final Lifecycle lifecycle;
    private final Pager pager;
    private final Clock clock;

    RegistriesApi(SandboxData data, ResourceState state, Operations operations, Pager pager, Clock clock) {
        this.data = data;
        this.state = state;
        this.operations = operations;
        this.lifecycle = new Lifecycle(state, operations);
        this.pager = pager;
        this.clock = clock;
    }

    void register(Router router) {
        router.get("/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/registries", REGISTRIES, r -> {
            SandboxData.Subscription s = ResourcesApi.subscription(data, r);
            return pager.page(r, state.ofType(s.subscriptionId(), TYPE), this::render);
        });
        router.add("POST", "/subscriptions/{subscriptionId}/providers/Microsoft.ContainerRegistry/checkNameAvailability",
                REGISTRIES, this::checkName);
        router.get(BY_GROUP, REGISTRIES, r -> {
            SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
            return pager.page(r, state.children(g.id() + "/providers/" + TYPE), this::render);
        });
        router.get(BY_GROUP + "/{registryName}", REGISTRIES, r -> Response.ok(render(registry(data, state, r))));
        router.add("PUT", BY_GROUP + "/{registryName}", REGISTRIES, this::put);
        router.add("PATCH", BY_GROUP + "/{registryName}", REGISTRIES, this::patch);
        router.add("DELETE", BY_GROUP + "/{registryName}", REGISTRIES, this::delete);
    }

    /** The registry as ARM shows it: with its private endpoint connections inlined. */
    private ObjectNode render(ObjectNode registry) {
        var connections = ((ObjectNode) registry.get("properties")).putArray("privateEndpointConnections");
        state.children(registry.path("id").asText() + "/privateEndpointConnections").forEach(connections::add);
        return registry;
    }

    /** The request's registry, or ARM's 404 for whichever of subscription, group or registry is missing. */
    static ObjectNode registry(SandboxData data, ResourceState state, Request r) {
        SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
        String name = r.var("registryName");
        return state.get(g.id() + "/providers/" + TYPE + "/" + name)
                .orElseThrow(() -> ArmException.resourceNotFound(TYPE, name, r.var("resourceGroupName")));
    }

    private Response checkName(Request r) {
        ResourcesApi.subscription(data, r);
        JsonNode body = Bodies.json(r, Enums.NAME_CHECK);
        String name = body.path("name").asText("");
        if (!body.path("type").asText().equalsIgnoreCase(TYPE)) {
            throw Bodies.invalid("type", "The resource type '" + body.path("type").asText() + "' is not supported.");
        }
        ObjectNode answer = ArmJson.MAPPER.createObjectNode();
        String problem = nameProblem(name);
        if (problem == null && taken(name)) {
            answer.put("nameAvailable", false);
            answer.put("reason", "AlreadyExists");
            answer.put("message", "The registry " + name + " is already in use.");
        } else if (problem != null) {
            answer.put("nameAvailable", false);
            answer.put("reason", "Invalid");
            answer.put("message", problem);
        } else {
            answer.put("nameAvailable", true);
        }
        return Response.ok(answer);
    }

    private Response put(Request r) {
        SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
        String name = r.var("registryName");
        String id = g.id() + "/providers/" + TYPE + "/" + name;
        JsonNode body = Bodies.json(r, Enums.REGISTRY);
        String problem = nameProblem(name);
        if (problem != null) {
            throw new ArmException(400, "InvalidRegistryName", problem);
        }
        boolean exists = state.exists(id);
        if (!exists && taken(name)) {
            throw new ArmException(409, "RegistryNameNotAvailable", "The registry " + name + " is already in use.");
        }
        String location = Locations.of(body, TYPE);
        if (exists) {
            Locations.unchanged(state.get(id).orElseThrow(), location, g.name());
        }
        ((ObjectNode) body).put("location", location);
        String sku = body.path("sku").path("name").asText(null);
        if (sku == null || !SKUS.contains(sku)) {
            throw Bodies.invalid("sku.name", "The SKU '" + sku + "' is not valid. Valid values are Basic, Standard, Premium.");
        }
        checkPremiumFeatures(sku, body.path("properties"));
        ObjectNode created = ArmJson.newRegistry(id, body, clock.instant(), exists ? "Updating" : "Creating");
        if (body.path("identity").isObject()) {
            created.set("identity", identity(id, body.get("identity")));
        }
        if (exists) { // a PUT over a registry replaces what the client may set, not when it was made
            ((ObjectNode) created.get("properties")).set("creationDate",
                    state.get(id).orElseThrow().at("/properties/creationDate").deepCopy());
            SystemData.carry(state.get(id).orElseThrow(), created);
        }
        SystemData.stamp(created, r, clock.instant());
        state.put(id, created);
        return operations.acceptPut(r, id, exists ? 200 : 201, render(created.deepCopy()), lifecycle.settle(id, null));
    }

    private Response patch(Request r) {
        ObjectNode current = registry(data, state, r);
        String id = current.path("id").asText();
        JsonNode body = Bodies.json(r, Enums.REGISTRY);
        ObjectNode next = current.deepCopy();
        if (body.has("sku")) {
            String sku = body.path("sku").path("name").asText(null);
            if (sku == null || !SKUS.contains(sku)) {
                throw Bodies.invalid("sku.name", "The SKU '" + sku + "' is not valid. Valid values are Basic, Standard, Premium.");
            }
            ((ObjectNode) next.get("sku")).put("name", sku).put("tier", sku);
        }
        if (body.has("tags")) {
            next.set("tags", body.get("tags").deepCopy());
        }
        ArmJson.mergeWritable((ObjectNode) next.get("properties"), body.path("properties"));
        if (body.path("identity").isObject()) {
            next.set("identity", identity(id, body.get("identity")));
        }
        checkPremiumFeatures(next.path("sku").path("name").asText(), next.path("properties"));
        ArmJson.dataEndpointHosts(next);
        ((ObjectNode) next.get("properties")).put("provisioningState", "Updating");
        SystemData.stamp(next, r, clock.instant());
        state.put(id, next);
        return operations.acceptPut(r, id, 200, render(next.deepCopy()), lifecycle.settle(id, null));
    }

    private Response delete(Request r) {
        SandboxData.ResourceGroup g = ResourcesApi.resourceGroup(data, r);
        return lifecycle.delete(r, g.id() + "/providers/" + TYPE + "/" + r.var("registryName"));
    }

    private static void checkPremiumFeatures(String sku, JsonNode p) {
        checkAccessValues(p);
        checkIpRules(p.path("networkRuleSet").path("ipRules"));
        if (p.path("anonymousPullEnabled").asBoolean(false) && sku.equals("Basic")) {
            // ARM's answer word for word, naming the SKU as ACR does inside (Managed_Basic).
            throw new ArmException(400, "BadRequest", "Anonymous pull is not supported for SKU Managed_Basic. For more "
                    + "information on SKU tiers, please visit https://aka.ms/acr/tiers.");
        }
        if (sku.equals("Premium")) {
            return;
        }
        List<String> premiumOnly = new java.util.ArrayList<>();
        if ("Enabled".equalsIgnoreCase(p.path("zoneRedundancy").asText())) {
            premiumOnly.add("zone redundancy");
        }
        if (p.path("dataEndpointEnabled").asBoolean(false)) {
            premiumOnly.add("dedicated data endpoints");
        }
        JsonNode rules = p.path("networkRuleSet");
        if ("Deny".equalsIgnoreCase(rules.path("defaultAction").asText()) || !rules.path("ipRules").isEmpty()) {
            premiumOnly.add("network rules");
        }
        if ("enabled".equalsIgnoreCase(p.at("/policies/trustPolicy/status").asText())) {
            premiumOnly.add("content trust");
        }
        if (!premiumOnly.isEmpty()) {
            throw new ArmException(400, "FeatureNotSupportedForSku", "The " + sku + " SKU does not support "
                    + String.join(", ", premiumOnly) + ". Use the Premium SKU.");
        }
        if ("Disabled".equalsIgnoreCase(p.path("publicNetworkAccess").asText())) {
            throw new ArmException(400, "DisablingPublicNetworkAccessNotSupported", "Disabling public network access is "
                    + "not supported for the SKU " + sku + ". For more information, please visit https://aka.ms/acr/private-link.");
        }
    }

    /** The registry's managed identity as ARM answers it (its principal ids its own, not its tasks'). */
    private static ObjectNode identity(String registryId, JsonNode requested) {
        return TasksApi.identity(requested, ArmJson.MAPPER.createObjectNode().put("id", registryId + "/identity"));
    }

    /** Values the access settings take (after {@link Enums} put them in the spec's case): anything else is refused. */
    private static void checkAccessValues(JsonNode p) {
        for (String path : List.of("properties.networkRuleSet.defaultAction", "properties.networkRuleBypassOptions",
                "properties.roleAssignmentMode")) {
            JsonNode value = p.at("/" + path.substring("properties.".length()).replace('.', '/'));
            List<String> allowed = Enums.REGISTRY.get(path);
            if (!value.isMissingNode() && !value.isNull() && !allowed.contains(value.asText())) {
                throw Bodies.invalid(path, "The value '" + value.asText() + "' is not valid. Valid values are "
                        + String.join(", ", allowed) + ".");
            }
        }
    }

    private static final Pattern IP_RULE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

    /** ACR's IP rules: at most 100, each an IPv4 address or CIDR range. */
    private static void checkIpRules(JsonNode rules) {
        if (rules.size() > 100) {
            throw Bodies.invalid("properties.networkRuleSet.ipRules", "A registry can have at most 100 IP rules; this has "
                    + rules.size() + ".");
        }
        for (JsonNode rule : rules) {
            String value = rule.path("value").asText("");
            var m = IP_RULE.matcher(value);
            boolean ok = m.matches();
            for (int i = 1; ok && i <= 4; i++) {
                ok = Integer.parseInt(m.group(i)) <= 255;
            }
            if (!ok || m.group(5) != null && Integer.parseInt(m.group(5)) > 32) {
                throw Bodies.invalid("properties.networkRuleSet.ipRules.value", "The IP rule '" + value
                        + "' is not a valid IPv4 address or CIDR range.");
            }
        }
    }

    /** ACR's naming rule; null when the name is fine. */
    private static String nameProblem(String name) {
        return NAME.matcher(name).matches() ? null
                : "The registry name '" + name + "' is invalid: use 5 to 50 letters and digits.";
    }

    /** Registry names are global: the login server is {name}.azurecr.io. */
    private boolean taken(String name) {
        return state.nameTaken(TYPE, name);
    }
}
