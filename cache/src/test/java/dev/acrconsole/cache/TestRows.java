package dev.acrconsole.cache;

import java.time.Instant;

/** Builds realistic cache rows for tests. */
final class TestRows {
    static final CacheScope SCOPE = new CacheScope("sandbox", "Sandbox");
    static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";

    private TestRows() {}

    static CachedResource registry(String name, Instant fetchedAt) {
        String rg = SUB + "/resourceGroups/rg1";
        String id = rg + "/providers/Microsoft.ContainerRegistry/registries/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.ContainerRegistry/registries","location":"westus",
                 "sku":{"name":"Premium","tier":"Premium"},
                 "properties":{"loginServer":"%s.azurecr.io","provisioningState":"Succeeded"}}"""
                .formatted(id, name, name);
        return new CachedResource(SCOPE, id, ResourceKind.REGISTRY, name, "Microsoft.ContainerRegistry/registries",
                "tenant-1", "00000000-0000-0000-0000-000000000001", "rg1", "westus", "Premium", "Succeeded",
                rg, json, fetchedAt);
    }
}
