package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.sandbox.IotOperationsData.Instance;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** IoT Operations instances and registry endpoints over HTTPS: shapes, paging, operations, and the published rules. */
class IotOperationsApiTest {

    private static final String V = "?api-version=2026-03-01";
    private static final String ANONYMOUS = "{\"method\":\"Anonymous\",\"anonymousSettings\":{}}";
    private static SandboxServer server;
    private static TestClient client;
    private static Instance dublin;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0));
        client = new TestClient(server);
        dublin = server.data().iotOperations().instances().stream().filter(i -> i.name().equals("aio-dublin")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String endpoint(String name) {
        return dublin.id().substring(1) + "/registryEndpoints/" + name + V;
    }

    private static String body(String host, String authentication) {
        return "{\"properties\":{\"host\":\"" + host + "\",\"authentication\":" + authentication + "}}";
    }

    @Test
    void instancesListBySubscriptionAndGroupWithTheExamplesShape() {
        String sub = dublin.subscriptionId();
        List<JsonNode> bySubscription = ListAndGetTest.followPages(client, server,
                client.uri("subscriptions/" + sub + "/providers/Microsoft.IoTOperations/instances" + V), new ArrayList<>());
        assertThat(bySubscription).extracting(n -> n.get("name").asText()).containsExactlyInAnyOrder("aio-dublin", "aio-edge-hub");
        List<JsonNode> byGroup = ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + sub
                + "/resourceGroups/rg-edge-sites/providers/Microsoft.IoTOperations/instances" + V), new ArrayList<>());
        assertThat(byGroup).extracting(n -> n.get("name").asText()).containsExactly("aio-dublin");

        JsonNode instance = TestClient.json(client.get(dublin.id().substring(1) + V));
        assertThat(instance.get("type").asText()).isEqualTo("Microsoft.IoTOperations/instances");
        assertThat(instance.at("/extendedLocation/type").asText()).isEqualTo("CustomLocation");
        assertThat(instance.at("/extendedLocation/name").asText()).endsWith("/customLocations/cl-dublin-factory");
        assertThat(instance.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(instance.at("/properties/schemaRegistryRef/resourceId").asText()).contains("Microsoft.DeviceRegistry");
        assertThat(instance.at("/location").asText()).isEqualTo("northeurope");
    }

    @Test
    void anInstancesEndpointsPageWithNextLinksAndCarryTheirMethodsSettings() {
        List<Integer> sizes = new ArrayList<>();
        List<JsonNode> endpoints = ListAndGetTest.followPages(client, server,
                client.uri(dublin.id().substring(1) + "/registryEndpoints" + V), sizes);
        assertThat(sizes).as("page sizes at 5 a page").startsWith(5);
        assertThat(endpoints).extracting(n -> n.at("/properties/authentication/method").asText())
                .contains("Anonymous", "SystemAssignedManagedIdentity", "UserAssignedManagedIdentity", "ArtifactPullSecret");
        JsonNode factory = TestClient.json(client.get(endpoint("factory-images")));
        assertThat(factory.get("type").asText()).isEqualTo("Microsoft.IoTOperations/instances/registryEndpoints");
        assertThat(factory.at("/properties/host").asText()).isEqualTo("fabrikamfactorydub.azurecr.io");
        assertThat(factory.at("/properties/authentication/userAssignedManagedIdentitySettings/clientId").asText()).hasSize(36);
        assertThat(factory.at("/extendedLocation/name").asText()).isEqualTo(dublin.customLocationId());
        JsonNode mirror = TestClient.json(client.get(endpoint("hub-mirror")));
        assertThat(mirror.at("/properties/codeSigningCas/0/secretRef").asText()).isEqualTo("dublin-signing-ca");
        assertThat(mirror.at("/properties/codeSigningCas/1/configMapRef").asText()).isEqualTo("aio-trust-bundle");
    }

    @Test
    void createIs201WithAzureAsyncOperationAndTakesTheInstancesExtendedLocation() throws Exception {
        HttpResponse<String> created = client.send("PUT", endpoint("new-uami"), body("contosoprodacr.azurecr.io",
                "{\"method\":\"UserAssignedManagedIdentity\",\"userAssignedManagedIdentitySettings\":"
                        + "{\"clientId\":\"11111111-2222-3333-4444-555555555555\",\"tenantId\":\"66666666-7777-8888-9999-000000000000\"}}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(TestClient.json(created).at("/properties/provisioningState").asText()).isEqualTo("Accepted");
        String status = created.headers().firstValue("Azure-AsyncOperation").orElseThrow();
        assertThat(status).contains("/registryEndpoints/new-uami/operationStatuses/", "api-version=2026-03-01");
        assertThat(pollStatus(status).get("status").asText()).isEqualTo("Succeeded");

        JsonNode endpoint = TestClient.json(client.get(endpoint("new-uami")));
        assertThat(endpoint.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(endpoint.at("/extendedLocation/name").asText()).isEqualTo(dublin.customLocationId());
        assertThat(endpoint.at("/properties/authentication/userAssignedManagedIdentitySettings/tenantId").asText())
                .isEqualTo("66666666-7777-8888-9999-000000000000");

        HttpResponse<String> replaced = client.send("PUT", endpoint("new-uami"), body("contosoprodacr.azurecr.io", ANONYMOUS));
        assertThat(replaced.statusCode()).isEqualTo(200);
        pollStatus(replaced.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertThat(TestClient.json(client.get(endpoint("new-uami"))).at("/properties/authentication/method").asText()).isEqualTo("Anonymous");
        assertError(client.send("PUT", endpoint("new-uami"), "{\"extendedLocation\":{\"name\":\"elsewhere\",\"type\":\"CustomLocation\"},"
                + body("contosoprodacr.azurecr.io", ANONYMOUS).substring(1)), "InvalidParameter");
    }

    @Test
    void deleteIs202WithLocationThen204AndTheEndpointIsGone() throws Exception {
        client.send("PUT", endpoint("doomed"), body("mcr.microsoft.com", ANONYMOUS));
        HttpResponse<String> deleted = client.send("DELETE", endpoint("doomed"), null);
        assertThat(deleted.statusCode()).isEqualTo(202);
        URI location = URI.create(deleted.headers().firstValue("Location").orElseThrow());
        Thread.sleep(300);
        assertThat(client.get(location).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = client.get(endpoint("doomed"));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(TestClient.json(gone).at("/error/code").asText()).isEqualTo("ResourceNotFound");
        assertThat(client.send("DELETE", endpoint("doomed"), null).statusCode()).isEqualTo(204);
    }

    /** Every input the published rules forbid, sent as a client would send it. */
    static Stream<Arguments> forbidden() {
        String uami = "{\"method\":\"UserAssignedManagedIdentity\",\"userAssignedManagedIdentitySettings\":";
        return Stream.of(
                Arguments.of("upper-case name", "Bad-Name", body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("underscore in the name", "bad_name", body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("name starting with '-'", "-lead", body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("name ending with '-'", "trail-", body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("2-character name", "ab", body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("64-character name", "a".repeat(64), body("a.azurecr.io", ANONYMOUS), "InvalidResourceName"),
                Arguments.of("2-character host", "ok-name", body("ab", ANONYMOUS), "InvalidParameter"),
                Arguments.of("64-character host", "ok-name", body("a".repeat(53) + ".azurecr.io", ANONYMOUS), "InvalidParameter"),
                Arguments.of("no host", "ok-name", "{\"properties\":{\"authentication\":" + ANONYMOUS + "}}", "InvalidParameter"),
                Arguments.of("no authentication", "ok-name", "{\"properties\":{\"host\":\"a.azurecr.io\"}}", "InvalidParameter"),
                Arguments.of("unknown method", "ok-name", body("a.azurecr.io", "{\"method\":\"Password\"}"), "InvalidParameter"),
                Arguments.of("settings object missing", "ok-name", body("a.azurecr.io", "{\"method\":\"Anonymous\"}"), "InvalidParameter"),
                Arguments.of("anonymous with a setting", "ok-name",
                        body("a.azurecr.io", "{\"method\":\"Anonymous\",\"anonymousSettings\":{\"user\":\"x\"}}"), "InvalidParameter"),
                Arguments.of("no client ID", "ok-name", body("a.azurecr.io", uami + "{\"tenantId\":\"t\"}}"), "InvalidParameter"),
                Arguments.of("no tenant ID", "ok-name", body("a.azurecr.io", uami + "{\"clientId\":\"c\"}}"), "InvalidParameter"),
                Arguments.of("no secret reference", "ok-name", body("a.azurecr.io",
                        "{\"method\":\"ArtifactPullSecret\",\"artifactPullSecretSettings\":{}}"), "InvalidParameter"),
                Arguments.of("code-signing CA without its ref", "ok-name", "{\"properties\":{\"host\":\"a.azurecr.io\",\"authentication\":"
                        + ANONYMOUS + ",\"codeSigningCas\":[{\"type\":\"Secret\"}]}}", "InvalidParameter"),
                Arguments.of("unknown extended location type", "ok-name", "{\"extendedLocation\":{\"name\":\"x\",\"type\":\"EdgeZone\"}}",
                        "InvalidParameter"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("forbidden")
    void whatThePublishedRulesForbidIsRefusedWithAnArmError(String what, String name, String json, String code) {
        assertError(client.send("PUT", endpoint(name), json), code);
        assertThat(server.state().exists(dublin.id() + "/registryEndpoints/" + name)).isFalse();
    }

    @Test
    void whatTheRulesDoNotSpeakOfIsAcceptedAsTheServiceWould() throws Exception {
        // The console refuses these before sending (a scheme, a path, a space, a client ID that is no GUID); the
        // service's schema does not, and neither does the sandbox: no stricter than published.
        String uami = "{\"method\":\"UserAssignedManagedIdentity\",\"userAssignedManagedIdentitySettings\":"
                + "{\"clientId\":\"not-a-guid\",\"tenantId\":\"\"}}";
        for (String[] accepted : List.of(new String[] {"lax-scheme", body("https://a.azurecr.io", ANONYMOUS)},
                new String[] {"lax-path", body("a.azurecr.io/team", ANONYMOUS)},
                new String[] {"lax-space", body("a azurecr.io", ANONYMOUS)},
                new String[] {"lax-guid", body("a.azurecr.io", uami)},
                new String[] {"lax-no-properties", "{}"})) {
            HttpResponse<String> r = client.send("PUT", endpoint(accepted[0]), accepted[1]);
            assertThat(r.statusCode()).as(accepted[0] + ": " + r.body()).isEqualTo(201);
            pollStatus(r.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        }
    }

    @Test
    void unknownInstancesAndApiVersionsAreArmsErrors() {
        String missing = "subscriptions/" + dublin.subscriptionId() + "/resourceGroups/rg-edge-sites/providers/Microsoft.IoTOperations/instances/nowhere";
        HttpResponse<String> r = client.get(missing + "/registryEndpoints" + V);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(TestClient.json(r).at("/error/code").asText()).isEqualTo("ResourceNotFound");
        HttpResponse<String> old = client.get(dublin.id().substring(1) + "/registryEndpoints?api-version=2024-11-01");
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(TestClient.json(old).at("/error/code").asText()).isEqualTo("NoRegisteredProviderFound");
        assertError(client.get("subscriptions/" + dublin.subscriptionId()
                + "/resourceGroups/rg-edge-sites/providers/Microsoft.IoTOperations/instances/AIO_Dublin" + V), "InvalidResourceName");
    }

    private static JsonNode pollStatus(String url) throws InterruptedException {
        return client.pollStatus(url);
    }

    private static void assertError(HttpResponse<String> response, String code) {
        TestClient.assertArmError(response, 400, code);
    }
}
