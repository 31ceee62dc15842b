package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.cache.RunQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A page of 100 runs filtered by status from a million cached runs of one registry (target <= 10 ms). The cache is
 * built once (through ResourceStore, secret filter and all) under target/bench-runs-1m and reused by later runs.
 */
public final class RunsCacheBenchmark {
    static final int RUNS = 1_000_000;
    private static final String[] STATUSES = {"Succeeded", "Succeeded", "Succeeded", "Succeeded", "Failed", "Canceled",
            "Error", "Timeout", "Running", "Queued"};
    private static final String[] TASKS = {"build-webapp", "nightly-scan", "purge-untagged", "release-api"};
    private static final CacheScope SCOPE = new CacheScope("sandbox", "Sandbox");
    private static final String REGISTRY = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg"
            + "/providers/Microsoft.ContainerRegistry/registries/bigregistry";

    private RunsCacheBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = dir();
        try (CacheDatabase db = open(dir)) {
            CachedRuns runs = new CachedRuns(db);
            RunQuery failed = new RunQuery(Set.of("Failed"), null, null, null, null);
            System.out.print("plan: " + runs.plan(SCOPE, REGISTRY, failed).replace('\n', ' '));
            System.out.println();
            measure("first page of 100 Failed", () -> runs.page(SCOPE, REGISTRY, failed, null, 100));
            List<CachedResource> first = runs.page(SCOPE, REGISTRY, failed, null, 100);
            CachedResource last = first.getLast();
            RunQuery.After after = RunQuery.After.of(last, RunDetails.parse(last.json()).createTimeText());
            measure("next page of 100 Failed (keyset)", () -> runs.page(SCOPE, REGISTRY, failed, after, 100));
            RunQuery byTask = new RunQuery(Set.of(), "release-api", null, null, null);
            measure("first page of 100 of one task", () -> runs.page(SCOPE, REGISTRY, byTask, null, 100));
            RunQuery failures = new RunQuery(Set.of("Failed", "Error", "Timeout"), null, null, null, null);
            measure("first page of 100 failures (3 statuses)", () -> runs.page(SCOPE, REGISTRY, failures, null, 100));
        }
    }

    /** Where the million runs are cached (built once, reused). */
    static Path dir() {
        return Path.of(System.getProperty("acr.root", ".")).resolve("ui/target/bench-runs-1m");
    }

    /** Opens the million-run cache, building it first when it is not there. */
    static CacheDatabase open(Path dir) throws java.io.IOException {
        boolean fresh = !Files.exists(dir.resolve(CacheDatabase.FILE_NAME));
        CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy());
        if (fresh) {
            long t = System.nanoTime();
            fill(new ResourceStore(db));
            System.out.printf("built %,d cached runs in %.1f s (%,d MB with its WAL)%n", RUNS,
                    (System.nanoTime() - t) / 1e9, dev.acrconsole.cache.Retention.size(db) >> 20);
        }
        return db;
    }

    /** The digest the sample gives run number {@code i}. */
    static String digest(long i) {
        return "sha256:%064x".formatted(i);
    }

    private static void measure(String what, Runnable query) {
        measure(what, 20, query);
    }

    /** Runs {@code query} 50 times after {@code warmUps} and prints the median, p95 and max. */
    static void measure(String what, int warmUps, Runnable query) {
        for (int i = 0; i < warmUps; i++) {
            query.run(); // warm-up: JIT, SQLite page cache
        }
        long[] ms = new long[50];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %.2f ms, p95 %.2f ms, max %.2f ms%n", what, ms[25] / 1000.0, ms[47] / 1000.0,
                ms[49] / 1000.0);
    }

    private static void fill(ResourceStore store) {
        Random random = new Random(7);
        Instant start = Instant.parse("2023-01-01T00:00:00Z");
        List<CachedResource> batch = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String runId = "cb" + Integer.toString(i, 36);
            String status = STATUSES[random.nextInt(STATUSES.length)];
            String task = TASKS[random.nextInt(TASKS.length)];
            Instant created = start.plusSeconds(i * 60L + random.nextInt(50));
            String id = REGISTRY + "/runs/" + runId;
            String json = ("{\"id\":\"%s\",\"name\":\"%s\",\"type\":\"Microsoft.ContainerRegistry/registries/runs\",\"properties\":{"
                    + "\"runId\":\"%s\",\"status\":\"%s\",\"runType\":\"AutoBuild\",\"task\":\"%s\",\"createTime\":\"%s\","
                    + "\"startTime\":\"%s\",\"finishTime\":\"%s\",\"lastUpdatedTime\":\"%s\",\"outputImages\":[{\"registry\":"
                    + "\"bigregistry.azurecr.io\",\"repository\":\"webapp\",\"tag\":\"%s\",\"digest\":\"%s\"}],"
                    + "\"platform\":{\"os\":\"Linux\",\"architecture\":\"amd64\"},\"agentConfiguration\":{\"cpu\":2},"
                    + "\"provisioningState\":\"Succeeded\",\"isArchiveEnabled\":false}}")
                    .formatted(id, runId, runId, status, task, created, created.plusSeconds(5), created.plusSeconds(300),
                            created.plusSeconds(300), runId, digest(i));
            batch.add(new CachedResource(SCOPE, id, RunKind.KIND, runId, "Microsoft.ContainerRegistry/registries/runs",
                    "tenant", "00000000-0000-0000-0000-000000000001", "rg", null, null, "Succeeded", REGISTRY, json,
                    Instant.now()));
            if (batch.size() == 20_000) {
                store.upsertAll(batch, REGISTRY.toLowerCase() + "|run");
                batch.clear();
            }
        }
        store.upsertAll(batch, REGISTRY.toLowerCase() + "|run");
    }
}
