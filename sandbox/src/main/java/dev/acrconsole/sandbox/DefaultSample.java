package dev.acrconsole.sandbox;

import dev.acrconsole.sandbox.SandboxData.PrivateEndpointConnection;
import dev.acrconsole.sandbox.SandboxData.Registry;
import dev.acrconsole.sandbox.SandboxData.ResourceGroup;
import dev.acrconsole.sandbox.SandboxData.Subscription;
import dev.acrconsole.sandbox.SandboxData.Tenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The hand-made sample for demo mode: names and settings are fixed so a UI looks realistic; GUIDs and dates come
 * from the seed. "Contoso Production" holds 7 registries and rg-platform-prod 6, so both list calls page at 5.
 */
final class DefaultSample {

    private final Random random;
    private final long seed;
    private final List<Registry> registries = new ArrayList<>();

    private DefaultSample(long seed) {
        this.random = new Random(seed);
        this.seed = seed;
    }

    static SandboxData build(long seed) {
        return new DefaultSample(seed).build();
    }

    private SandboxData build() {
        Tenant contoso = new Tenant(Ids.guid(random), "Contoso", "contoso.onmicrosoft.com", "US");
        Tenant fabrikam = new Tenant(Ids.guid(random), "Fabrikam", "fabrikam.onmicrosoft.com", "GB");

        String prod = Ids.guid(random);
        String dev = Ids.guid(random);
        String edge = Ids.guid(random);
        List<Subscription> subscriptions = List.of(
                new Subscription(prod, contoso.tenantId(), "Contoso Production", "EnterpriseAgreement_2014-09-01",
                        tags("environment", "prod", "costCenter", "1001")),
                new Subscription(dev, contoso.tenantId(), "Contoso Development", "MSDN_2014-09-01",
                        tags("environment", "dev")),
                new Subscription(edge, fabrikam.tenantId(), "Fabrikam Edge Sites", "PayAsYouGo_2014-09-01", Map.of()));

        List<ResourceGroup> groups = List.of(
                new ResourceGroup(prod, "rg-platform-prod", "eastus", tags("environment", "prod")),
                new ResourceGroup(prod, "rg-platform-weu", "westeurope", tags("environment", "prod")),
                new ResourceGroup(prod, "rg-networking-prod", "eastus", Map.of()),
                new ResourceGroup(dev, "rg-dev-shared", "westus2", tags("environment", "dev")),
                new ResourceGroup(dev, "rg-dev-sandbox", "eastus", Map.of()),
                new ResourceGroup(edge, "rg-edge-hub", "southeastasia", tags("site", "hub")),
                new ResourceGroup(edge, "rg-edge-sites", "northeurope", Map.of()));

        // flags: admin, private (public network access disabled), zone, data (dedicated data endpoint), anon (anonymous pull)
        add(prod, "rg-platform-prod", "contosoprodacr", "eastus", "Premium", "zone data private", 30,
                "environment", "prod", "owner", "platform-team");
        add(prod, "rg-platform-prod", "contosoreleases", "eastus", "Standard", "", 0,
                "environment", "prod", "team", "release");
        add(prod, "rg-platform-prod", "contosobuildcache", "eastus", "Standard", "anon", 0,
                "environment", "prod", "purpose", "cache");
        add(prod, "rg-platform-prod", "contosomirror", "eastus", "Premium", "zone", 14, "environment", "prod");
        add(prod, "rg-platform-prod", "contosoprodbackup", "centralus", "Basic", "", 0,
                "environment", "prod", "purpose", "backup");
        add(prod, "rg-platform-prod", "contosohelmcharts", "eastus", "Standard", "", 0,
                "environment", "prod", "team", "apps");
        add(prod, "rg-platform-weu", "contosoprodweu", "westeurope", "Premium", "zone data private", 30,
                "environment", "prod", "region", "eu");
        add(dev, "rg-dev-shared", "contosodevacr", "westus2", "Standard", "admin", 0, "environment", "dev");
        add(dev, "rg-dev-shared", "contosocitest", "westus2", "Basic", "admin", 0, "environment", "dev", "purpose", "ci");
        add(dev, "rg-dev-sandbox", "contosodevsandbox", "eastus", "Basic", "admin", 0);
        add(edge, "rg-edge-hub", "fabrikamedgehub", "southeastasia", "Premium", "zone data", 7,
                "site", "hub", "owner", "site-it");
        add(edge, "rg-edge-sites", "fabrikamfactorydub", "northeurope", "Premium", "admin", 0, "site", "dublin");

        List<PrivateEndpointConnection> connections = privateEndpoints(prod, edge);
        // Drawn last from the seeded random, so adding them changed none of the GUIDs above.
        IotOperationsData iot = IotOperationsSample.build(random, prod, contoso.tenantId(), edge, fabrikam.tenantId());
        return new SandboxData(List.of(contoso, fabrikam), subscriptions, groups, registries, connections, iot,
                TaskSample.build(registries, seed));
    }

    /** Private endpoints in every state, on the Premium registries that have private networking to offer. */
    private List<PrivateEndpointConnection> privateEndpoints(String prod, String edge) {
        List<PrivateEndpointConnection> out = new ArrayList<>();
        String prodNet = "/subscriptions/" + prod + "/resourceGroups/rg-networking-prod/providers/Microsoft.Network/privateEndpoints/";
        String edgeNet = "/subscriptions/" + edge + "/resourceGroups/rg-edge-hub/providers/Microsoft.Network/privateEndpoints/";
        out.add(endpoint("contosoprodacr", prodNet + "pe-aks-prod-eastus", "Approved", "Approved by platform-team"));
        out.add(endpoint("contosoprodacr", prodNet + "pe-build-agents", "Approved", "Auto-Approved"));
        out.add(endpoint("contosoprodacr", prodNet + "pe-data-science-vnet", "Pending", "Please approve: data science VNet needs image pulls"));
        out.add(endpoint("contosoprodweu", prodNet + "pe-aks-prod-weu", "Approved", "Auto-Approved"));
        out.add(endpoint("contosoprodweu", prodNet + "pe-partner-contractor", "Rejected", "Rejected: partner access goes through the mirror"));
        out.add(endpoint("contosoprodweu", prodNet + "pe-analytics-weu", "Pending", "Requested by analytics for the EU cluster"));
        out.add(endpoint("fabrikamedgehub", edgeNet + "pe-factory-dublin", "Approved", "Auto-Approved"));
        out.add(endpoint("fabrikamedgehub", edgeNet + "pe-old-site-gateway", "Disconnected", "Site decommissioned"));
        return out;
    }

    private PrivateEndpointConnection endpoint(String registry, String privateEndpointId, String status, String description) {
        Registry r = registries.stream().filter(x -> x.name().equals(registry)).findFirst().orElseThrow();
        String name = registry + "." + Ids.guid(random);
        return new PrivateEndpointConnection(r.id(), name, privateEndpointId, status, description);
    }

    private void add(String subscription, String group, String name, String location, String sku, String flags,
                     int retentionDays, String... tagPairs) {
        Set<String> f = Set.of(flags.isBlank() ? new String[0] : flags.split(" "));
        registries.add(new Registry(subscription, group, name, location, sku, Ids.created(random),
                f.contains("admin"), !f.contains("private"), f.contains("zone"), f.contains("data"), f.contains("anon"),
                retentionDays, tags(tagPairs)));
    }

    /** An ordered map from key, value, key, value, ... */
    static Map<String, String> tags(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
