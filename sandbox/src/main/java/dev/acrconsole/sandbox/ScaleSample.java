package dev.acrconsole.sandbox;

import dev.acrconsole.sandbox.SandboxData.Registry;
import dev.acrconsole.sandbox.SandboxData.ResourceGroup;
import dev.acrconsole.sandbox.SandboxData.Subscription;
import dev.acrconsole.sandbox.SandboxData.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated data for benchmarks: S subscriptions in 2 tenants, each with R registries in groups of 100. */
final class ScaleSample {

    private static final int REGISTRIES_PER_GROUP = 100;
    private static final String[] REGIONS = {"eastus", "westeurope", "southeastasia", "westus2", "northeurope", "australiaeast"};
    private static final String SUFFIX_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
    // A few shared tag maps keep 100k registries cheap while still varying what the UI shows.
    private static final List<Map<String, String>> TAG_SETS = List.of(
            Map.of(), Map.of("environment", "prod"), Map.of("environment", "dev"), Map.of("team", "platform"));

    private ScaleSample() {
    }

    static SandboxData build(Scale scale, long seed) {
        // Mixed so scale data never reuses the default sample's GUIDs for the same seed (caches key on them).
        Random random = new Random(seed ^ 0x5CA1E5CA1EL);
        List<Tenant> tenants = List.of(
                new Tenant(Ids.guid(random), "Contoso", "contoso.onmicrosoft.com", "US"),
                new Tenant(Ids.guid(random), "Fabrikam", "fabrikam.onmicrosoft.com", "GB"));
        int groupsPerSubscription = (scale.registriesPerSubscription() + REGISTRIES_PER_GROUP - 1) / REGISTRIES_PER_GROUP;
        List<Subscription> subscriptions = new ArrayList<>(scale.subscriptions());
        List<ResourceGroup> groups = new ArrayList<>(scale.subscriptions() * groupsPerSubscription);
        List<Registry> registries = new ArrayList<>(scale.subscriptions() * scale.registriesPerSubscription());
        int counter = 0;
        for (int s = 0; s < scale.subscriptions(); s++) {
            String subscriptionId = Ids.guid(random);
            subscriptions.add(new Subscription(subscriptionId, tenants.get(s % 2).tenantId(),
                    String.format("Scale Subscription %04d", s + 1), "EnterpriseAgreement_2014-09-01", Map.of()));
            List<ResourceGroup> own = new ArrayList<>(groupsPerSubscription);
            for (int g = 0; g < groupsPerSubscription; g++) {
                own.add(new ResourceGroup(subscriptionId, String.format("rg-scale-%04d", g + 1),
                        REGIONS[(s + g) % REGIONS.length], Map.of()));
            }
            groups.addAll(own);
            for (int r = 0; r < scale.registriesPerSubscription(); r++) {
                ResourceGroup group = own.get(r / REGISTRIES_PER_GROUP);
                registries.add(registry(random, group, String.format("reg%05d", ++counter) + suffix(random)));
            }
        }
        return new SandboxData(tenants, subscriptions, groups, registries);
    }

    private static Registry registry(Random random, ResourceGroup group, String name) {
        int roll = random.nextInt(10);
        String sku = roll < 3 ? "Basic" : roll < 8 ? "Standard" : "Premium";
        boolean premium = sku.equals("Premium");
        return new Registry(group.subscriptionId(), group.name(), name, group.location(), sku, Ids.created(random),
                random.nextInt(4) == 0,
                !premium || random.nextInt(3) != 0,
                premium && random.nextBoolean(),
                premium && random.nextInt(4) == 0,
                !sku.equals("Basic") && random.nextInt(10) == 0,
                premium && random.nextInt(3) == 0 ? 7 : 0,
                TAG_SETS.get(random.nextInt(TAG_SETS.size())));
    }

    private static String suffix(Random random) {
        char[] c = new char[3];
        for (int i = 0; i < c.length; i++) {
            c[i] = SUFFIX_CHARS.charAt(random.nextInt(SUFFIX_CHARS.length()));
        }
        return new String(c);
    }
}
