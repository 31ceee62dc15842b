package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ListAndGetTest {

    private static SandboxServer server;
    private static TestClient client;
    private static SandboxData data;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        client = new TestClient(server);
        data = server.data();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Follows nextLinks from {@code first}; returns the pages' items, and asserts every nextLink leads back here. */
    static List<JsonNode> followPages(TestClient client, SandboxServer server, URI first, List<Integer> pageSizes) {
        List<JsonNode> items = new ArrayList<>();
        URI next = first;
        while (next != null) {
            HttpResponse<String> response = client.get(next);
            assertThat(response.statusCode()).as(next.toString()).isEqualTo(200);
            JsonNode page = TestClient.json(response);
            page.get("value").forEach(items::add);
            pageSizes.add(page.get("value").size());
            JsonNode link = page.get("nextLink");
            if (link == null) {
                next = null;
            } else {
                next = URI.create(link.asText());
                assertThat(link.asText()).startsWith(server.baseUrl().toString()).contains("api-version=", "$skipToken=");
            }
        }
        return items;
    }

    @Test
    void pagingBySubscriptionReturnsEveryRegistryExactlyOnce() {
        int pagedLists = 0;
        for (SandboxData.Subscription s : data.subscriptions()) {
            List<Integer> sizes = new ArrayList<>();
            List<String> ids = followPages(client, server, client.uri("subscriptions/" + s.subscriptionId()
                    + "/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01"), sizes)
                    .stream().map(r -> r.get("id").asText()).toList();

            List<String> expected = data.registries(s.subscriptionId()).stream().map(SandboxData.Registry::id).toList();
            assertThat(ids).containsExactlyElementsOf(expected);
            assertThat(sizes).allMatch(n -> n <= 5);
            pagedLists += sizes.size() > 1 ? 1 : 0;
        }
        assertThat(pagedLists).as("default sample exercises paging").isPositive();
        assertThat(data.subscriptions().stream().mapToInt(s -> data.registries(s.subscriptionId()).size()).sum())
                .isEqualTo(data.registries().size());
    }

    @Test
    void pagingByResourceGroupSplitsAtPageSize() {
        String sub = data.subscriptions().get(0).subscriptionId();
        List<Integer> sizes = new ArrayList<>();
        List<JsonNode> items = followPages(client, server, client.uri("subscriptions/" + sub
                + "/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01"), sizes);

        assertThat(sizes).containsExactly(5, 1);
        assertThat(items).extracting(r -> r.get("name").asText())
                .containsExactlyElementsOf(data.registries(sub, "rg-platform-prod").stream().map(SandboxData.Registry::name).toList());
    }

    @Test
    void listsTenantsSubscriptionsAndResourceGroups() {
        List<JsonNode> tenants = followPages(client, server, client.uri("tenants?api-version=2022-12-01"), new ArrayList<>());
        assertThat(tenants).extracting(t -> t.get("tenantId").asText())
                .containsExactlyElementsOf(data.tenants().stream().map(SandboxData.Tenant::tenantId).toList());

        List<JsonNode> subscriptions = followPages(client, server, client.uri("subscriptions?api-version=2022-12-01"), new ArrayList<>());
        assertThat(subscriptions).extracting(s -> s.get("displayName").asText() + "/" + s.get("tenantId").asText())
                .containsExactlyElementsOf(data.subscriptions().stream().map(s -> s.displayName() + "/" + s.tenantId()).toList());

        for (SandboxData.Subscription s : data.subscriptions()) {
            List<JsonNode> groups = followPages(client, server,
                    client.uri("subscriptions/" + s.subscriptionId() + "/resourcegroups?api-version=2025-04-01"), new ArrayList<>());
            assertThat(groups).extracting(g -> g.get("id").asText())
                    .containsExactlyElementsOf(data.resourceGroups(s.subscriptionId()).stream().map(SandboxData.ResourceGroup::id).toList());
        }
    }

    @Test
    void getAnswersTheModelsJsonWhateverTheCaseOfThePath() {
        SandboxData.Registry registry = data.registries().get(0);
        String path = ("subscriptions/" + registry.subscriptionId() + "/resourcegroups/" + registry.resourceGroup()
                + "/providers/microsoft.containerregistry/REGISTRIES/" + registry.name()).toUpperCase().replace("SUBSCRIPTIONS/", "subscriptions/");
        HttpResponse<String> response = client.get(path + "?api-version=2025-11-01");

        assertThat(response.statusCode()).isEqualTo(200);
        // The registry's private endpoint connections are inlined, as ARM does; the rest is the model's JSON.
        com.fasterxml.jackson.databind.node.ObjectNode answer = (com.fasterxml.jackson.databind.node.ObjectNode) TestClient.json(response);
        assertThat(answer.at("/properties/privateEndpointConnections")).extracting(c -> c.get("id").asText())
                .containsExactlyElementsOf(data.privateEndpointConnections().stream()
                        .filter(c -> c.registryId().equals(registry.id())).map(SandboxData.PrivateEndpointConnection::id).toList());
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.get("properties")).putArray("privateEndpointConnections");
        assertThat(answer).isEqualTo(SystemData.seeded(registry.json()));
        assertThat(TestClient.json(response).get("id").asText()).contains("/resourceGroups/", "/providers/Microsoft.ContainerRegistry/registries/");

        SandboxData.Subscription subscription = data.subscriptions().get(2);
        assertThat(TestClient.json(client.get("subscriptions/" + subscription.subscriptionId() + "?api-version=2022-12-01")))
                .isEqualTo(subscription.json());
        SandboxData.ResourceGroup group = data.resourceGroups().get(1);
        assertThat(TestClient.json(client.get("subscriptions/" + group.subscriptionId() + "/resourcegroups/" + group.name()
                + "/?api-version=2025-04-01"))).isEqualTo(group.json());
    }

    @Test
    void answersCarryArmHeadersAndAreCounted() {
        int before = server.requestCount();
        String correlation = UUID.randomUUID().toString();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("tenants?api-version=2022-12-01"))
                .header("Authorization", "Bearer abc")
                .header("x-ms-correlation-request-id", correlation)
                .header("x-ms-client-request-id", "client-1")
                .header("x-ms-return-client-request-id", "true"));
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("tenants?api-version=2022-12-01")));

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(UUID.fromString(response.headers().firstValue("x-ms-request-id").orElseThrow())).isNotNull();
        assertThat(response.headers().firstValue("x-ms-correlation-request-id")).hasValue(correlation);
        assertThat(response.headers().firstValue("x-ms-client-request-id")).hasValue("client-1");
        assertThat(UUID.fromString(refused.headers().firstValue("x-ms-correlation-request-id").orElseThrow())).isNotNull();
        assertThat(server.requestCount()).isEqualTo(before + 2);
    }
}
