package dev.acrconsole.app.refresh;

import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import com.azure.resourcemanager.resources.fluent.models.TenantIdDescriptionInner;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;

/**
 * Maps the SDK's models to cache rows: typed fields from the model, and the JSON ARM sent for it
 * ({@code armJson}, verbatim, so field names are ARM's: {@code properties.loginServer}, ...).
 */
public final class ResourceRows {
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

}
