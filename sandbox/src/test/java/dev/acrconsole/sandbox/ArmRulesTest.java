package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules ARM enforces on every tracked resource, and ARM's systemData on what is written. */
class ArmRulesTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;
    private static String group;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0));
        client = new TestClient(server);
        group = "subscriptions/" + server.data().subscriptions().get(0).subscriptionId()
                + "/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPutCannotMoveARegistryNorPlaceOneWhereThereIsNoRegion() throws Exception {
        JsonNode made = client.putAndWait(group + "rulesregistry" + V, "{\"location\":\"East US 2\",\"sku\":{\"name\":\"Basic\"}}");
        assertThat(made.get("location").asText()).isEqualTo("eastus2");
        TestClient.assertArmError(client.send("PUT", group + "rulesregistry" + V, "{\"location\":\"westus\",\"sku\":{\"name\":\"Basic\"}}"),
                409, "InvalidResourceLocation");
        assertThat(TestClient.json(client.get(group + "rulesregistry" + V)).get("location").asText()).isEqualTo("eastus2");
        TestClient.assertArmError(client.send("PUT", group + "nowhereregistry" + V, "{\"location\":\"atlantis\",\"sku\":{\"name\":\"Basic\"}}"),
                400, "LocationNotAvailableForResourceType");
        assertThat(client.get(group + "nowhereregistry" + V).statusCode()).isEqualTo(404);
    }

    @Test
    void writesFillSystemDataAndTheSampleHasIt() throws Exception {
        JsonNode made = client.putAndWait(group + "stampedregistry" + V, "{\"location\":\"eastus\",\"sku\":{\"name\":\"Standard\"}}");
        JsonNode s = made.get("systemData");
        assertThat(s.get("createdBy").asText()).isEqualTo("sandbox-user");
        assertThat(s.get("createdAt").asText()).isEqualTo(s.get("lastModifiedAt").asText());
        HttpResponse<String> patched = client.send("PATCH", group + "stampedregistry" + V, "{\"tags\":{\"a\":\"b\"}}");
        client.pollStatus(patched.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode after = TestClient.json(client.get(group + "stampedregistry" + V)).get("systemData");
        assertThat(after.get("createdAt")).isEqualTo(s.get("createdAt"));
        assertThat(after.get("lastModifiedAt").asText()).isGreaterThanOrEqualTo(s.get("lastModifiedAt").asText());

        SandboxData.Registry sample = server.data().registries().get(0);
        JsonNode seeded = TestClient.json(client.get(sample.id().substring(1) + V)).get("systemData");
        assertThat(seeded.get("createdBy").asText()).isEqualTo(SystemData.SAMPLE_AUTHOR);
        assertThat(java.time.Instant.parse(seeded.get("createdAt").asText())).isEqualTo(sample.creationDate());
    }

    /**
     * ACR documents no rule for deleting a connected registry that others sync from. The sandbox neither refuses nor
     * cascades: the children keep their parent's id, which then answers 404, and a client must cope with that.
     */
    @Test
    void deletingAParentConnectedRegistryLeavesItsChildrenNamingIt() throws Exception {
        String edge = client.registryPath("fabrikamedgehub");
        String parent = edge + "/connectedRegistries/dublinfloor1";
        HttpResponse<String> deleted = client.send("DELETE", parent + V, null);
        assertThat(deleted.statusCode()).isEqualTo(202);
        URI location = URI.create(deleted.headers().firstValue("Location").orElseThrow());
        assertThat(client.get(location).statusCode()).isEqualTo(204);
        assertThat(client.get(parent + V).statusCode()).isEqualTo(404);
        JsonNode child = TestClient.json(client.get(edge + "/connectedRegistries/dublinline7" + V));
        assertThat(child.at("/properties/parent/id").asText()).endsWith("/connectedRegistries/dublinfloor1");
    }
}
