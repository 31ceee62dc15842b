package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxDataTest {

    private static String serialize(SandboxData data) throws IOException {
        StringBuilder all = new StringBuilder();
        for (SandboxData.Tenant t : data.tenants()) {
            all.append(TestClient.JSON.writeValueAsString(t.json())).append('\n');
        }
        for (SandboxData.Subscription s : data.subscriptions()) {
            all.append(TestClient.JSON.writeValueAsString(s.json())).append('\n');
        }
        for (SandboxData.ResourceGroup g : data.resourceGroups()) {
            all.append(TestClient.JSON.writeValueAsString(g.json())).append('\n');
        }
        for (SandboxData.Registry r : data.registries()) {
            all.append(TestClient.JSON.writeValueAsString(r.json())).append('\n');
        }
        for (IotOperationsData.Instance i : data.iotOperations().instances()) {
            all.append(TestClient.JSON.writeValueAsString(i.json())).append('\n');
        }
        for (IotOperationsData.RegistryEndpoint e : data.iotOperations().registryEndpoints()) {
            all.append(TestClient.JSON.writeValueAsString(e.json())).append('\n');
        }
        return all.toString();
    }

    @Test
    void sameSeedGivesIdenticalJsonAndAnotherSeedDoesNot() throws IOException {
        assertThat(serialize(SandboxData.generate(null, 42))).isEqualTo(serialize(SandboxData.generate(null, 42)));
        assertThat(serialize(SandboxData.generate(null, 43))).isNotEqualTo(serialize(SandboxData.generate(null, 42)));

        Scale scale = Scale.parse("4x150");
        String a = serialize(SandboxData.generate(scale, 1));
        assertThat(a).isEqualTo(serialize(SandboxData.generate(scale, 1)));
        assertThat(a).isNotEqualTo(serialize(SandboxData.generate(scale, 2)));
    }

    @Test
    void theIotOperationsSampleUsesEveryMethodAndPointsAtSampleRegistries() {
        SandboxData data = SandboxData.generate(null, 42);
        IotOperationsData iot = data.iotOperations();
        assertThat(iot.registryEndpoints()).extracting(IotOperationsData.RegistryEndpoint::method)
                .containsAll(IotOperationsData.SETTINGS_BY_METHOD.keySet());
        Set<String> loginServers = data.registries().stream().map(SandboxData.Registry::loginServer).collect(Collectors.toSet());
        assertThat(iot.registryEndpoints().stream().filter(e -> loginServers.contains(e.host())).count()).isGreaterThanOrEqualTo(4);
        assertThat(iot.registryEndpoints().stream().filter(e -> !loginServers.contains(e.host())).count()).isGreaterThanOrEqualTo(2);
        for (IotOperationsData.RegistryEndpoint e : iot.registryEndpoints()) {
            ObjectNode json = e.json();
            assertThat(json.at("/properties/authentication/method").asText()).isEqualTo(e.method());
            assertThat(json.at("/extendedLocation/name").asText()).isEqualTo(e.instance().customLocationId());
            assertThat(RegistryEndpointSchema.NAME.matcher(e.name()).matches()).as(e.name()).isTrue();
            RegistryEndpointSchema.checkBody(json); // the sample obeys the rules the sandbox enforces on writes
        }
        assertThat(SandboxData.generate(Scale.parse("2x10"), 1).iotOperations().instances()).isEmpty();
    }

    @Test
    void defaultSampleLooksLikeARealEstate() {
        SandboxData data = SandboxData.generate(null, 42);

        assertThat(data.subscriptions()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(data.subscriptions().stream().map(SandboxData.Subscription::tenantId).distinct()).hasSize(2);
        assertThat(data.tenants()).extracting(SandboxData.Tenant::tenantId)
                .containsAll(data.subscriptions().stream().map(SandboxData.Subscription::tenantId).toList());
        assertThat(data.subscriptions()).extracting(SandboxData.Subscription::displayName)
                .contains("Contoso Production", "Contoso Development", "Fabrikam Edge Sites");
        assertThat(data.resourceGroups()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(data.resourceGroups().stream().map(SandboxData.ResourceGroup::location).distinct().count()).isGreaterThanOrEqualTo(3);

        assertThat(data.registries()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(data.registries()).extracting(SandboxData.Registry::sku).contains("Basic", "Standard", "Premium");
        assertThat(data.registries()).extracting(SandboxData.Registry::name).allMatch(n -> n.matches("[a-z0-9]{5,50}")).doesNotHaveDuplicates();
        assertThat(data.registries()).anyMatch(SandboxData.Registry::adminUserEnabled).anyMatch(r -> !r.adminUserEnabled());
        assertThat(data.registries()).anyMatch(r -> !r.publicNetworkAccess()).anyMatch(SandboxData.Registry::zoneRedundancy)
                .anyMatch(SandboxData.Registry::dataEndpointEnabled).anyMatch(r -> r.tags().isEmpty()).anyMatch(r -> r.tags().size() > 1);
        for (SandboxData.Registry r : data.registries()) {
            assertThat(data.resourceGroup(r.subscriptionId(), r.resourceGroup())).isPresent();
        }
    }

    @Test
    void lookupsIgnoreCase() {
        SandboxData data = SandboxData.generate(null, 42);
        SandboxData.Registry r = data.registries().get(3);
        assertThat(data.registry(r.subscriptionId().toUpperCase(), r.resourceGroup().toUpperCase(), r.name().toUpperCase())).contains(r);
        assertThat(data.registries(r.subscriptionId(), r.resourceGroup().toUpperCase())).contains(r);
        assertThat(data.registry(r.subscriptionId(), r.resourceGroup(), "missing1")).isEmpty();
        assertThat(data.registries("unknown-subscription")).isEmpty();
    }

    @Test
    void registryJsonHasTheExampleShapeAndTheRecordsValues() throws IOException {
        SandboxData data = SandboxData.generate(null, 42);
        JsonNode example = example("RegistryGet.json");
        for (SandboxData.Registry r : data.registries()) {
            ObjectNode json = r.json();
            assertThat(fieldPaths(json)).as(r.name()).isEqualTo(fieldPaths(example));
            assertThat(json.get("id").asText()).isEqualTo("/subscriptions/" + r.subscriptionId() + "/resourceGroups/"
                    + r.resourceGroup() + "/providers/Microsoft.ContainerRegistry/registries/" + r.name());
            assertThat(json.at("/sku/name").asText()).isEqualTo(r.sku()).isEqualTo(json.at("/sku/tier").asText());
            assertThat(json.at("/properties/loginServer").asText()).isEqualTo(r.name() + ".azurecr.io");
            assertThat(Instant.parse(json.at("/properties/creationDate").asText())).isEqualTo(r.creationDate());
            assertThat(json.at("/properties/publicNetworkAccess").asText()).isEqualTo(r.publicNetworkAccess() ? "Enabled" : "Disabled");
            assertThat(json.at("/properties/zoneRedundancy").asText()).isEqualTo(r.zoneRedundancy() ? "Enabled" : "Disabled");
            assertThat(json.at("/properties/dataEndpointHostNames").size()).isEqualTo(r.dataEndpointEnabled() ? 1 : 0);
            assertThat(json.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
            assertThat(TestClient.JSON.convertValue(json.get("tags"), new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {}))
                    .isEqualTo(r.tags());
        }
        // json() hands out a copy: editing it must not change what the server answers.
        data.registries().get(0).json().put("name", "changed");
        assertThat(data.registries().get(0).json().get("name").asText()).isEqualTo(data.registries().get(0).name());
    }

    @Test
    void otherResourcesKeepTheirExampleShapes() throws IOException {
        SandboxData data = SandboxData.generate(null, 42);
        Set<String> subscriptionShape = fieldPaths(example("GetSubscriptions.json").get("value").get(0));
        SandboxData.Subscription tagged = data.subscriptions().get(0);
        assertThat(fieldPaths(tagged.json())).isEqualTo(without(subscriptionShape, "/managedByTenants/tenantId"));
        assertThat(tagged.json().get("tenantId").asText()).isEqualTo(tagged.tenantId());

        Set<String> tenantShape = fieldPaths(example("GetTenants.json").get("value").get(1));
        assertThat(fieldPaths(data.tenants().get(0).json())).isEqualTo(tenantShape);

        Set<String> groupShape = fieldPaths(example("ResourceGroups_Get.json"));
        SandboxData.ResourceGroup untagged = data.resourceGroups().stream().filter(g -> g.tags().isEmpty()).findFirst().orElseThrow();
        assertThat(fieldPaths(untagged.json())).isEqualTo(groupShape);
        assertThat(untagged.json().get("id").asText()).isEqualTo("/subscriptions/" + untagged.subscriptionId() + "/resourceGroups/" + untagged.name());
    }

    @Test
    void scaleGeneratesTheRequestedSizeQuickly() {
        long start = System.nanoTime();
        SandboxData data = SandboxData.generate(Scale.parse("10x1000"), 42);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(data.subscriptions()).hasSize(10);
        assertThat(data.subscriptions().stream().map(SandboxData.Subscription::tenantId).distinct()).hasSize(2);
        assertThat(data.resourceGroups()).hasSize(10 * 10);
        assertThat(data.registries()).hasSize(10_000);
        assertThat(data.registries()).extracting(SandboxData.Registry::name).allMatch(n -> n.matches("reg\\d{5}[a-z0-9]{3}")).doesNotHaveDuplicates();
        assertThat(data.registries()).extracting(SandboxData.Registry::sku).contains("Basic", "Standard", "Premium");
        for (SandboxData.Subscription s : data.subscriptions()) {
            assertThat(data.registries(s.subscriptionId())).hasSize(1000);
            assertThat(data.registries(s.subscriptionId(), "rg-scale-0010")).hasSize(100);
        }
        // A loose bound (the target is well under one second) so a busy build machine does not fail it.
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void scaleDataSharesNoIdsWithTheDefaultSample() {
        Set<String> defaults = SandboxData.generate(null, 42).subscriptions().stream()
                .map(SandboxData.Subscription::subscriptionId).collect(Collectors.toSet());
        assertThat(SandboxData.generate(Scale.parse("5x1"), 42).subscriptions())
                .extracting(SandboxData.Subscription::subscriptionId).doesNotContainAnyElementsOf(defaults);
    }

    @Test
    void registryRefusesWhatAcrRefuses() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> new SandboxData.Registry("s", "g", "ab", "eastus", "Basic", t, false, true, false, false, false, 0, Map.of()))
                .hasMessageContaining("5-50");
        assertThatThrownBy(() -> new SandboxData.Registry("s", "g", "basicreg", "eastus", "Basic", t, false, true, true, false, false, 0, Map.of()))
                .hasMessageContaining("Premium");
        assertThatThrownBy(() -> new SandboxData.Registry("s", "g", "goldreg", "eastus", "Gold", t, false, true, false, false, false, 0, Map.of()))
                .hasMessageContaining("sku");
    }

    @Test
    void scaleAndConfigParseAndValidate() {
        assertThat(Scale.parse("10x1000")).isEqualTo(new Scale(10, 1000));
        assertThat(Scale.parse(" 2X5 ")).isEqualTo(new Scale(2, 5));
        for (String bad : new String[] {"", "10", "x5", "10x", "0x5", "3x0", "-1x5", "10*1000", "ax b", "100000x100000"}) {
            assertThatThrownBy(() -> Scale.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }

        SandboxConfig d = SandboxConfig.defaults();
        assertThat(d).isEqualTo(new SandboxConfig(0, 5, 0, null, 42, Duration.ofSeconds(3), 1, null));
        assertThat(d.withPort(8443).withPageSize(100).withLatencyMs(50).withScale(new Scale(1, 2)).withSeed(7)
                .withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0))
                .isEqualTo(new SandboxConfig(8443, 100, 50, new Scale(1, 2), 7, Duration.ofMillis(200), 0, null));
        assertThatThrownBy(() -> d.withOperationDuration(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRetryAfterSeconds(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withPageSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withPort(70000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withLatencyMs(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode example(String file) throws IOException {
        try (InputStream in = SandboxDataTest.class.getResourceAsStream("examples/" + file)) {
            return TestClient.JSON.readTree(in).at("/responses/200/body");
        }
    }

    private static Set<String> without(Set<String> paths, String path) {
        return paths.stream().filter(p -> !p.equals(path)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every object field's path (array elements share their array's path), e.g. /properties/policies/trustPolicy/type. */
    private static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, Set<String> paths) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                paths.add(prefix + "/" + e.getKey());
                if (!e.getKey().equals("tags")) { // tag names are data, not shape
                    collect(e.getValue(), prefix + "/" + e.getKey(), paths);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, prefix, paths));
        }
    }
}
