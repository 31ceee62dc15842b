package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's Azure IoT Operations resources (Microsoft.IoTOperations, 2026-03-01): instances, which live in resource
 * groups beside registries on an Arc custom location, and the registry endpoints below them that tell an instance
 * which container registry to pull connector images and dataflow graphs from, and how to sign in to it.
 */
public record IotOperationsData(List<Instance> instances, List<RegistryEndpoint> registryEndpoints) {

    public static final String INSTANCE_TYPE = "Microsoft.IoTOperations/instances";
    public static final String ENDPOINT_TYPE = "Microsoft.IoTOperations/instances/registryEndpoints";

    /** The four authentication methods of the published enum, each with the settings object it requires. */
    public static final Map<String, String> SETTINGS_BY_METHOD = settingsByMethod();

    public IotOperationsData {
        instances = List.copyOf(instances);
        registryEndpoints = List.copyOf(registryEndpoints);
    }

    public static IotOperationsData none() {
        return new IotOperationsData(List.of(), List.of());
    }

    /**
     * An IoT Operations instance on a custom location (an Arc-enabled cluster at a site).
     *
     * @param customLocation the custom location's name; it sits in the instance's resource group
     */
    public record Instance(String subscriptionId, String resourceGroup, String name, String location,
                           String customLocation, String description, String principalId, String tenantId) {

        public String id() {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + "/providers/"
                    + INSTANCE_TYPE + "/" + name;
        }

        public String customLocationId() {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                    + "/providers/Microsoft.ExtendedLocation/customLocations/" + customLocation;
        }

        public ObjectNode json() {
            return IotOperationsJson.instance(this);
        }
    }

    /** A code-signing certificate authority an endpoint trusts: a Kubernetes Secret or ConfigMap, by name. */
    public record TrustedSigningKey(String type, String ref) {
        public TrustedSigningKey {
            if (!Set.of("Secret", "ConfigMap").contains(type)) {
                throw new IllegalArgumentException("unknown trusted signing key type " + type);
            }
        }
    }

    /**
     * A registry endpoint of an instance.
     *
     * @param method   one of {@link #SETTINGS_BY_METHOD}'s keys
     * @param settings the method's settings (e.g. clientId, tenantId, scope), rendered under its settings object
     */
    public record RegistryEndpoint(Instance instance, String name, String host, String method,
                                   Map<String, String> settings, List<TrustedSigningKey> codeSigningCas) {
        public RegistryEndpoint {
            if (!SETTINGS_BY_METHOD.containsKey(method)) {
                throw new IllegalArgumentException("unknown authentication method " + method);
            }
            settings = settings.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            codeSigningCas = List.copyOf(codeSigningCas);
        }

        public String id() {
            return instance.id() + "/registryEndpoints/" + name;
        }

        public ObjectNode json() {
            return IotOperationsJson.registryEndpoint(this);
        }
    }

    private static Map<String, String> settingsByMethod() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Anonymous", "anonymousSettings");
        m.put("SystemAssignedManagedIdentity", "systemAssignedManagedIdentitySettings");
        m.put("UserAssignedManagedIdentity", "userAssignedManagedIdentitySettings");
        m.put("ArtifactPullSecret", "artifactPullSecretSettings");
        return java.util.Collections.unmodifiableMap(m);
    }
}
