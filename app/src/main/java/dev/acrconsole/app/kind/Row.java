package dev.acrconsole.app.kind;

import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;

/**
 * A cached resource with its typed details, parsed once from its JSON by its kind's descriptor: what pages, tables and
 * actions read. Nothing above the app reads a resource's JSON.
 */
public record Row(CachedResource resource, Object details) {
    public String id() {
        return resource.id();
    }

    public String name() {
        return resource.name();
    }

    public ResourceKind kind() {
        return resource.kind();
    }

    public CacheScope scope() {
        return resource.scope();
    }

    public String tenantId() {
        return resource.tenantId();
    }

    public String subscriptionId() {
        return resource.subscriptionId();
    }

    public String resourceGroup() {
        return resource.resourceGroup();
    }

    public String location() {
        return resource.location();
    }

    public String sku() {
        return resource.sku();
    }

    public String provisioningState() {
        return resource.provisioningState();
    }

    public Instant fetchedAt() {
        return resource.fetchedAt();
    }

    /** The typed details, as the kind's descriptor made them (e.g. {@code TokenDetails} of a token). */
    public <D> D details(Class<D> type) {
        return type.cast(details);
    }

    /** Whether it is the same resource (ARM ids compare without case). */
    public boolean sameResource(Row other) {
        return other != null && id().equalsIgnoreCase(other.id());
    }
}
