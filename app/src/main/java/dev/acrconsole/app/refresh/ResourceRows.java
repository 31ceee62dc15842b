package dev.acrconsole.app.refresh;

import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import com.azure.resourcemanager.resources.fluent.models.TenantIdDescriptionInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Maps the SDK's models to cache rows: typed fields from the model, and the JSON ARM sent for it
 * ({@code armJson}, verbatim, so field names are ARM's: {@code properties.loginServer}, ...).
 */
public final class ResourceRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResourceRows() {}

    public static CachedResource tenant(CacheScope scope, TenantIdDescriptionInner t, String armJson, Instant at) {
        String name = t.displayName() != null ? t.displayName() : t.tenantId();
        return new CachedResource(scope, t.id(), ResourceKind.TENANT, name, "Microsoft.Resources/tenants",
                t.tenantId(), null, null, t.country(), null, null, null, armJson, at);
    }

    public static CachedResource subscription(CacheScope scope, SubscriptionInner s, String armJson, Instant at) {
        String name = s.displayName() != null ? s.displayName() : s.subscriptionId();
        return new CachedResource(scope, s.id(), ResourceKind.SUBSCRIPTION, name, "Microsoft.Resources/subscriptions",
                s.tenantId(), s.subscriptionId(), null, null, null,
                s.state() == null ? null : s.state().toString(), null, armJson, at);
    }

    public static CachedResource resourceGroup(CacheScope scope, String tenantId, String subscriptionId,
                                               ResourceGroupInner g, String armJson, Instant at) {
        String state = g.properties() == null ? null : g.properties().provisioningState();
        return new CachedResource(scope, g.id(), ResourceKind.RESOURCE_GROUP, g.name(), g.type(), tenantId,
                subscriptionId, g.name(), g.location(), null, state, "/subscriptions/" + subscriptionId,
                armJson, at);
    }

    public static CachedResource registry(CacheScope scope, String tenantId, String subscriptionId,
                                          RegistryInner r, String armJson, Instant at) {
        String resourceGroup = ArmIds.resourceGroup(r.id());
        String sku = r.sku() == null || r.sku().name() == null ? null : r.sku().name().toString();
        String state = r.provisioningState() == null ? null : r.provisioningState().toString();
        return new CachedResource(scope, r.id(), ResourceKind.REGISTRY, r.name(), r.type(), tenantId,
                subscriptionId, resourceGroup, r.location(), sku, state,
                "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup, armJson, at);
    }

    /**
     * A row from ARM's JSON alone, for resources below resource groups (registries and what they hold, IoT Operations
     * instances and their registry endpoints): what an operation's re-read or a plain-JSON listing returns.
     */
    public static CachedResource fromArm(CacheScope scope, String tenantId, ResourceKind kind, String armJson, Instant at) {
        JsonNode r;
        try {
            r = MAPPER.readTree(armJson);
        } catch (IOException e) {
            throw new UncheckedIOException("ARM sent JSON that cannot be read", e);
        }
        String id = r.path("id").asText();
        String resourceGroup = ArmIds.resourceGroup(id);
        String subscriptionId = ArmIds.subscription(id);
        // Registries and IoT Operations instances sit directly in their resource group; the rest below their parent.
        String parent = kind != ResourceKind.REGISTRY && kind != ResourceKind.IOT_INSTANCE ? ArmIds.parent(id)
                : resourceGroup == null ? null // not an ARM id (a generated example's filler): no parent to name
                : "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
        return new CachedResource(scope, id, kind, r.path("name").asText(ArmIds.name(id)), text(r, "type"), tenantId,
                subscriptionId, resourceGroup, text(r, "location"), text(r.path("sku"), "name"),
                text(r.path("properties"), "provisioningState"), parent, armJson, at);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
