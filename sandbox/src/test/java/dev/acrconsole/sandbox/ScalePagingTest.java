package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScalePagingTest {

    @Test
    void everyGeneratedRegistryIsListedExactlyOnceAcrossPages() {
        SandboxConfig config = SandboxConfig.defaults().withScale(Scale.parse("3x230")).withPageSize(50).withSeed(7);
        try (SandboxServer server = SandboxServer.start(config)) {
            TestClient client = new TestClient(server);
            SandboxData data = server.data();
            Set<String> seen = new HashSet<>();
            for (SandboxData.Subscription s : data.subscriptions()) {
                List<Integer> sizes = new ArrayList<>();
                List<JsonNode> items = ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + s.subscriptionId()
                        + "/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01"), sizes);
                assertThat(sizes).containsExactly(50, 50, 50, 50, 30);
                items.forEach(r -> assertThat(seen.add(r.get("id").asText())).as("listed twice: %s", r.get("id")).isTrue());

                List<Integer> groupSizes = new ArrayList<>();
                ListAndGetTest.followPages(client, server, client.uri("subscriptions/" + s.subscriptionId()
                        + "/resourceGroups/rg-scale-0003/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01"), groupSizes);
                assertThat(groupSizes).containsExactly(30);
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(data.registries().stream().map(SandboxData.Registry::id).toList());
            assertThat(seen).hasSize(3 * 230);
        }
    }
}
