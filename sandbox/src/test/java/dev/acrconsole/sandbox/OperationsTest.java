package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Long-running operations, failures and throttling, as a client sees them over HTTPS. */
class OperationsTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;
    private static String group;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        client = new TestClient(server);
        SandboxData.ResourceGroup g = server.data().resourceGroups().get(0);
        group = "subscriptions/" + g.subscriptionId() + "/resourceGroups/" + g.name();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String registry(String name) {
        return group + "/providers/Microsoft.ContainerRegistry/registries/" + name;
    }

    @Test
    void createIsAcceptedThenPolledToSucceededWhileProvisioningStateMoves() throws Exception {
        HttpResponse<String> created = client.send("PUT", registry("opsnewreg") + V,
                "{\"location\":\"eastus\",\"sku\":{\"name\":\"Premium\"},\"properties\":{\"adminUserEnabled\":true,\"zoneRedundancy\":\"Enabled\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Retry-After")).hasValue("0");
        String status = created.headers().firstValue("Azure-AsyncOperation").orElseThrow();
        assertThat(status).startsWith(server.baseUrl().toString()).contains("/registries/opsnewreg/operationStatuses/", "api-version=2025-11-01");
        assertThat(TestClient.json(created).at("/properties/provisioningState").asText()).isEqualTo("Creating");

        assertThat(TestClient.json(client.get(URI.create(status))).get("status").asText()).isEqualTo("InProgress");
        assertThat(TestClient.json(client.get(registry("opsnewreg") + V)).at("/properties/provisioningState").asText()).isEqualTo("Creating");

        JsonNode done = pollStatus(status);
        assertThat(done.get("status").asText()).isEqualTo("Succeeded");
        JsonNode registry = TestClient.json(client.get(registry("opsnewreg") + V));
        assertThat(registry.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(registry.at("/properties/loginServer").asText()).isEqualTo("opsnewreg.azurecr.io");
        assertThat(registry.at("/properties/adminUserEnabled").asBoolean()).isTrue();
        assertThat(registry.at("/sku/name").asText()).isEqualTo("Premium");
        assertThat(ListAndGetTest.followPages(client, server, client.uri(group + "/providers/Microsoft.ContainerRegistry/registries" + V),
                new java.util.ArrayList<>())).extracting(n -> n.get("name").asText()).contains("opsnewreg");
        assertThat(server.operations().polls(status)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aReservedNameEndsFailedWithArmsError() throws Exception {
        HttpResponse<String> created = client.send("PUT", registry("failregistry") + V,
                "{\"location\":\"eastus\",\"sku\":{\"name\":\"Basic\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode done = pollStatus(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertThat(done.get("status").asText()).isEqualTo("Failed");
        assertThat(done.at("/error/code").asText()).isEqualTo("ProvisioningFailed");
        assertThat(done.at("/error/message").asText()).contains("failregistry");
        assertThat(TestClient.json(client.get(registry("failregistry") + V)).at("/properties/provisioningState").asText()).isEqualTo("Failed");
    }

    @Test
    void deleteAnswers202WithLocationUntilDoneThen204AndTheRegistryIsGone() throws Exception {
        client.send("PUT", registry("opsdoomed") + V, "{\"location\":\"eastus\",\"sku\":{\"name\":\"Basic\"}}");
        HttpResponse<String> deleted = client.send("DELETE", registry("opsdoomed") + V, null);
        assertThat(deleted.statusCode()).isEqualTo(202);
        URI location = URI.create(deleted.headers().firstValue("Location").orElseThrow());
        assertThat(location.getPath()).contains("/operationResults/");
        assertThat(client.get(location).statusCode()).isEqualTo(202);
        assertThat(TestClient.json(client.get(registry("opsdoomed") + V)).at("/properties/provisioningState").asText()).isEqualTo("Deleting");

        Thread.sleep(400);
        assertThat(client.get(location).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = client.get(registry("opsdoomed") + V);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(TestClient.json(gone).at("/error/code").asText()).isEqualTo("ResourceNotFound");
        assertThat(client.send("DELETE", registry("opsdoomed") + V, null).statusCode()).isEqualTo(204);
    }

    @Test
    void patchChangesOnlyWhatItSends() throws Exception {
        client.send("PUT", registry("opspatched") + V, "{\"location\":\"westus\",\"sku\":{\"name\":\"Basic\"},\"tags\":{\"a\":\"b\"}}");
        HttpResponse<String> patched = client.send("PATCH", registry("opspatched") + V,
                "{\"sku\":{\"name\":\"Standard\"},\"properties\":{\"adminUserEnabled\":true}}");
        assertThat(patched.statusCode()).isEqualTo(200);
        pollStatus(patched.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode r = TestClient.json(client.get(registry("opspatched") + V));
        assertThat(r.at("/sku/name").asText()).isEqualTo("Standard");
        assertThat(r.at("/properties/adminUserEnabled").asBoolean()).isTrue();
        assertThat(r.at("/tags/a").asText()).isEqualTo("b");
        assertThat(r.at("/location").asText()).isEqualTo("westus");
    }

    @Test
    void invalidWritesAreRefusedWithArmErrors() {
        assertError(client.send("PUT", registry("ab") + V, "{\"location\":\"eastus\",\"sku\":{\"name\":\"Basic\"}}"), 400, "InvalidRegistryName");
        assertError(client.send("PUT", registry("opsnolocation") + V, "{\"sku\":{\"name\":\"Basic\"}}"), 400, "InvalidParameter");
        assertError(client.send("PUT", registry("opszonebasic") + V,
                "{\"location\":\"eastus\",\"sku\":{\"name\":\"Basic\"},\"properties\":{\"zoneRedundancy\":\"Enabled\"}}"), 400, "FeatureNotSupportedForSku");
        String taken = server.data().registries().getLast().name(); // in another subscription: names are global
        assertError(client.send("PUT", registry(taken) + V, "{\"location\":\"eastus\",\"sku\":{\"name\":\"Basic\"}}"), 409, "RegistryNameNotAvailable");
        assertError(client.send("PUT", registry("opsnobody") + V, null), 400, "InvalidRequestContent");
    }

    @Test
    void checkNameAvailabilitySaysTakenInvalidOrFree() {
        String check = "subscriptions/" + server.data().subscriptions().get(1).subscriptionId()
                + "/providers/Microsoft.ContainerRegistry/checkNameAvailability" + V;
        String taken = server.data().registries().getFirst().name().toUpperCase();
        JsonNode answer = TestClient.json(client.send("POST", check, "{\"name\":\"" + taken + "\",\"type\":\"Microsoft.ContainerRegistry/registries\"}"));
        assertThat(answer.get("nameAvailable").asBoolean()).isFalse();
        assertThat(answer.get("reason").asText()).isEqualTo("AlreadyExists");
        answer = TestClient.json(client.send("POST", check, "{\"name\":\"a-b\",\"type\":\"Microsoft.ContainerRegistry/registries\"}"));
        assertThat(answer.get("reason").asText()).isEqualTo("Invalid");
        answer = TestClient.json(client.send("POST", check, "{\"name\":\"freshname42\",\"type\":\"Microsoft.ContainerRegistry/registries\"}"));
        assertThat(answer.get("nameAvailable").asBoolean()).isTrue();
    }

    @Test
    void throttledRequestsGet429WithRetryAfterAndArmsBody() {
        server.faults().throttle(1, "GET", "/registries", 2);
        HttpResponse<String> throttled = client.get(group + "/providers/Microsoft.ContainerRegistry/registries" + V);
        assertError(throttled, 429, "SubscriptionRequestsThrottled");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(client.get(group + "/providers/Microsoft.ContainerRegistry/registries" + V).statusCode()).isEqualTo(200);
    }

    @Test
    void approvingAPendingConnectionMovesItsStateWhenTheOperationEnds() throws Exception {
        SandboxData.PrivateEndpointConnection pending = server.data().privateEndpointConnections().stream()
                .filter(c -> c.status().equals("Pending")).findFirst().orElseThrow();
        String path = pending.id().substring(1) + V;
        HttpResponse<String> put = client.send("PUT", path,
                "{\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Approved\",\"description\":\"ok by test\"}}}");
        assertThat(put.statusCode()).isEqualTo(200); // the connection exists: ARM answers 200, 201 is for a new resource
        assertThat(TestClient.json(client.get(path)).at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Pending");
        pollStatus(put.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode after = TestClient.json(client.get(path));
        assertThat(after.at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Approved");
        assertThat(after.at("/properties/privateLinkServiceConnectionState/description").asText()).isEqualTo("ok by test");
        assertThat(after.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");

        SandboxData.PrivateEndpointConnection rejected = server.data().privateEndpointConnections().stream()
                .filter(c -> c.status().equals("Rejected")).findFirst().orElseThrow();
        assertError(client.send("PUT", rejected.id().substring(1) + V,
                "{\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"}}}"), 400, "PrivateEndpointConnectionCannotBeApproved");
    }

    private static JsonNode pollStatus(String url) throws InterruptedException {
        return client.pollStatus(url);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        TestClient.assertArmError(response, status, code);
    }
}
