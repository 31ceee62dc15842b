package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheExportTest {
    @TempDir
    Path dir;

    @Test
    void exportsEachResourceWithArmNamesScopeAndFetchTime() throws Exception {
        Instant at = Instant.parse("2026-11-02T08:30:00Z");
        try (CacheDatabase db = CacheDatabase.open(dir)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, "l", ResourceKind.REGISTRY, List.of(TestRows.registry("alpha", at)), at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CacheExport.write(store, out);

            JsonNode resources = new ObjectMapper().readTree(out.toByteArray()).get("resources");
            assertThat(resources).hasSize(1);
            JsonNode r = resources.get(0);
            assertThat(r.get("id").asText()).endsWith("/registries/alpha");
            assertThat(r.get("kind").asText()).isEqualTo("registry");
            assertThat(r.get("fetchedAt").asText()).isEqualTo("2026-11-02T08:30:00Z");
            assertThat(r.at("/scope/account").asText()).isEqualTo("sandbox");
            assertThat(r.at("/scope/subscriptionId").asText()).isEqualTo("00000000-0000-0000-0000-000000000001");
            assertThat(r.at("/properties/loginServer").asText()).isEqualTo("alpha.azurecr.io");
            assertThat(r.at("/sku/name").asText()).isEqualTo("Premium");
        }
    }
}
