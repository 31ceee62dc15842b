package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A registry's access and network settings as ARM takes them over raw HTTP: PATCHed in the shapes of Microsoft's
 * RegistryUpdate/RegistryCreateAbac examples with enum values in any case, refused where the SKU cannot have them with
 * ARM's codes, and the admin credentials answered at every api-version.
 */
class RegistryAccessApiTest {
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String at(String registry, String version) {
        return client.registryPath(registry) + "?api-version=" + version;
    }

    @Test
    void theSettingsArePatchedInAnyCaseAndReadBackAsTheSpecWritesThem() throws Exception {
        HttpResponse<String> patch = client.send("PATCH", at("contosomirror", "2025-11-01"), """
                {"properties":{"anonymousPullEnabled":true,"roleAssignmentMode":"abacrepositorypermissions",
                 "networkRuleBypassOptions":"none","networkRuleSet":{"defaultAction":"deny",
                 "ipRules":[{"action":"allow","value":"203.0.113.0/24"},{"value":"198.51.100.7"}]},
                 "policies":{"trustPolicy":{"type":"notary","status":"Enabled"},
                 "azureADAuthenticationAsArmPolicy":{"status":"DISABLED"}}}}""");
        assertThat(patch.statusCode()).as(patch.body()).isIn(200, 202);
        client.pollStatus(patch.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode p = TestClient.json(client.get(at("contosomirror", "2019-05-01"))).get("properties");
        assertThat(p.get("anonymousPullEnabled").asBoolean()).isTrue();
        assertThat(p.get("roleAssignmentMode").asText()).isEqualTo("AbacRepositoryPermissions");
        assertThat(p.get("networkRuleBypassOptions").asText()).isEqualTo("None");
        assertThat(p.at("/networkRuleSet/defaultAction").asText()).isEqualTo("Deny");
        assertThat(p.at("/networkRuleSet/ipRules/0/action").asText()).isEqualTo("Allow");
        assertThat(p.at("/networkRuleSet/ipRules/1/value").asText()).isEqualTo("198.51.100.7");
        assertThat(p.at("/policies/trustPolicy/status").asText()).isEqualTo("enabled");
        assertThat(p.at("/policies/azureADAuthenticationAsArmPolicy/status").asText()).isEqualTo("disabled");
        assertThat(p.at("/policies/exportPolicy/status").asText()).as("what the PATCH did not name stays").isEqualTo("enabled");
    }

    @Test
    void whatTheSkuCannotHaveIsRefusedWithArmsCodes() {
        HttpResponse<String> anonymous = client.send("PATCH", at("contosoprodbackup", "2025-11-01"),
                "{\"properties\":{\"anonymousPullEnabled\":true}}");
        TestClient.assertArmError(anonymous, 400, "BadRequest");
        assertThat(TestClient.json(anonymous).at("/error/message").asText()).startsWith("Anonymous pull is not supported for SKU Managed_Basic.");
        TestClient.assertArmError(client.send("PATCH", at("contosoreleases", "2023-07-01"),
                "{\"properties\":{\"networkRuleSet\":{\"defaultAction\":\"Deny\"}}}"), 400, "FeatureNotSupportedForSku");
        TestClient.assertArmError(client.send("PATCH", at("contosoreleases", "2025-11-01"),
                "{\"properties\":{\"networkRuleSet\":{\"defaultAction\":\"Allow\",\"ipRules\":[{\"value\":\"203.0.113.5\"}]}}}"),
                400, "FeatureNotSupportedForSku");
        TestClient.assertArmError(client.send("PATCH", at("contosoreleases", "2025-11-01"),
                "{\"properties\":{\"policies\":{\"trustPolicy\":{\"status\":\"enabled\"}}}}"), 400, "FeatureNotSupportedForSku");
        TestClient.assertArmError(client.send("PATCH", at("contosoreleases", "2025-11-01"),
                "{\"properties\":{\"publicNetworkAccess\":\"Disabled\"}}"), 400, "DisablingPublicNetworkAccessNotSupported");
        TestClient.assertArmError(client.send("PATCH", at("contosoprodacr", "2025-11-01"),
                "{\"properties\":{\"networkRuleSet\":{\"ipRules\":[{\"value\":\"10.0.0/8\"}]}}}"), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("PATCH", at("contosoprodacr", "2025-11-01"),
                "{\"properties\":{\"roleAssignmentMode\":\"Everyone\"}}"), 400, "InvalidParameter");
        // Standard may say Allow with no rules: what a client that always sends the rule set sends.
        assertThat(client.send("PATCH", at("contosoreleases", "2025-11-01"),
                "{\"properties\":{\"networkRuleSet\":{\"defaultAction\":\"Allow\",\"ipRules\":[]}}}").statusCode()).isIn(200, 202);
        assertThat(TestClient.json(client.get(at("contosoprodbackup", "2025-11-01"))).at("/properties/anonymousPullEnabled")
                .asBoolean()).as("a refused PATCH changes nothing").isFalse();
    }

    @Test
    void theAdminCredentialsAreListedAndRegeneratedAtEveryApiVersion() {
        String dev = client.registryPath("contosodevacr");
        String first = null;
        for (String version : ApiVersions.REGISTRIES.supported()) {
            JsonNode listed = TestClient.json(client.send("POST", dev + "/listCredentials?api-version=" + version, null));
            assertThat(listed.get("username").asText()).as(version).isEqualTo("contosodevacr");
            assertThat(listed.at("/passwords/0/name").asText()).isEqualTo("password");
            assertThat(listed.at("/passwords/1/name").asText()).isEqualTo("password2");
            first = first == null ? listed.at("/passwords/0/value").asText() : first;
            assertThat(listed.at("/passwords/0/value").asText()).as("the same until regenerated").isEqualTo(first);
        }
        JsonNode regenerated = TestClient.json(client.send("POST", dev + "/regenerateCredential?api-version=2025-11-01",
                "{\"name\":\"password\"}"));
        assertThat(regenerated.at("/passwords/0/value").asText()).isNotEqualTo(first);
        TestClient.assertArmError(client.send("POST", client.registryPath("contosoprodacr") + "/listCredentials?api-version=2025-11-01",
                null), 400, "UnAuthorizedForCredentialOperations");
    }
}
