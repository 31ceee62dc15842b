package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Connected registries, scope maps, tokens and generateCredentials, as a client sees them over HTTPS. */
class EdgeApiTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withPageSize(100)
                .withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0));
        client = new TestClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String registry(String name) {
        return server.data().registries().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow()
                .id().substring(1);
    }

    private static List<JsonNode> list(String path) {
        List<JsonNode> out = new ArrayList<>();
        TestClient.json(client.get(path + V)).path("value").forEach(out::add);
        return out;
    }

    private static JsonNode byName(List<JsonNode> items, String name) {
        return items.stream().filter(n -> n.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSampleHasEveryModeAndStateAParentChainAndAnUnhealthyOneWithDetails() {
        // As the sample starts, before another test deactivates or ticks anything: the sandbox's own data.
        EdgeSample sample = server.edge();
        assertThat(sample.connectedRegistries()).extracting(EdgeSample.ConnectedRegistry::mode)
                .contains("ReadWrite", "ReadOnly", "Registry", "Mirror");
        assertThat(sample.connectedRegistries()).extracting(EdgeSample.ConnectedRegistry::connectionState)
                .contains("Online", "Offline", "Syncing", "Unhealthy");
        assertThat(sample.connectedRegistries()).extracting(EdgeSample.ConnectedRegistry::active).contains(true, false);

        List<JsonNode> hub = list(registry("fabrikamedgehub") + "/connectedRegistries");
        assertThat(hub).extracting(n -> n.at("/properties/mode").asText()).contains("ReadWrite", "ReadOnly", "Registry", "Mirror");

        JsonNode line = byName(hub, "dublinline7");
        JsonNode floor = byName(hub, "dublinfloor1");
        assertThat(line.at("/properties/parent/id").asText()).endsWith("/connectedRegistries/dublinfloor1");
        assertThat(floor.at("/properties/parent/id").asText()).endsWith("/connectedRegistries/dublinsite");
        assertThat(byName(hub, "dublinsite").at("/properties/parent/id").isMissingNode()).isTrue();
        assertThat(floor.at("/properties/parent/syncProperties/gatewayEndpoint").asText()).isEqualTo("dublinsite.fabrikam.local");

        JsonNode cork = byName(hub, "corkdepot");
        assertThat(cork.at("/properties/connectionState").asText()).isEqualTo("Unhealthy");
        assertThat(cork.at("/properties/statusDetails")).hasSize(2);
        JsonNode detail = cork.at("/properties/statusDetails/1");
        for (String field : List.of("type", "code", "description", "timestamp", "correlationId")) {
            assertThat(detail.path(field).asText()).as(field).isNotBlank();
        }
        JsonNode site = byName(hub, "dublinsite");
        for (String path : List.of("/properties/version", "/properties/lastActivityTime", "/properties/loginServer/host",
                "/properties/loginServer/tls/status", "/properties/loginServer/tls/certificate/location",
                "/properties/logging/logLevel", "/properties/logging/auditLogStatus",
                "/properties/parent/syncProperties/tokenId", "/properties/parent/syncProperties/lastSyncTime",
                "/properties/parent/syncProperties/gatewayEndpoint", "/properties/notificationsList/0",
                "/properties/clientTokenIds/0")) {
            assertThat(site.at(path).asText()).as(path).isNotBlank();
        }
        assertThat(list(registry("fabrikamedgehub") + "/tokens")).extracting(n -> n.path("name").asText())
                .contains("dublinsite-sync-token", "dublin-client-token");
        JsonNode syncMap = byName(list(registry("fabrikamedgehub") + "/scopeMaps"), "dublinsite-sync-scope-map");
        assertThat(syncMap.at("/properties/actions").toString())
                .contains("repositories/hello-world/content/write", "gateway/dublinsite/message/read",
                        "gateway/dublinfloor1/config/read"); // the parent may reach its child's gateway
    }

    @Test
    void eachListingMovesTheCyclingConnectionStatesAndAGetDoesNot() {
        String collection = registry("fabrikamedgehub") + "/connectedRegistries";
        String before = byName(list(collection), "dublinfloor1").at("/properties/connectionState").asText();
        String got = TestClient.json(client.get(collection + "/dublinfloor1" + V)).at("/properties/connectionState").asText();
        assertThat(got).isEqualTo(before);

        List<JsonNode> seen = List.of(byName(list(collection), "dublinfloor1"), byName(list(collection), "dublinfloor1"),
                byName(list(collection), "dublinfloor1"));
        assertThat(state(seen.get(1))).isNotEqualTo(state(seen.get(0)));
        assertThat(state(seen.get(2))).isEqualTo(state(seen.get(0)));
        // The step from Syncing to Online ends a sync: the last sync time moves then.
        int online = state(seen.get(1)).equals("Online") ? 1 : 2;
        assertThat(state(seen.get(online - 1))).isEqualTo("Syncing");
        assertThat(lastSync(seen.get(online))).isNotEqualTo(lastSync(seen.get(online - 1)));
        assertThat(byName(list(collection), "corkdepot").at("/properties/connectionState").asText()).isEqualTo("Unhealthy");
    }

    @Test
    void theCreateChainMakesAnInactiveOfflineConnectedRegistryThatSyncsThroughTheDataEndpoint() throws Exception {
        String reg = registry("contosoprodacr");
        awaitPut(reg + "/scopeMaps/storetwo-sync-scope-map", """
                {"properties":{"description":"sync","actions":["repositories/hello-world/content/read",
                "repositories/hello-world/metadata/read","gateway/storetwo/config/read","gateway/storetwo/message/write"]}}""");
        awaitPut(reg + "/tokens/storetwo-sync-token",
                "{\"properties\":{\"scopeMapId\":\"/" + reg + "/scopeMaps/storetwo-sync-scope-map\",\"status\":\"enabled\"}}");
        JsonNode made = awaitPut(reg + "/connectedRegistries/storetwo", """
                {"properties":{"mode":"Mirror","parent":{"syncProperties":{"tokenId":"/%s/tokens/storetwo-sync-token",
                "schedule":"0 9 * * *","syncWindow":"PT3H","messageTtl":"P2D"}},"notificationsList":["hello-world:*:*"],
                "logging":{"logLevel":"Warning","auditLogStatus":"Enabled"}}}""".formatted(reg));

        assertThat(made.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(made.at("/properties/activation/status").asText()).isEqualTo("Inactive");
        assertThat(made.at("/properties/connectionState").asText()).isEqualTo("Offline");
        assertThat(made.at("/properties/parent/syncProperties/gatewayEndpoint").asText()).isEqualTo("contosoprodacr.eastus.data.azurecr.io");
        assertThat(made.at("/properties/logging/logLevel").asText()).isEqualTo("Warning");

        // The sync token is in use: ARM refuses to delete it before the connected registry.
        assertError(client.send("DELETE", reg + "/tokens/storetwo-sync-token" + V, null), 400, "SyncTokenInUse");
        awaitDelete(reg + "/connectedRegistries/storetwo");
        awaitDelete(reg + "/tokens/storetwo-sync-token");
        awaitDelete(reg + "/scopeMaps/storetwo-sync-scope-map");
        assertThat(client.get(reg + "/scopeMaps/storetwo-sync-scope-map" + V).statusCode()).isEqualTo(404);
    }

    @Test
    void armRefusesWhatItWouldRefuse() {
        String token = "/" + registry("contosoprodacr") + "/tokens/seattlestore01-sync-token";
        String body = """
                {"properties":{"mode":"ReadOnly","parent":{"syncProperties":{"tokenId":"%s","messageTtl":"%s"%s}}}}""";
        String good = body.formatted(token, "P1D", "");
        assertError(client.send("PUT", registry("contosocitest") + "/connectedRegistries/basicone" + V, good), 400, "FeatureNotSupportedForSku");
        assertError(client.send("PUT", registry("contosomirror") + "/connectedRegistries/nodataep" + V, good), 400, "DataEndpointNotEnabled");
        String prod = registry("contosoprodacr") + "/connectedRegistries/";
        assertError(client.send("PUT", prod + "bad-name" + V, good), 400, "InvalidResourceName");
        assertError(client.send("PUT", prod + "ttltoolong" + V, body.formatted(token, "P91D", "")), 400, "InvalidParameter");
        assertError(client.send("PUT", prod + "nowindow" + V, body.formatted(token, "P1D", ",\"schedule\":\"0 9 * * *\"")), 400, "InvalidParameter");
        assertError(client.send("PUT", prod + "shortwindow" + V,
                body.formatted(token, "P1D", ",\"schedule\":\"0 9 * * *\",\"syncWindow\":\"PT2H\"")), 400, "InvalidParameter");
        assertError(client.send("PUT", prod + "notoken" + V, body.formatted(token + "x", "P1D", "")), 400, "InvalidParameter");
        assertError(client.send("PUT", registry("contosoprodacr") + "/scopeMaps/badactions" + V,
                "{\"properties\":{\"actions\":[]}}"), 400, "InvalidParameter");
        assertError(client.send("DELETE", registry("contosoprodacr") + "/scopeMaps/_repositories_pull" + V, null), 400, "CannotModifySystemScopeMap");
        assertThat(TestClient.json(client.get(prod + "nowindow" + V)).at("/error/code").asText()).isEqualTo("ResourceNotFound");
    }

    @Test
    void deactivateIsAcceptedWithLocationAndLeavesItInactiveAndOffline() throws Exception {
        String path = registry("contosoprodacr") + "/connectedRegistries/seattlestore01";
        HttpResponse<String> accepted = client.send("POST", path + "/deactivate" + V, null);
        assertThat(accepted.statusCode()).isEqualTo(202);
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        int status = 202;
        for (int i = 0; i < 100 && status == 202; i++) {
            Thread.sleep(50);
            status = client.get(location).statusCode();
        }
        assertThat(status).isEqualTo(204);
        JsonNode after = TestClient.json(client.get(path + V));
        assertThat(after.at("/properties/activation/status").asText()).isEqualTo("Inactive");
        assertThat(after.at("/properties/connectionState").asText()).isEqualTo("Offline");
    }

    @Test
    void generateCredentialsAnswersThePasswordsOnceAndTheTokenKeepsOnlyTheirDates() {
        server.tokenPasswords().plant("planted-password-one", "planted-password-two");
        String reg = registry("fabrikamedgehub");
        String tokenId = "/" + reg + "/tokens/dublin-client-token";
        HttpResponse<String> answer = client.send("POST", reg + "/generateCredentials" + V,
                "{\"tokenId\":\"" + tokenId + "\",\"expiry\":\"2099-01-01T00:00:00Z\"}");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = TestClient.json(answer);
        assertThat(body.path("username").asText()).isEqualTo("dublin-client-token");
        assertThat(body.at("/passwords/0/value").asText()).isEqualTo("planted-password-one");
        assertThat(body.at("/passwords/1/name").asText()).isEqualTo("password2");
        assertThat(body.at("/passwords/1/expiry").asText()).startsWith("2099-01-01T00:00:00");

        String token = client.get(reg + "/tokens/dublin-client-token" + V).body();
        assertThat(token).contains("password1", "2099-01-01").doesNotContain("planted-password");

        HttpResponse<String> one = client.send("POST", reg + "/generateCredentials" + V,
                "{\"tokenId\":\"" + tokenId + "\",\"name\":\"password2\"}");
        assertThat(TestClient.json(one).path("passwords")).hasSize(1);
        assertThat(TestClient.json(one).at("/passwords/0/value").asText()).isNotBlank().doesNotStartWith("planted");
        assertError(client.send("POST", reg + "/generateCredentials" + V,
                "{\"tokenId\":\"" + tokenId + "\",\"expiry\":\"next tuesday\"}"), 400, "InvalidParameter");
        assertError(client.send("POST", reg + "/generateCredentials" + V, "{\"tokenId\":\"" + tokenId + "x\"}"), 404, "ResourceNotFound");
    }

    @Test
    void patchChangesTheSyncScheduleAndRefusesAWindowOutOfRange() throws Exception {
        String path = registry("fabrikamedgehub") + "/connectedRegistries/galwaypilot";
        HttpResponse<String> patched = client.send("PATCH", path + V,
                "{\"properties\":{\"syncProperties\":{\"schedule\":\"0 3 * * *\",\"syncWindow\":\"PT4H\",\"messageTtl\":\"P5D\"},"
                        + "\"logging\":{\"logLevel\":\"Debug\"},\"notificationsList\":[\"app/*:v1:*\"]}}");
        assertThat(patched.statusCode()).isEqualTo(200);
        awaitStatus(patched.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode after = TestClient.json(client.get(path + V));
        assertThat(after.at("/properties/parent/syncProperties/schedule").asText()).isEqualTo("0 3 * * *");
        assertThat(after.at("/properties/parent/syncProperties/messageTtl").asText()).isEqualTo("P5D");
        assertThat(after.at("/properties/logging/logLevel").asText()).isEqualTo("Debug");
        assertThat(after.at("/properties/logging/auditLogStatus").asText()).isEqualTo("Disabled");
        assertThat(after.at("/properties/notificationsList/0").asText()).isEqualTo("app/*:v1:*");
        assertError(client.send("PATCH", path + V, "{\"properties\":{\"syncProperties\":{\"syncWindow\":\"P8D\"}}}"),
                400, "InvalidParameter");
    }

    private static String state(JsonNode c) {
        return c.at("/properties/connectionState").asText();
    }

    private static String lastSync(JsonNode c) {
        return c.at("/properties/parent/syncProperties/lastSyncTime").asText();
    }

    private static JsonNode awaitPut(String path, String body) throws InterruptedException {
        return client.putAndWait(path + V, body);
    }

    private static void awaitDelete(String path) throws InterruptedException {
        HttpResponse<String> deleted = client.send("DELETE", path + V, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(202);
        URI location = URI.create(deleted.headers().firstValue("Location").orElseThrow());
        for (int i = 0; i < 100; i++) {
            if (client.get(location).statusCode() != 202) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("delete did not end: " + path);
    }

    private static void awaitStatus(String url) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode status = TestClient.json(client.get(URI.create(url)));
            if (!status.get("status").asText().equals("InProgress")) {
                assertThat(status.get("status").asText()).isEqualTo("Succeeded");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operation did not end: " + url);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(TestClient.json(response).at("/error/code").asText()).as(response.body()).isEqualTo(code);
        assertThat(TestClient.json(response).at("/error/message").asText()).isNotBlank();
    }
}
