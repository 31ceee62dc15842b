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
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            store.replaceListing(TestRows.SCOPE, "l", TestKinds.REGISTRY, List.of(TestRows.registry("alpha", at)), at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CacheExport.write(store, new OperationJournal(db), out);

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

    @Test
    void exportsTheOperationsJournalWithoutSecrets() throws Exception {
        Instant at = Instant.parse("2026-11-02T08:30:00Z");
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            OperationJournal journal = new OperationJournal(db);
            Operation op = TestRows.operation("op-1", at);
            journal.save(op.running(Operation.PollMode.async, "https://arm/x/operationStatuses/1", at, at)
                    .finished(Operation.State.Failed, "ProvisioningFailed", "It broke", at.plusSeconds(5)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CacheExport.write(new ResourceStore(db), journal, out);

            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            JsonNode ops = new ObjectMapper().readTree(text).get("operations");
            assertThat(ops).hasSize(1);
            assertThat(ops.get(0).get("title").asText()).isEqualTo("Create registry alpha");
            assertThat(ops.get(0).get("state").asText()).isEqualTo("Failed");
            assertThat(ops.get(0).at("/error/code").asText()).isEqualTo("ProvisioningFailed");
            assertThat(ops.get(0).at("/requestBody/sku/name").asText()).isEqualTo("Premium");
            assertThat(text).doesNotContain(TestRows.PLANTED_SECRET);
        }
    }
}
