package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs as cache rows, paged newest first by status and task through migration 3's indexes; archived logs. */
class CachedRunsTest {
    @TempDir
    Path dir;

    private static final String[] STATUSES = {"Succeeded", "Failed", "Running", "Canceled"};

    @Test
    void pagesOfOneStatusComeNewestFirstWithoutGapsOrRepeats() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", Instant.now());
            store.upsert(registry, "registries");
            List<CachedResource> runs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                runs.add(TestRows.run(registry, "ca" + i, STATUSES[i % 4], i % 3 == 0 ? "build" : "scan", i / 2));
            }
            store.upsertAll(runs, "runs");
            CachedRuns cached = new CachedRuns(db);
            RunQuery failed = new RunQuery(Set.of("Failed"), null, null, null, null);

            List<String> seen = new ArrayList<>();
            RunQuery.After after = null;
            while (true) {
                List<CachedResource> page = cached.page(TestRows.SCOPE, registry.id(), failed, after, 40);
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(r -> seen.add(r.name()));
                CachedResource last = page.getLast();
                after = RunQuery.After.of(last, created(last));
            }
            assertThat(seen).hasSize(125).doesNotHaveDuplicates().allMatch(n -> Integer.parseInt(n.substring(2)) % 4 == 1);
            List<Integer> minutes = seen.stream().map(n -> Integer.parseInt(n.substring(2)) / 2).toList();
            assertThat(minutes).isSortedAccordingTo((a, b) -> b - a);

            List<CachedResource> buildFailed = cached.page(TestRows.SCOPE, registry.id(),
                    new RunQuery(Set.of("Failed", "Canceled"), "build", null, Instant.parse("2025-08-01T01:00:00Z"), null), null, 1000);
            assertThat(buildFailed).isNotEmpty().allSatisfy(r -> {
                assertThat(r.json()).contains("\"task\":\"build\"");
                assertThat(created(r)).isGreaterThanOrEqualTo("2025-08-01T01:00:00Z");
            });
            assertThat(cached.plan(TestRows.SCOPE, registry.id(), failed))
                    .contains("resource_run_by_status").doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void aRunsSasLinkNeverReachesTheFile() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource registry = TestRows.registry("alpha", Instant.now());
            store.upsertAll(List.of(TestRows.run(registry, "ca1", "Succeeded", "build", 1)), "runs");
            assertThat(store.get(TestRows.SCOPE, registry.id() + "/runs/ca1").orElseThrow().json())
                    .doesNotContain(TestRows.PLANTED_SECRET).doesNotContain("sourceLocation");
        }
        assertThat(Files.readString(dir.resolve(CacheDatabase.FILE_NAME), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(TestRows.PLANTED_SECRET);
    }

    @Test
    void secretValuesOfTaskArgumentsAndTokensAreStripped() {
        String json = "{\"properties\":{\"step\":{\"contextAccessToken\":\"ghp_x\",\"arguments\":["
                + "{\"name\":\"a\",\"value\":\"visible\",\"isSecret\":false},{\"name\":\"b\",\"value\":\"hidden\",\"isSecret\":true}]},"
                + "\"logArtifactLink\":\"x\",\"encodedValuesContent\":\"c2VjcmV0\"}}";
        String scrubbed = new SecretFilter(TestKinds.POLICY).scrub(json);
        assertThat(scrubbed).contains("visible", "\"name\":\"b\"").doesNotContain("hidden", "ghp_x", "logArtifactLink", "c2VjcmV0");
    }

    @Test
    void anArchivedLogIsFoundAgainAfterTheCacheIsReopened() throws Exception {
        Path part;
        String runId = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r/runs/ca1";
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            RunLogArchive archive = new RunLogArchive(db);
            part = archive.partFile(TestRows.SCOPE, runId);
            Files.createDirectories(part.getParent());
            Files.writeString(part, "line 1\nline 2\n");
            RunLogArchive.ArchivedLog log = archive.archive(TestRows.SCOPE, runId, part, Instant.now());
            assertThat(log.bytes()).isEqualTo(14);
            assertThat(log.file().getFileName().toString()).doesNotContain("ca1").endsWith(".log");
        }
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            RunLogArchive.ArchivedLog again = new RunLogArchive(db).find(TestRows.SCOPE, runId.toUpperCase()).orElseThrow();
            assertThat(Files.readString(again.file())).isEqualTo("line 1\nline 2\n");
            assertThat(Files.exists(part)).isFalse();
            assertThat(new RunLogArchive(db).find(TestRows.SCOPE, runId + "x")).isEmpty();
        }
    }

    private static String created(CachedResource run) {
        int at = run.json().indexOf("\"createTime\":\"") + 14;
        return run.json().substring(at, run.json().indexOf('"', at));
    }
}
