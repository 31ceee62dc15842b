package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Renders sandbox records as ARM JSON, starting from Microsoft's published examples (bundled under examples/). */
final class ArmJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    // ARM writes 7 fractional digits; the example's two timestamps use 'Z' and '+00:00' respectively.
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private static final ObjectNode REGISTRY = body("RegistryGet.json");
    private static final ObjectNode SUBSCRIPTION = (ObjectNode) body("GetSubscriptions.json").path("value").get(0);
    // The second tenant of the example is the "Home" one, like a signed-in user's own tenant.
    private static final ObjectNode TENANT = (ObjectNode) body("GetTenants.json").path("value").get(1);
    private static final ObjectNode RESOURCE_GROUP = body("ResourceGroups_Get.json");
    private static final ObjectNode PRIVATE_ENDPOINT_CONNECTION = body("PrivateEndpointConnectionGet.json");

    private ArmJson() {
    }

    static ObjectNode body(String file) {
        try (InputStream in = ArmJson.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled example missing: " + file);
            }
            return (ObjectNode) MAPPER.readTree(in).path("responses").path("200").path("body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tenant(SandboxData.Tenant t) {
        ObjectNode n = TENANT.deepCopy();
        n.remove("tenantBrandingLogoUrl");
        n.put("countryCode", t.countryCode());
        n.put("defaultDomain", t.defaultDomain());
        n.put("displayName", t.displayName());
        n.putArray("domains").add(t.defaultDomain());
        n.put("id", t.id());
        n.put("tenantCategory", "Home");
        n.put("tenantId", t.tenantId());
        n.put("tenantType", "AAD");
        return n;
    }

    static ObjectNode subscription(SandboxData.Subscription s) {
        ObjectNode n = SUBSCRIPTION.deepCopy();
        n.put("authorizationSource", "RoleBased");
        n.put("displayName", s.displayName());
        n.put("id", s.id());
        n.putArray("managedByTenants");
        n.put("state", "Enabled");
        n.put("subscriptionId", s.subscriptionId());
        ObjectNode policies = n.putObject("subscriptionPolicies");
        policies.put("locationPlacementId", "Public_2014-09-01");
        policies.put("quotaId", s.quotaId());
        policies.put("spendingLimit", "Off");
        putTagsOrRemove(n, s.tags());
        n.put("tenantId", s.tenantId());
        return n;
    }

    static ObjectNode resourceGroup(SandboxData.ResourceGroup g) {
        ObjectNode template = RESOURCE_GROUP;
        ObjectNode n = MAPPER.createObjectNode();
        // Copy in order so tags land before properties, where ARM puts them.
        template.properties().forEach(e -> {
            if (e.getKey().equals("properties") && !g.tags().isEmpty()) {
                n.set("tags", tags(g.tags()));
            }
            n.set(e.getKey(), e.getValue().deepCopy());
        });
        n.put("id", g.id());
        n.put("name", g.name());
        n.put("location", g.location());
        ((ObjectNode) n.get("properties")).put("provisioningState", "Succeeded");
        return n;
    }

    static ObjectNode registry(SandboxData.Registry r) {
        ObjectNode n = REGISTRY.deepCopy();
        n.put("id", r.id());
        n.put("name", r.name());
        n.put("location", r.location());
        n.set("tags", tags(r.tags()));
        ObjectNode sku = (ObjectNode) n.get("sku");
        sku.put("name", r.sku());
        sku.put("tier", r.sku());

        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("loginServer", r.loginServer());
        p.put("creationDate", CREATED.format(r.creationDate()));
        p.put("provisioningState", "Succeeded");
        p.put("adminUserEnabled", r.adminUserEnabled());
        ((ObjectNode) p.get("networkRuleSet")).put("defaultAction", r.publicNetworkAccess() ? "Allow" : "Deny");

        ObjectNode retention = (ObjectNode) p.get("policies").get("retentionPolicy");
        retention.put("days", r.retentionDays() == 0 ? 7 : r.retentionDays());
        Instant retentionUpdated = r.creationDate().plus(Duration.ofMinutes(2 + r.name().length()));
        retention.put("lastUpdatedTime", UPDATED.format(retentionUpdated));
        retention.put("status", r.retentionDays() == 0 ? "disabled" : "enabled");

        p.put("dataEndpointEnabled", r.dataEndpointEnabled());
        ArrayNode hosts = p.putArray("dataEndpointHostNames");
        if (r.dataEndpointEnabled()) {
            hosts.add(r.name().toLowerCase(Locale.ROOT) + "." + r.location() + ".data.azurecr.io");
        }
        p.put("publicNetworkAccess", r.publicNetworkAccess() ? "Enabled" : "Disabled");
        p.put("zoneRedundancy", r.zoneRedundancy() ? "Enabled" : "Disabled");
        p.put("anonymousPullEnabled", r.anonymousPullEnabled());
        return n;
    }

    static ObjectNode privateEndpointConnection(SandboxData.PrivateEndpointConnection c) {
        ObjectNode n = PRIVATE_ENDPOINT_CONNECTION.deepCopy();
        n.put("id", c.id());
        n.put("name", c.name());
        ObjectNode p = (ObjectNode) n.get("properties");
        ((ObjectNode) p.get("privateEndpoint")).put("id", c.privateEndpointId());
        ObjectNode state = (ObjectNode) p.get("privateLinkServiceConnectionState");
        state.put("status", c.status());
        state.put("description", c.description());
        state.put("actionsRequired", "None");
        return n;
    }

    /**
     * A registry as a create (PUT) makes it: the example's shape and defaults, with what the request body sets.
     * {@code body} has been validated; read-only fields in it are ignored as ARM ignores them.
     */
    static ObjectNode newRegistry(String id, JsonNode body, Instant created, String provisioningState) {
        ObjectNode n = REGISTRY.deepCopy();
        String name = ArmPaths.name(id);
        n.put("id", id);
        n.put("name", name);
        n.put("location", body.path("location").asText());
        n.set("tags", body.has("tags") ? body.get("tags").deepCopy() : MAPPER.createObjectNode());
        ObjectNode sku = (ObjectNode) n.get("sku");
        sku.put("name", body.path("sku").path("name").asText());
        sku.put("tier", body.path("sku").path("name").asText());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("loginServer", name.toLowerCase(Locale.ROOT) + ".azurecr.io");
        p.put("creationDate", CREATED.format(created));
        ((ObjectNode) p.get("policies").get("retentionPolicy")).put("lastUpdatedTime", UPDATED.format(created));
        p.put("adminUserEnabled", false);
        p.put("publicNetworkAccess", "Enabled");
        p.put("zoneRedundancy", "Disabled");
        p.put("dataEndpointEnabled", false);
        mergeWritable(p, body.path("properties"));
        p.put("provisioningState", provisioningState);
        dataEndpointHosts(n);
        return n;
    }

    /** Applies a PATCH (or the writable part of a PUT) to {@code target}: objects merge, other values replace. */
    static void merge(ObjectNode target, JsonNode changes) {
        changes.properties().forEach(e -> {
            JsonNode old = target.get(e.getKey());
            if (old instanceof ObjectNode o && e.getValue() instanceof ObjectNode) {
                merge(o, e.getValue());
            } else {
                target.set(e.getKey(), e.getValue().deepCopy());
            }
        });
    }

    private static final java.util.Set<String> READ_ONLY = java.util.Set.of(
            "loginServer", "creationDate", "provisioningState", "status", "dataEndpointHostNames",
            "privateEndpointConnections");

    /** Merges registry properties a client may set, ignoring read-only ones as ARM does. */
    static void mergeWritable(ObjectNode properties, JsonNode changes) {
        ObjectNode writable = MAPPER.createObjectNode();
        changes.properties().forEach(e -> {
            if (!READ_ONLY.contains(e.getKey())) {
                writable.set(e.getKey(), e.getValue());
            }
        });
        merge(properties, writable);
    }

    /** Keeps {@code dataEndpointHostNames} in step with {@code dataEndpointEnabled}. */
    static void dataEndpointHosts(ObjectNode registry) {
        ObjectNode p = (ObjectNode) registry.get("properties");
        ArrayNode hosts = p.putArray("dataEndpointHostNames");
        if (p.path("dataEndpointEnabled").asBoolean()) {
            hosts.add(registry.path("name").asText().toLowerCase(Locale.ROOT) + "." + registry.path("location").asText()
                    + ".data.azurecr.io");
        }
    }

    /** A list page as ARM writes it: value first, then nextLink when there is more. */
    static ObjectNode page(Iterable<? extends JsonNode> items, String nextLink) {
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode value = n.putArray("value");
        items.forEach(value::add);
        if (nextLink != null) {
            n.put("nextLink", nextLink);
        }
        return n;
    }

    private static void putTagsOrRemove(ObjectNode n, Map<String, String> tags) {
        if (tags.isEmpty()) {
            n.remove("tags");
        } else {
            n.set("tags", tags(tags));
        }
    }

    private static ObjectNode tags(Map<String, String> tags) {
        ObjectNode t = MAPPER.createObjectNode();
        tags.forEach(t::put);
        return t;
    }
}
