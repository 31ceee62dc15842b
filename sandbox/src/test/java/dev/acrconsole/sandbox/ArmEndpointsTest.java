package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ARM endpoints an independent client uses beyond the console's own: sent as raw HTTP, as such a client sends them. */
class ArmEndpointsTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;
    private static SandboxData.Registry prod;
    private static String prodPath;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0));
        client = new TestClient(server);
        prod = client.registry("contosoprodacr");
        prodPath = prod.id().substring(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** How az finds a registry's resource group: a filtered generic resource list of the subscription. */
    @Test
    void theResourcesListFindsARegistryByTypeAndName() {
        String filter = "resourceType eq 'microsoft.containerregistry/registries' and name eq 'CONTOSOPRODACR'";
        List<JsonNode> found = ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + prod.subscriptionId()
                + "/resources?api-version=2021-04-01&$filter=" + TestClient.encode(filter)), new ArrayList<>());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo(prod.id());
        assertThat(found.get(0).get("type").asText()).isEqualTo("Microsoft.ContainerRegistry/registries");
        assertThat(found.get(0).get("location").asText()).isEqualTo(prod.location());
        assertThat(found.get(0).at("/sku/name").asText()).isEqualTo("Premium");

        List<JsonNode> all = ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + prod.subscriptionId()
                + "/resourceGroups/" + prod.resourceGroup() + "/resources?api-version=2025-04-01&$filter="
                + TestClient.encode("resourceType eq 'Microsoft.ContainerRegistry/registries'")), new ArrayList<>());
        assertThat(all).extracting(r -> r.get("name").asText()).containsExactlyInAnyOrderElementsOf(
                server.data().registries(prod.subscriptionId(), prod.resourceGroup()).stream().map(SandboxData.Registry::name).toList());
        List<JsonNode> bySubstring = ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + prod.subscriptionId()
                + "/resources?api-version=2025-04-01&$filter=" + TestClient.encode("substringof('prodweu', name)")), new ArrayList<>());
        assertThat(bySubstring).extracting(r -> r.get("name").asText()).containsExactly("contosoprodweu");
        TestClient.assertArmError(client.get("subscriptions/" + prod.subscriptionId() + "/resources?api-version=2025-04-01&$filter="
                + TestClient.encode("properties/sku eq 'x'")), 400, "InvalidFilter");
    }

    @Test
    void headSaysWhetherAResourceGroupOrAResourceExists() {
        String group = "subscriptions/" + prod.subscriptionId() + "/resourcegroups/" + prod.resourceGroup();
        HttpResponse<String> there = client.send(head(group + "?api-version=2021-04-01"));
        assertThat(there.statusCode()).isEqualTo(204);
        assertThat(there.body()).isEmpty();
        assertThat(client.send(head("subscriptions/" + prod.subscriptionId() + "/resourcegroups/rg-nowhere?api-version=2021-04-01"))
                .statusCode()).isEqualTo(404);
        assertThat(client.send(head(prodPath + V)).statusCode()).isEqualTo(204);
        assertThat(client.send(head(prodPath + "nope" + V)).statusCode()).isEqualTo(404);
    }

    private static HttpRequest.Builder head(String pathAndQuery) {
        return HttpRequest.newBuilder(client.uri(pathAndQuery)).header("Authorization", "Bearer x")
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
    }

    @Test
    void replicationsListTheHomeRegionAndAreMadeOnlyForPremium() throws Exception {
        List<JsonNode> replicas = new ArrayList<>();
        TestClient.json(client.get(prodPath + "/replications" + V)).path("value").forEach(replicas::add);
        assertThat(replicas).extracting(r -> r.get("location").asText()).containsExactly(prod.location());

        JsonNode made = client.putAndWait(prodPath + "/replications/westeurope" + V, "{\"location\":\"West Europe\",\"tags\":{\"k\":\"v\"}}");
        assertThat(made.get("location").asText()).isEqualTo("westeurope");
        assertThat(made.at("/properties/status/displayStatus").asText()).isEqualTo("Ready");
        assertThat(made.at("/properties/regionEndpointEnabled").asBoolean()).isTrue();
        TestClient.assertArmError(client.send("PUT", prodPath + "/replications/elsewhere" + V, "{\"location\":\"westeurope\"}"),
                409, "ReplicationAlreadyExists");
        SandboxData.Registry basic = server.data().registries().stream().filter(r -> r.sku().equals("Basic")).findFirst().orElseThrow();
        TestClient.assertArmError(client.send("PUT", basic.id().substring(1) + "/replications/westus" + V, "{\"location\":\"westus\"}"),
                400, "FeatureNotSupportedForSku");
    }

    @Test
    void aWebhookHidesItsServiceUriPingsItForRealAndCountsInUsages() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Secret") + " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        service.start();
        try {
            String hook = prodPath + "/webhooks/buildhook";
            String uri = "http://127.0.0.1:" + service.getAddress().getPort() + "/hook";
            JsonNode made = client.putAndWait(hook + V, "{\"location\":\"eastus\",\"properties\":{\"serviceUri\":\"" + uri
                    + "\",\"customHeaders\":{\"X-Secret\":\"s3cret\"},\"actions\":[\"PUSH\"],\"scope\":\"webapp:*\"}}");
            assertThat(made.at("/properties/actions/0").asText()).isEqualTo("push");
            assertThat(made.toString()).doesNotContain(uri, "s3cret");
            JsonNode callback = TestClient.json(client.send("POST", hook + "/getCallbackConfig" + V, null));
            assertThat(callback.get("serviceUri").asText()).isEqualTo(uri);
            assertThat(callback.at("/customHeaders/X-Secret").asText()).isEqualTo("s3cret");

            String id = TestClient.json(client.send("POST", hook + "/ping" + V, null)).get("id").asText();
            String delivered = received.poll(10, TimeUnit.SECONDS);
            assertThat(delivered).startsWith("s3cret ").contains(id, "\"action\":\"ping\"");
            JsonNode event = null;
            for (int i = 0; i < 100; i++) { // the answer is recorded just after the service has it
                event = TestClient.json(client.send("POST", hook + "/listEvents" + V, null)).at("/value/0");
                if (!event.at("/eventResponseMessage/statusCode").asText().equals("0")) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(event.get("id").asText()).isEqualTo(id);
            assertThat(event.at("/eventResponseMessage/statusCode").asText()).isEqualTo("200");

            JsonNode usages = TestClient.json(client.get(prodPath + "/listUsages" + V));
            assertThat(usages.at("/value/0/name").asText()).isEqualTo("Size");
            assertThat(usages.at("/value/0/limit").asLong()).isEqualTo(500L << 30);
            assertThat(usages.at("/value/1/name").asText()).isEqualTo("Webhooks");
            assertThat(usages.at("/value/1/currentValue").asInt()).isEqualTo(1);
        } finally {
            service.stop(0);
        }
    }

    @Test
    void privateLinkResourcesAndAdminCredentials() {
        JsonNode links = TestClient.json(client.get(prodPath + "/privateLinkResources" + V));
        assertThat(links.at("/value/0/properties/groupId").asText()).isEqualTo("registry");
        assertThat(links.at("/value/0/properties/requiredMembers").toString()).contains("registry_data_" + prod.location());
        assertThat(client.get(prodPath + "/privateLinkResources/registry" + V).statusCode()).isEqualTo(200);
        assertThat(client.get(prodPath + "/privateLinkResources/other" + V).statusCode()).isEqualTo(404);

        SandboxData.Registry admin = server.data().registries().stream().filter(SandboxData.Registry::adminUserEnabled).findFirst().orElseThrow();
        SandboxData.Registry noAdmin = server.data().registries().stream().filter(r -> !r.adminUserEnabled()).findFirst().orElseThrow();
        TestClient.assertArmError(client.send("POST", noAdmin.id().substring(1) + "/listCredentials" + V, null), 400,
                "UnAuthorizedForCredentialOperations");
        JsonNode before = TestClient.json(client.send("POST", admin.id().substring(1) + "/listCredentials" + V, null));
        assertThat(before.get("username").asText()).isEqualTo(admin.name());
        JsonNode after = TestClient.json(client.send("POST", admin.id().substring(1) + "/regenerateCredential" + V,
                "{\"name\":\"PASSWORD2\"}"));
        assertThat(after.at("/passwords/0/value")).isEqualTo(before.at("/passwords/0/value"));
        assertThat(after.at("/passwords/1/value")).isNotEqualTo(before.at("/passwords/1/value"));
    }

    @Test
    void whatTheSandboxDoesNotServeSaysSoAndAnUnknownTypeIsNamedWhole() {
        HttpResponse<String> pipelines = client.get(prodPath + "/exportPipelines" + V);
        TestClient.assertArmError(pipelines, 501, "NotImplemented");
        assertThat(TestClient.json(pipelines).at("/error/message").asText()).contains("ExportPipelines_List");
        HttpResponse<String> gadgets = client.get(prodPath + "/gadgets" + V);
        TestClient.assertArmError(gadgets, 404, "InvalidResourceType");
        assertThat(TestClient.json(gadgets).at("/error/message").asText()).contains("'registries/gadgets'");
    }
}
