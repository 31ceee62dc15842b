package dev.acrconsole.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The api-versions a route accepts: every version Microsoft published for its resource type, as ARM serves them all
 * (clients pin many). The lists are the version folders of the specs in Azure/azure-rest-api-specs, narrowed to the
 * versions whose swagger defines the type (../shared/arm-examples/api-versions.md). ARM words the refusal differently
 * for its own Microsoft.Resources paths (InvalidApiVersionParameter) and for resource providers
 * (NoRegisteredProviderFound).
 *
 * @param resourceType null for Microsoft.Resources paths, else the provider's type, e.g. "registries"
 */
record ApiVersions(List<String> supported, String resourceType) {

    private static final List<String> PREVIEWS_SINCE_2020_11 = List.of("2020-11-01-preview", "2021-06-01-preview",
            "2021-08-01-preview", "2021-12-01-preview", "2022-02-01-preview", "2023-01-01-preview", "2023-06-01-preview",
            "2023-08-01-preview", "2023-11-01-preview", "2024-11-01-preview", "2025-03-01-preview", "2025-05-01-preview",
            "2025-06-01-preview", "2026-01-01-preview");
    private static final List<String> STABLE_SINCE_2022_12 = List.of("2022-12-01", "2023-07-01", "2025-04-01", "2025-11-01");

    /** Registries and the actions on them (usages, admin credentials, name check). */
    static final ApiVersions REGISTRIES = provider("registries", join(
            List.of("2016-06-27-preview", "2017-03-01", "2017-06-01-preview", "2017-10-01", "2019-05-01", "2019-12-01-preview",
                    "2021-09-01"), STABLE_SINCE_2022_12, PREVIEWS_SINCE_2020_11));
    static final ApiVersions REPLICATIONS = provider("registries/replications", childrenOfFirstRelease());
    static final ApiVersions WEBHOOKS = provider("registries/webhooks", childrenOfFirstRelease());
    static final ApiVersions SCOPE_MAPS = provider("registries/scopeMaps",
            join(List.of("2019-05-01-preview"), STABLE_SINCE_2022_12, PREVIEWS_SINCE_2020_11));
    static final ApiVersions TOKENS = provider("registries/tokens", SCOPE_MAPS.supported());
    /** generateCredentials makes a token's passwords: it exists where tokens do. */
    static final ApiVersions GENERATE_CREDENTIALS = provider("registries", SCOPE_MAPS.supported());
    static final ApiVersions PRIVATE_ENDPOINT_CONNECTIONS = provider("registries/privateEndpointConnections",
            join(List.of("2019-12-01-preview", "2021-09-01"), STABLE_SINCE_2022_12, PREVIEWS_SINCE_2020_11));
    static final ApiVersions PRIVATE_LINK_RESOURCES = provider("registries/privateLinkResources",
            PRIVATE_ENDPOINT_CONNECTIONS.supported());
    static final ApiVersions CONNECTED_REGISTRIES = provider("registries/connectedRegistries",
            join(List.of("2025-04-01", "2025-11-01"), PREVIEWS_SINCE_2020_11));
    /** Only the newest preview has ConnectedRegistries_Resync and properties.registrySyncResult. */
    static final ApiVersions CONNECTED_REGISTRY_RESYNC = provider("registries/connectedRegistries", List.of("2026-01-01-preview"));
    static final ApiVersions CACHE_RULES = provider("registries/cacheRules", join(List.of("2023-07-01", "2025-04-01",
            "2025-11-01"), PREVIEWS_SINCE_2020_11.stream().filter(v -> v.compareTo("2023-01-01-preview") >= 0).toList()));
    static final ApiVersions CREDENTIAL_SETS = provider("registries/credentialSets", CACHE_RULES.supported());
    private static final List<String> TASKS_ALL = List.of("2018-09-01", "2019-04-01", "2019-06-01-preview", "2025-03-01-preview");
    static final ApiVersions TASKS = provider("registries/tasks", TASKS_ALL);
    static final ApiVersions RUNS = provider("registries/runs", TASKS_ALL);
    static final ApiVersions TASK_RUNS = provider("registries/taskRuns", List.of("2019-06-01-preview", "2025-03-01-preview"));
    static final ApiVersions AGENT_POOLS = provider("registries/agentPools", TASK_RUNS.supported());
    /** Subscriptions and tenants (one spec, subscriptions.json). */
    static final ApiVersions SUBSCRIPTIONS = resources(List.of("2015-11-01", "2016-06-01", "2018-06-01", "2019-06-01",
            "2019-11-01", "2020-01-01", "2021-01-01", "2022-12-01"));
    /** Resource groups and generic resources (one spec, resources.json). */
    static final ApiVersions RESOURCE_GROUPS = resources(List.of("2015-11-01", "2016-02-01", "2016-07-01", "2016-09-01",
            "2017-05-10", "2018-02-01", "2018-05-01", "2019-03-01", "2019-05-01", "2019-05-10", "2019-07-01", "2019-08-01",
            "2019-10-01", "2020-06-01", "2020-08-01", "2020-10-01", "2021-01-01", "2021-04-01", "2022-09-01", "2023-07-01",
            "2024-03-01", "2024-07-01", "2024-11-01", "2025-03-01", "2025-04-01"));
    /** Microsoft.IoTOperations: only the version the console calls (api-versions.md does not cover this provider). */
    static final ApiVersions IOT_INSTANCES = provider("instances", List.of("2026-03-01"));
    static final ApiVersions IOT_REGISTRY_ENDPOINTS = provider("instances/registryEndpoints", List.of("2026-03-01"));

    ApiVersions {
        supported = List.copyOf(supported);
    }

    static ApiVersions resources(List<String> versions) {
        return new ApiVersions(versions, null);
    }

    static ApiVersions provider(String resourceType, List<String> versions) {
        return new ApiVersions(versions, resourceType);
    }

    /** Replications and webhooks came with 2017-06-01-preview and are in every later Registry version. */
    private static List<String> childrenOfFirstRelease() {
        return REGISTRIES.supported().stream().filter(v -> !v.equals("2016-06-27-preview") && !v.equals("2017-03-01")).toList();
    }

    @SafeVarargs
    private static List<String> join(List<String>... lists) {
        List<String> all = new ArrayList<>(Stream.of(lists).flatMap(List::stream).distinct().toList());
        Collections.sort(all); // ISO dates sort in time order
        return all;
    }

    /** The newest version: what the sandbox's answers are shaped like unless an older one differs where clients read. */
    String newest() {
        return supported.stream().max(String::compareTo).orElseThrow();
    }

    boolean accepts(String version) {
        return version != null && supported.contains(version.toLowerCase(Locale.ROOT));
    }

    void check(String version) {
        if (accepts(version)) {
            return;
        }
        String list = String.join(", ", supported);
        if (resourceType == null) {
            throw new ArmException(400, "InvalidApiVersionParameter",
                    "The api-version '" + version + "' is invalid. The supported versions are '" + list + "'.");
        }
        throw new ArmException(400, "NoRegisteredProviderFound", "No registered resource provider found for location 'global' and API version '"
                + version + "' for type '" + resourceType + "'. The supported api-versions are '" + list + "'.");
    }
}
