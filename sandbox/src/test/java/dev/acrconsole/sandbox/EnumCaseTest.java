package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Enum values in any case, as documented Microsoft commands send them ({@code az acr task create --platform linux},
 * {@code az acr connected-registry create --mode readonly}), are accepted and answered in the spec's case.
 */
class EnumCaseTest {

    private static SandboxServer server;
    private static TestClient client;
    private static String prod;
    private static String edge;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0));
        client = new TestClient(server);
        prod = client.registryPath("contosoprodacr");
        edge = client.registryPath("fabrikamedgehub");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTaskForLowerCaseLinuxIsMadeAndAnsweredLinux() {
        HttpResponse<String> put = client.send("PUT", prod + "/tasks/lowercase-task?api-version=2019-06-01-preview", """
                {"location":"eastus","properties":{"status":"enabled","platform":{"os":"linux","architecture":"AMD64"},
                 "step":{"type":"docker","dockerFilePath":"Dockerfile","contextPath":"https://github.com/contoso/app.git"},
                 "trigger":{"timerTriggers":[{"name":"t1","schedule":"0 2 * * *","status":"ENABLED"}]}}}""");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        JsonNode task = TestClient.json(client.get(prod + "/tasks/lowercase-task?api-version=2025-03-01-preview"));
        assertThat(task.at("/properties/platform/os").asText()).isEqualTo("Linux");
        assertThat(task.at("/properties/platform/architecture").asText()).isEqualTo("amd64");
        assertThat(task.at("/properties/step/type").asText()).isEqualTo("Docker");
        assertThat(task.at("/properties/status").asText()).isEqualTo("Enabled");
        assertThat(task.at("/properties/trigger/timerTriggers/0/status").asText()).isEqualTo("Enabled");
    }

    @Test
    void aReadOnlyConnectedRegistryInLowerCaseIsMadeAndAnsweredReadOnly() throws Exception {
        JsonNode made = client.putAndWait(edge + "/connectedRegistries/lowercasero?api-version=2025-11-01", """
                {"properties":{"mode":"readonly","parent":{"id":"/%s/connectedRegistries/dublinsite",
                 "syncProperties":{"tokenId":"/%s/tokens/dublin-client-token","schedule":"* * * * *","messageTtl":"P1D"}},
                 "logging":{"logLevel":"information","auditLogStatus":"disabled"}}}""".formatted(edge, edge));
        assertThat(made.at("/properties/mode").asText()).isEqualTo("ReadOnly");
        assertThat(made.at("/properties/logging/logLevel").asText()).isEqualTo("Information");
        assertThat(made.at("/properties/logging/auditLogStatus").asText()).isEqualTo("Disabled");
    }

    @Test
    void registryTokenAgentPoolAndRunValuesInAnyCase() throws Exception {
        JsonNode registry = client.putAndWait("subscriptions/" + prod.split("/")[1]
                + "/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/casedregistry?api-version=2025-11-01",
                "{\"location\":\"eastus\",\"sku\":{\"name\":\"premium\"},\"properties\":{\"publicNetworkAccess\":\"disabled\","
                        + "\"zoneRedundancy\":\"ENABLED\",\"networkRuleSet\":{\"defaultAction\":\"deny\"}}}");
        assertThat(registry.at("/sku/name").asText()).isEqualTo("Premium");
        assertThat(registry.at("/sku/tier").asText()).isEqualTo("Premium");
        assertThat(registry.at("/properties/publicNetworkAccess").asText()).isEqualTo("Disabled");
        assertThat(registry.at("/properties/zoneRedundancy").asText()).isEqualTo("Enabled");
        assertThat(registry.at("/properties/networkRuleSet/defaultAction").asText()).isEqualTo("Deny");

        JsonNode token = client.putAndWait(edge + "/tokens/casedtoken?api-version=2025-11-01",
                "{\"properties\":{\"scopeMapId\":\"/" + edge + "/scopeMaps/_repositories_pull\",\"status\":\"Disabled\"}}");
        assertThat(token.at("/properties/status").asText()).isEqualTo("disabled");

        JsonNode pool = client.putAndWait(prod + "/agentPools/casedpool?api-version=2019-06-01-preview",
                "{\"location\":\"eastus\",\"properties\":{\"tier\":\"s2\",\"count\":1,\"os\":\"linux\"}}");
        assertThat(pool.at("/properties/tier").asText()).isEqualTo("S2");
        assertThat(pool.at("/properties/os").asText()).isEqualTo("Linux");

        HttpResponse<String> run = client.send("POST", prod + "/scheduleRun?api-version=2019-06-01-preview",
                "{\"type\":\"encodedtaskrunrequest\",\"encodedTaskContent\":\"c3RlcHM6IFtd\",\"platform\":{\"os\":\"LINUX\"}}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    }

    @Test
    void aValueOfNoCaseIsStillRefused() {
        HttpResponse<String> put = client.send("PUT", prod + "/tasks/solaris-task?api-version=2019-06-01-preview", """
                {"location":"eastus","properties":{"platform":{"os":"solaris"},
                 "step":{"type":"FileTask","taskFilePath":"acb.yaml"}}}""");
        TestClient.assertArmError(put, 400, "InvalidParameter");
        assertThat(TestClient.json(put).at("/error/message").asText()).contains("solaris", "Linux, Windows");
    }
}
