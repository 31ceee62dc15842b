package dev.acrconsole.sandbox;

import java.util.List;

/**
 * The api-versions a route accepts. ARM words the refusal differently for its own Microsoft.Resources paths
 * (InvalidApiVersionParameter) and for resource providers (NoRegisteredProviderFound).
 *
 * @param resourceType null for Microsoft.Resources paths, else the provider's type, e.g. "registries"
 */
record ApiVersions(List<String> supported, String resourceType) {

    static ApiVersions resources(String... versions) {
        return new ApiVersions(List.of(versions), null);
    }

    static ApiVersions provider(String resourceType, String... versions) {
        return new ApiVersions(List.of(versions), resourceType);
    }

    void check(String version) {
        if (supported.contains(version)) {
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
