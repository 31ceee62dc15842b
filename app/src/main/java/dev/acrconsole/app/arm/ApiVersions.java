package dev.acrconsole.app.arm;

/**
 * The api-versions of the requests the console sends itself (not through the SDK's typed clients): the same ones
 * azure-resourcemanager-resources and -containerregistry send, so the answers have the shapes their models parse.
 */
public final class ApiVersions {
    /** Tenants and subscriptions (Microsoft.Resources), as azure-resourcemanager-resources sends. */
    public static final String SUBSCRIPTIONS = "2022-12-01";
    /** Resource groups (Microsoft.Resources), as azure-resourcemanager-resources sends. */
    public static final String RESOURCE_GROUPS = "2025-04-01";
    /** Registries and what they hold (Registry group, 2025-11-01). */
    public static final String REGISTRY = "2025-11-01";
    /**
     * Connected registries: the preview that has their last sync result ({@code registrySyncResult}) and Resync, read
     * and written as plain JSON (the SDK's 2025-11-01 models lack both).
     */
    public static final String CONNECTED_REGISTRIES = "2026-01-01-preview";
    /** Azure IoT Operations (Microsoft.IoTOperations): no Java SDK here, plain JSON of the newest stable version. */
    public static final String IOT_OPERATIONS = "2026-03-01";

    /** Tasks, runs, task runs and agent pools: what the SDK's TasksClient, RunsClient, ... send (2019-06-01-preview). */
    public static final String TASKS = "2019-06-01-preview";

    private ApiVersions() {}

    public static String query(String version) {
        return "?api-version=" + version;
    }
}
