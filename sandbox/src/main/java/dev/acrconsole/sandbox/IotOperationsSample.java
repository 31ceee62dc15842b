package dev.acrconsole.sandbox;

import dev.acrconsole.sandbox.IotOperationsData.Instance;
import dev.acrconsole.sandbox.IotOperationsData.RegistryEndpoint;
import dev.acrconsole.sandbox.IotOperationsData.TrustedSigningKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The default sample's IoT Operations estate: an instance at the Dublin factory, one at the edge hub and one at a
 * Contoso plant, with registry endpoints of all four authentication methods. Several point at the sample registries'
 * login servers (so a registry's page can show who pulls from it); others at public or partner registries. The Dublin
 * instance has six endpoints, so its list pages at the default page size of 5.
 */
final class IotOperationsSample {

    private static final String ACR_SCOPE = "https://containerregistry.azure.net/.default";

    private final Random random;
    private final List<RegistryEndpoint> endpoints = new ArrayList<>();

    private IotOperationsSample(Random random) {
        this.random = random;
    }

    /** {@code prod} and {@code edge} are subscription ids; tenant ids are each subscription's tenant. */
    static IotOperationsData build(Random random, String prod, String prodTenant, String edge, String edgeTenant) {
        return new IotOperationsSample(random).build(prod, prodTenant, edge, edgeTenant);
    }

    private IotOperationsData build(String prod, String prodTenant, String edge, String edgeTenant) {
        Instance dublin = instance(edge, edgeTenant, "rg-edge-sites", "aio-dublin", "northeurope", "cl-dublin-factory",
                "Dublin factory floor: OPC UA connectors and dataflow graphs");
        Instance hub = instance(edge, edgeTenant, "rg-edge-hub", "aio-edge-hub", "southeastasia", "cl-edge-hub",
                "Regional edge hub");
        Instance plant = instance(prod, prodTenant, "rg-platform-prod", "aio-plant-ohio", "eastus", "cl-ohio-plant",
                "Contoso Ohio plant");

        add(dublin, "factory-images", "fabrikamfactorydub.azurecr.io", "UserAssignedManagedIdentity",
                settings("clientId", Ids.guid(random), "tenantId", edgeTenant, "scope", ACR_SCOPE));
        add(dublin, "hub-mirror", "fabrikamedgehub.azurecr.io", "SystemAssignedManagedIdentity", Map.of(),
                new TrustedSigningKey("Secret", "dublin-signing-ca"), new TrustedSigningKey("ConfigMap", "aio-trust-bundle"));
        add(dublin, "mcr", "mcr.microsoft.com", "Anonymous", Map.of());
        add(dublin, "partner-connectors", "registry.partner.example:5000", "ArtifactPullSecret",
                settings("secretRef", "partner-pull-secret"));
        add(dublin, "dataflow-graphs", "fabrikamedgehub.azurecr.io", "ArtifactPullSecret",
                settings("secretRef", "hub-pull-secret"));
        add(dublin, "contoso-connectors", "contosoreleases.azurecr.io", "UserAssignedManagedIdentity",
                settings("clientId", Ids.guid(random), "tenantId", prodTenant));
        add(hub, "hub-images", "fabrikamedgehub.azurecr.io", "SystemAssignedManagedIdentity", Map.of());
        add(hub, "docker-hub", "registry-1.docker.io", "Anonymous", Map.of());
        add(plant, "prod-images", "contosoprodacr.azurecr.io", "SystemAssignedManagedIdentity",
                settings("audience", "https://containerregistry.azure.net"));
        add(plant, "release-charts", "contosoreleases.azurecr.io", "ArtifactPullSecret",
                settings("secretRef", "releases-pull-secret"));
        return new IotOperationsData(List.of(dublin, hub, plant), endpoints);
    }

    private Instance instance(String subscription, String tenant, String group, String name, String location,
                              String customLocation, String description) {
        return new Instance(subscription, group, name, location, customLocation, description, Ids.guid(random), tenant);
    }

    private void add(Instance instance, String name, String host, String method, Map<String, String> settings,
                     TrustedSigningKey... codeSigningCas) {
        endpoints.add(new RegistryEndpoint(instance, name, host, method, settings, List.of(codeSigningCas)));
    }

    private static Map<String, String> settings(String... pairs) {
        return DefaultSample.tags(pairs);
    }
}
