package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.cache.CachedResource;

/**
 * The cloud registry a connected registry is created in, as the cache knows it. Connected registries sync through a
 * dedicated data endpoint, which only the Premium SKU has: anything else is refused with the reason and the way on.
 */
public record ParentRegistry(String id, String name, String tenantId, String sku, boolean dataEndpointEnabled) {

    public static ParentRegistry of(CachedResource registry) {
        RegistryDetails d = RegistryDetails.parse(registry.json());
        return new ParentRegistry(registry.id(), registry.name(), registry.tenantId(), d.skuName(),
                Boolean.TRUE.equals(d.dataEndpointEnabled()));
    }

    /** Null when connected registries can be made here, else why not and what to do. */
    public String problem() {
        if (!"Premium".equals(sku)) {
            return name + " is " + (sku == null ? "of an unknown SKU" : "a " + sku + " registry")
                    + ": connected registries need the Premium SKU (with its dedicated data endpoint)."
                    + " Upgrade it to Premium first (Registry › Update), or choose a Premium registry.";
        }
        if (!dataEndpointEnabled) {
            return name + "'s dedicated data endpoint is off: connected registries sync through it."
                    + " Enable it (an operation), then go on.";
        }
        return null;
    }

    /** Premium with the data endpoint off: the one problem the wizard can fix itself. */
    public boolean needsDataEndpoint() {
        return "Premium".equals(sku) && !dataEndpointEnabled;
    }
}
