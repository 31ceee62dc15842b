package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resource Graph's query endpoint as the console (and any client) sends to it. */
class ResourceGraphApiTest {

    private static final String REGISTRIES = "resources | where type in~ ('microsoft.containerregistry/registries',"
            + " 'Microsoft.IoTOperations/instances') | project id, name, type, location, resourceGroup, subscriptionId,"
            + " tenantId, properties, sku, tags";

    private static HttpResponse<String> query(TestClient client, String version, ObjectNode body) {
        return client.send("POST", "providers/Microsoft.ResourceGraph/resources?api-version=" + version, body.toString());
    }

    private static ObjectNode body(String query, Integer top, String skipToken) {
        ObjectNode b = TestClient.JSON.createObjectNode();
        b.put("query", query);
        ObjectNode options = b.putObject("options");
        options.put("resultFormat", "objectArray");
        if (top != null) {
            options.put("$top", top);
        }
        if (skipToken != null) {
            options.put("$skipToken", skipToken);
        }
        return b;
    }

    @Test
    void everyRegistryOnceAcrossSkipTokenPagesWithTheCountsResourceGraphGives() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withScale(Scale.parse("3x230")).withSeed(7))) {
            TestClient client = new TestClient(server);
            Set<String> seen = new HashSet<>();
            List<Integer> sizes = new ArrayList<>();
            String token = null;
            do {
                HttpResponse<String> answer = query(client, "2024-04-01", body(REGISTRIES, 200, token));
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                JsonNode page = TestClient.json(answer);
                assertThat(page.get("totalRecords").asLong()).isEqualTo(690);
                assertThat(page.get("resultTruncated").asText()).isEqualTo("false");
                assertThat(page.get("count").asInt()).isEqualTo(page.get("data").size());
                sizes.add(page.get("count").asInt());
                page.get("data").forEach(r -> assertThat(seen.add(r.get("id").asText())).as("twice: %s", r.get("id")).isTrue());
                token = page.path("$skipToken").asText(null);
            } while (token != null);
            assertThat(sizes).containsExactly(200, 200, 200, 90);
            assertThat(seen).containsExactlyInAnyOrderElementsOf(
                    server.data().registries().stream().map(SandboxData.Registry::id).toList());

            // Without $top a page holds up to 1,000 rows: all 690 at once, and no token.
            JsonNode all = TestClient.json(query(client, "2024-04-01", body(REGISTRIES, null, null)));
            assertThat(all.get("count").asInt()).isEqualTo(690);
            assertThat(all.has("$skipToken")).isFalse();
        }
    }

    @Test
    void aRowIsTheResourcesArmJsonWithResourceGraphsColumns() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            SandboxData.Registry registry = client.registry("contosoprodacr");
            JsonNode get = TestClient.json(client.get(client.registryPath("contosoprodacr") + "?api-version=2025-11-01"));
            JsonNode rows = TestClient.json(query(client, "2022-10-01", body(REGISTRIES, null, null))).get("data");
            JsonNode row = null;
            for (JsonNode r : rows) {
                if (r.get("id").asText().equalsIgnoreCase(registry.id())) {
                    row = r;
                }
            }
            assertThat(row).as("the registry's row").isNotNull();
            assertThat(row.get("type").asText()).isEqualTo("microsoft.containerregistry/registries");
            assertThat(row.get("resourceGroup").asText()).isEqualTo(registry.resourceGroup().toLowerCase());
            assertThat(row.get("subscriptionId").asText()).isEqualTo(registry.subscriptionId());
            assertThat(row.get("tenantId").asText()).isEqualTo(server.data().subscription(registry.subscriptionId())
                    .orElseThrow().tenantId());
            // What ARM's GET says is what Resource Graph carries, private endpoint connections included.
            assertThat(row.get("properties")).isEqualTo(get.get("properties"));
            assertThat(row.get("sku")).isEqualTo(get.get("sku"));
            assertThat(row.get("tags")).isEqualTo(get.get("tags"));
            assertThat(row.get("properties").get("privateEndpointConnections").size()).isPositive();
            // Only the projected columns, and IoT Operations instances beside the registries.
            assertThat(fieldNames(row)).containsExactly("id", "name", "type", "location", "resourceGroup", "subscriptionId",
                    "tenantId", "properties", "sku", "tags");
            assertThat(rows.findValuesAsText("type")).contains("microsoft.iotoperations/instances");
        }
    }

    @Test
    void resourceContainersHoldTheSubscriptionsAndTheirResourceGroups() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            SandboxData.Subscription first = server.data().subscriptions().getFirst();
            ObjectNode b = body("resourcecontainers | where type =~ 'microsoft.resources/subscriptions/resourcegroups'"
                    + " | project id, name, type, location, subscriptionId, tags, properties | order by name asc", null, null);
            b.putArray("subscriptions").add(first.subscriptionId());
            JsonNode data = TestClient.json(query(client, "2021-03-01", b)).get("data");
            assertThat(data.findValuesAsText("name")).containsExactlyElementsOf(server.data().resourceGroups(first.subscriptionId())
                    .stream().map(SandboxData.ResourceGroup::name).sorted(String.CASE_INSENSITIVE_ORDER).toList());
            assertThat(data.get(0).at("/properties/provisioningState").asText()).isEqualTo("Succeeded");

            JsonNode subs = TestClient.json(query(client, "2021-03-01",
                    body("ResourceContainers | where type == 'microsoft.resources/subscriptions' | project id, name", null, null)))
                    .get("data");
            assertThat(subs.findValuesAsText("name")).containsExactlyInAnyOrderElementsOf(
                    server.data().subscriptions().stream().map(SandboxData.Subscription::displayName).toList());
        }
    }

    @Test
    void whatTheSandboxDoesNotServeIsRefusedInResourceGraphsErrorShape() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            for (String kql : List.of("resources | summarize count() by type", "securityresources | project id",
                    "resources | where type in~ ('a'", "resources | project nosuchcolumn", "resources | where name contains 'x")) {
                HttpResponse<String> answer = query(client, "2024-04-01", body(kql, null, null));
                TestClient.assertArmError(answer, 400, "BadRequest");
                JsonNode details = TestClient.json(answer).at("/error/details");
                assertThat(details.get(0).get("code").asText()).as(kql).isEqualTo("InvalidQuery");
                assertThat(details.get(1).get("message").asText()).as(kql).isNotBlank();
            }
            JsonNode refused = TestClient.json(query(client, "2024-04-01", body("resources | summarize count()", null, null)));
            assertThat(refused.at("/error/details/1/code").asText()).isEqualTo("NotServedBySandbox");
            assertThat(refused.at("/error/details/1/message").asText()).contains("'summarize'");

            // A token from another query (or made up) is refused, not served as this query's page.
            String token = TestClient.json(query(client, "2024-04-01", body("resources | project id, name", 2, null)))
                    .get("$skipToken").asText();
            TestClient.assertArmError(query(client, "2024-04-01", body("resources | project id", 2, token)), 400, "BadRequest");
            TestClient.assertArmError(query(client, "2024-04-01", body("resources | project id", 0, null)), 400, "BadRequest");
            // Every published version is served; another is refused as ARM refuses it.
            for (String v : ResourceGraphApi.VERSIONS.supported()) {
                assertThat(query(client, v, body("resources | project id | limit 1", null, null)).statusCode()).as(v).isIn(200, 429);
            }
        }
    }

    @Test
    void fifteenQueriesAFiveSecondWindowThen429UntilItResets() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            List<String> remaining = new ArrayList<>();
            HttpResponse<String> answer = null;
            for (int i = 0; i < ResourceGraphApi.QUOTA; i++) {
                answer = query(client, "2024-04-01", body("resources | project id | limit 1", null, null));
                assertThat(answer.statusCode()).isEqualTo(200);
                remaining.add(answer.headers().firstValue("x-ms-user-quota-remaining").orElseThrow());
                assertThat(answer.headers().firstValue("x-ms-user-quota-resets-after").orElseThrow()).matches("00:00:0[0-5]");
            }
            assertThat(remaining).startsWith("14", "13").endsWith("0");
            HttpResponse<String> spent = query(client, "2024-04-01", body("resources | project id | limit 1", null, null));
            TestClient.assertArmError(spent, 429, "RateLimiting");
            assertThat(spent.headers().firstValue("x-ms-user-quota-remaining")).contains("0");
            String resets = spent.headers().firstValue("x-ms-user-quota-resets-after").orElseThrow();
            assertThat(resets).matches("00:00:0[0-5]");
            Thread.sleep(Integer.parseInt(resets.substring(6)) * 1000L + 100);
            HttpResponse<String> again = query(client, "2024-04-01", body("resources | project id | limit 1", null, null));
            assertThat(again.statusCode()).as("after the window resets").isEqualTo(200);
            assertThat(again.headers().firstValue("x-ms-user-quota-remaining")).contains("14");
        }
    }

    @Test
    void theBundledExamplesAreAnsweredInTheirShape() throws IOException {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            String subscription = client.registry("contosocitest").subscriptionId();
            JsonNode first = example("ResourcesFirstPageQuery.json");
            ObjectNode request = (ObjectNode) first.at("/parameters/query").deepCopy();
            ArrayNode all = ((ArrayNode) request.get("subscriptions")).removeAll();
            server.data().subscriptions().forEach(sub -> all.add(sub.subscriptionId()));
            // The sample names one resource 'test' (contosocitest): 'contoso' has the pages the example shows.
            request.put("query", request.get("query").asText().replace("'test'", "'contoso'"));
            JsonNode page = TestClient.json(query(client, "2024-04-01", request));
            assertSameShape(first.at("/responses/200/body"), page);
            // The next page, with the token the first page gave, as the next-page example sends it.
            JsonNode next = example("ResourcesNextPageQuery.json");
            ObjectNode nextRequest = (ObjectNode) next.at("/parameters/query").deepCopy();
            nextRequest.set("subscriptions", all);
            nextRequest.put("query", request.get("query").asText());
            ((ObjectNode) nextRequest.get("options")).put("$skipToken", page.get("$skipToken").asText()).put("$top", 3);
            JsonNode second = TestClient.json(query(client, "2024-04-01", nextRequest));
            assertThat(second.get("data").get(0).get("id")).isNotEqualTo(page.get("data").get(0).get("id"));
            assertSameShape(next.at("/responses/200/body"), second);
            assertThat(second.get("data").get(0).get("name").asText()).containsIgnoringCase("contoso");

            JsonNode basic = example("ResourcesBasicQuery.json");
            ObjectNode basicRequest = (ObjectNode) basic.at("/parameters/query").deepCopy();
            ((ArrayNode) basicRequest.get("subscriptions")).removeAll().add(subscription);
            JsonNode answer = TestClient.json(query(client, "2024-04-01", basicRequest));
            assertSameShape(basic.at("/responses/200/body"), answer);
            assertThat(answer.get("count").asInt()).isEqualTo(3);
        }
    }

    private static JsonNode example(String file) throws IOException {
        try (InputStream in = ResourceGraphApiTest.class.getResourceAsStream("examples/resourcegraph/" + file)) {
            return TestClient.JSON.readTree(in);
        }
    }

    /** The example's properties, each with the same JSON type (values differ: the data are the sandbox's). */
    private static void assertSameShape(JsonNode wanted, JsonNode got) {
        for (Iterator<String> it = wanted.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            assertThat(got.has(f)).as("has %s: %s", f, got).isTrue();
            assertThat(got.get(f).getNodeType()).as(f).isEqualTo(wanted.get(f).getNodeType());
        }
        JsonNode row = wanted.get("data").get(0);
        for (JsonNode r : got.get("data")) {
            assertThat(fieldNames(r)).containsExactlyInAnyOrderElementsOf(fieldNames(row));
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
