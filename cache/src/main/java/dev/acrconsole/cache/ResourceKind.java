package dev.acrconsole.cache;

import java.util.Arrays;

/** The kinds of resource the cache holds; the code is what is stored in the kind column. */
public enum ResourceKind {
    TENANT("tenant"),
    SUBSCRIPTION("subscription"),
    RESOURCE_GROUP("resourceGroup"),
    REGISTRY("registry"),
    PRIVATE_ENDPOINT_CONNECTION("privateEndpointConnection"),
    /** An Azure IoT Operations instance (Microsoft.IoTOperations/instances), beside registries in a resource group. */
    IOT_INSTANCE("iotInstance"),
    REGISTRY_ENDPOINT("registryEndpoint"),
    TASK("task"),
    RUN("run"),
    TASK_RUN("taskRun"),
    AGENT_POOL("agentPool"),
    CONNECTED_REGISTRY("connectedRegistry"),
    SCOPE_MAP("scopeMap"),
    TOKEN("token");

    private final String code;

    ResourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ResourceKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(k -> k.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new CacheException("Unknown resource kind in the cache: " + code));
    }
}
