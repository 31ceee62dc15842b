package dev.acrconsole.cache;

import java.time.Instant;

/** Builds realistic cache rows for tests. */
final class TestRows {
    static final CacheScope SCOPE = new CacheScope("sandbox", "Sandbox");
    static final String SUB = "/subscriptions/00000000-0000-0000-0000-000000000001";

    /** A value planted in request bodies under secret field names: it must never be found in a file. */
    static final String PLANTED_SECRET = "pl4nted-S3cret-value";

    private TestRows() {}

    static Operation operation(String id, Instant at) {
        String target = SUB + "/resourceGroups/rg1/providers/Microsoft.ContainerRegistry/registries/alpha";
        String body = "{\"location\":\"westus\",\"sku\":{\"name\":\"Premium\"},"
                + "\"properties\":{\"password\":\"" + PLANTED_SECRET + "\",\"credentials\":{\"clientSecret\":\""
                + PLANTED_SECRET + "\"}}}";
        return Operation.pending(id, SCOPE, "registry.create", "Create registry alpha", target, TestKinds.REGISTRY,
                "tenant-1", "PUT", target + "?api-version=2025-11-01", body, Operation.After.refresh, null, at);
    }

    static CachedResource registry(String name, Instant fetchedAt) {
        String rg = SUB + "/resourceGroups/rg1";
        String id = rg + "/providers/Microsoft.ContainerRegistry/registries/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.ContainerRegistry/registries","location":"westus",
                 "sku":{"name":"Premium","tier":"Premium"},
                 "properties":{"loginServer":"%s.azurecr.io","provisioningState":"Succeeded"}}"""
                .formatted(id, name, name);
        return new CachedResource(SCOPE, id, TestKinds.REGISTRY, name, "Microsoft.ContainerRegistry/registries",
                "tenant-1", "00000000-0000-0000-0000-000000000001", "rg1", "westus", "Premium", "Succeeded",
                rg, json, fetchedAt);
    }

    static CachedResource connection(CachedResource registry, String name, String status, Instant fetchedAt) {
        String id = registry.id() + "/privateEndpointConnections/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.ContainerRegistry/registries/privateEndpointConnections",
                 "properties":{"provisioningState":"Succeeded","privateLinkServiceConnectionState":{"status":"%s"}}}"""
                .formatted(id, name, status);
        return new CachedResource(SCOPE, id, TestKinds.PRIVATE_ENDPOINT_CONNECTION, name,
                "Microsoft.ContainerRegistry/registries/privateEndpointConnections", "tenant-1",
                "00000000-0000-0000-0000-000000000001", "rg1", null, null, "Succeeded", registry.id(), json, fetchedAt);
    }

    static CachedResource instance(String name, Instant fetchedAt) {
        String rg = SUB + "/resourceGroups/rg1";
        String id = rg + "/providers/Microsoft.IoTOperations/instances/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.IoTOperations/instances","location":"westus",
                 "extendedLocation":{"name":"cl","type":"CustomLocation"},"properties":{"provisioningState":"Succeeded"}}"""
                .formatted(id, name);
        return new CachedResource(SCOPE, id, TestKinds.IOT_INSTANCE, name, "Microsoft.IoTOperations/instances",
                "tenant-1", "00000000-0000-0000-0000-000000000001", "rg1", "westus", null, "Succeeded", rg, json, fetchedAt);
    }

    static CachedResource endpoint(CachedResource instance, String name, String host, Instant fetchedAt) {
        String id = instance.id() + "/registryEndpoints/" + name;
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.IoTOperations/instances/registryEndpoints",
                 "properties":{"host":"%s","authentication":{"method":"Anonymous","anonymousSettings":{}},
                 "provisioningState":"Succeeded"}}""".formatted(id, name, host);
        return new CachedResource(SCOPE, id, TestKinds.REGISTRY_ENDPOINT, name,
                "Microsoft.IoTOperations/instances/registryEndpoints", "tenant-1", "00000000-0000-0000-0000-000000000001",
                "rg1", null, null, "Succeeded", instance.id(), json, fetchedAt);
    }

    /** A run of {@code registry} created {@code minutesAgo} before 2025-09-01, with a SAS link planted in it. */
    static CachedResource run(CachedResource registry, String runId, String status, String task, int minute) {
        String id = registry.id() + "/runs/" + runId;
        String created = Instant.parse("2025-08-01T00:00:00Z").plusSeconds(60L * minute).toString();
        String json = """
                {"id":"%s","name":"%s","type":"Microsoft.ContainerRegistry/registries/runs",
                 "properties":{"runId":"%s","status":"%s","task":"%s","runType":"AutoBuild","createTime":"%s",
                 "sourceLocation":"https://acct.blob.core.windows.net/c/src.zip?sv=1&sig=%s",
                 "provisioningState":"Succeeded"}}""".formatted(id, runId, runId, status, task, created, PLANTED_SECRET);
        return new CachedResource(SCOPE, id, TestKinds.RUN, runId, "Microsoft.ContainerRegistry/registries/runs",
                "tenant-1", "00000000-0000-0000-0000-000000000001", "rg1", null, null, "Succeeded", registry.id(), json,
                Instant.parse("2025-09-01T00:00:00Z"));
    }
}
