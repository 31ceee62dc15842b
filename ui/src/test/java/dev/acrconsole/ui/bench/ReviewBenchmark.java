package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.cache.Search;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.cache.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The offline review's costs: search over the million-run cache (target <= 50 ms to first results), what a refresh
 * of 10k resources pays for the search index and the change log, and a snapshot of the million-run cache written and
 * opened.
 */
public final class ReviewBenchmark {
    private static final CacheScope SCOPE = new CacheScope("sandbox", "Sandbox");
    private static final int REFRESHED = 10_000;

    private ReviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("acr.root", "."));
        if (args.length > 0 && args[0].equals("search")) {
            try (CacheDatabase db = RunsCacheBenchmark.open(RunsCacheBenchmark.dir())) {
                search(db); // the search part alone
            }
            return;
        }
        refresh(root.resolve("ui/target/bench-refresh-10k"));
        if (args.length > 0 && args[0].equals("refresh")) {
            return; // the refresh part alone (e.g. under a profiler)
        }
        try (CacheDatabase db = RunsCacheBenchmark.open(RunsCacheBenchmark.dir())) {
            System.out.printf("cache: %,d resources, %,d MB%n", new ResourceStore(db).count(), Retention.size(db) >> 20);
            search(db);
            snapshot(db, root.resolve("ui/target/bench-snapshot"));
        }
    }

    private static void search(CacheDatabase db) {
        Search search = new Search(db);
        Set<ResourceKind> all = Set.of();
        String runId = "cb" + Integer.toString(777_777, 36);
        RunsCacheBenchmark.measure("search a run id (" + runId + ")", 10, () -> search.find(runId, null, all, 50));
        String digest = RunsCacheBenchmark.digest(123_456);
        RunsCacheBenchmark.measure("search an image digest", 10, () -> search.find(digest, null, all, 50));
        RunsCacheBenchmark.measure("search a prefix shared by 250k (\"release-a\")", 10,
                () -> search.find("release-a", null, all, 50));
        RunsCacheBenchmark.measure("search two words (\"nightly scan\")", 10, () -> search.find("nightly scan", null, all, 50));
        RunsCacheBenchmark.measure("search what is not there", 10, () -> search.find("zzzz-no-such-thing", null, all, 50));
        // What the search window sends: a kind filter, and in sandbox mode always the one scope.
        Set<ResourceKind> runs = Set.of(dev.acrconsole.app.runs.RunKind.KIND);
        RunsCacheBenchmark.measure("search Failed, kind = run", 3, () -> search.find("Failed", null, runs, 50));
        RunsCacheBenchmark.measure("search Failed, kind = run, one scope", 3, () -> search.find("Failed", SCOPE, runs, 50));
        RunsCacheBenchmark.measure("search Failed, one scope", 3, () -> search.find("Failed", SCOPE, all, 50));
        Set<ResourceKind> registries = Set.of(dev.acrconsole.app.registries.RegistryKind.KIND);
        RunsCacheBenchmark.measure("search Failed, kind = registry (none match)", 3,
                () -> search.find("Failed", SCOPE, registries, 50));
        RunsCacheBenchmark.measure("search release-a, kind = run, one scope", 3,
                () -> search.find("release-a", SCOPE, runs, 50));
        List<SearchHit> hits = search.find(digest, null, all, 50);
        System.out.println("  the digest finds: " + hits.stream().map(SearchHit::name).toList());
    }

    /** A refresh replacing a listing of 10k registries: first, unchanged, 1,000 changed; and the same rows bare. */
    private static void refresh(Path dir) throws Exception {
        BenchDirs.delete(dir);
        Files.createDirectories(dir);
        String listing = "bench|registries";
        try (CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            long first = time(() -> store.replaceListing(SCOPE, listing, RegistryKind.KIND, registries(0), Instant.now()));
            System.out.printf("refresh of %,d: first read (index built, no change logged)   %6d ms%n", REFRESHED, first);
            long[] same = new long[5];
            long[] changed = new long[5];
            for (int i = 0; i < 5; i++) {
                same[i] = time(() -> store.replaceListing(SCOPE, listing, RegistryKind.KIND, registries(0), Instant.now()));
                int round = i + 1;
                changed[i] = time(() -> store.replaceListing(SCOPE, listing, RegistryKind.KIND, registries(round), Instant.now()));
                // back to the original SKUs on the next "same" round: that one then logs 1,000 changes too
            }
            Arrays.sort(same);
            Arrays.sort(changed);
            System.out.printf("refresh of %,d: 1,000 changed back (1,000 change rows)        median %6d ms%n", REFRESHED, same[2]);
            System.out.printf("refresh of %,d: 1,000 changed (1,000 change rows)             median %6d ms%n", REFRESHED, changed[2]);
            long changes = db.read(c -> count(c, "SELECT count(*) FROM change"));
            System.out.printf("change rows written: %,d%n", changes);
        }
        long bare = bare(dir.resolve("bare.db"));
        System.out.printf("the same %,d rows into a bare table (no filter, index, log)  median %6d ms%n", REFRESHED, bare);
        unchanged(dir.resolve("unchanged"));
    }

    /** Refreshes that change nothing: what the index and the comparison cost when nothing moved. */
    private static void unchanged(Path dir) throws Exception {
        Files.createDirectories(dir);
        try (CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            List<CachedResource> rows = registries(0);
            store.replaceListing(SCOPE, "bench|registries", RegistryKind.KIND, rows, Instant.now());
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                ms[i] = time(() -> store.replaceListing(SCOPE, "bench|registries", RegistryKind.KIND, rows, Instant.now()));
            }
            Arrays.sort(ms);
            System.out.printf("refresh of %,d: nothing changed                               median %6d ms%n", REFRESHED, ms[2]);
        }
    }

    /** The baseline: the same rows, one transaction, into a table of the same columns with no index or log. */
    private static long bare(Path file) throws Exception {
        List<CachedResource> rows = registries(0);
        long[] ms = new long[5];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE r (scope_key TEXT, id_key TEXT, id TEXT, kind TEXT, name TEXT, type TEXT,"
                        + " tenant_id TEXT, subscription_id TEXT, resource_group TEXT, location TEXT, sku TEXT,"
                        + " provisioning_state TEXT, parent_key TEXT, listing_key TEXT, json TEXT, fetched_at INTEGER,"
                        + " PRIMARY KEY (scope_key, id_key))");
            }
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM r");
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (CachedResource r : rows) {
                        p.setString(1, SCOPE.key());
                        p.setString(2, CachedResource.idKey(r.id()));
                        p.setString(3, r.id());
                        p.setString(4, r.kind().code());
                        p.setString(5, r.name());
                        p.setString(6, r.type());
                        p.setString(7, r.tenantId());
                        p.setString(8, r.subscriptionId());
                        p.setString(9, r.resourceGroup());
                        p.setString(10, r.location());
                        p.setString(11, r.sku());
                        p.setString(12, r.provisioningState());
                        p.setString(13, r.parentId());
                        p.setString(14, "bench|registries");
                        p.setString(15, r.json());
                        p.setLong(16, r.fetchedAt().toEpochMilli());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                c.commit();
                c.setAutoCommit(true);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        Arrays.sort(ms);
        return ms[2];
    }

    private static void snapshot(CacheDatabase db, Path dir) throws Exception {
        BenchDirs.delete(dir);
        Files.createDirectories(dir);
        Path file = dir.resolve("all.acrsnap");
        long t = System.nanoTime();
        Snapshots.Info info = Snapshots.write(db, file, Snapshots.Filter.ALL, Instant.now());
        long written = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("snapshot of everything: %,d resources, %,d MB, written in %.1f s%n", info.resources(),
                Files.size(file) >> 20, written / 1000.0);
        t = System.nanoTime();
        try (CacheDatabase snap = Snapshots.open(file, dir.resolve("work"), Kinds.CATALOG.cachePolicy())) {
            long opened = (System.nanoTime() - t) / 1_000_000;
            long first = time(() -> new Search(snap).find("release-a", null, Set.of(), 50));
            System.out.printf("snapshot opened read-only in %d ms; first search in it %d ms%n", opened, first);
        }
        BenchDirs.delete(dir);
    }

    private static List<CachedResource> registries(int round) {
        List<CachedResource> rows = new ArrayList<>(REFRESHED);
        Instant at = Instant.now();
        for (int i = 0; i < REFRESHED; i++) {
            String name = "benchreg" + i;
            String sub = "00000000-0000-0000-0000-%012d".formatted(i % 10);
            String id = "/subscriptions/" + sub + "/resourceGroups/rg-" + (i % 50)
                    + "/providers/Microsoft.ContainerRegistry/registries/" + name;
            // Round r moves the SKU of a different tenth of them; round 0 is everyone's original.
            String sku = round > 0 && i % 10 == round % 10 ? "Premium" : "Standard";
            String json = ("{\"id\":\"%s\",\"name\":\"%s\",\"type\":\"Microsoft.ContainerRegistry/registries\","
                    + "\"location\":\"westeurope\",\"tags\":{\"team\":\"platform-%d\",\"env\":\"prod\"},\"sku\":{\"name\":\"%s\","
                    + "\"tier\":\"%s\"},\"properties\":{\"loginServer\":\"%s.azurecr.io\",\"creationDate\":\"2024-03-01T10:00:00Z\","
                    + "\"provisioningState\":\"Succeeded\",\"adminUserEnabled\":false,\"publicNetworkAccess\":\"Enabled\","
                    + "\"networkRuleBypassOptions\":\"AzureServices\",\"zoneRedundancy\":\"Disabled\",\"anonymousPullEnabled\":false,"
                    + "\"dataEndpointEnabled\":false,\"policies\":{\"quarantinePolicy\":{\"status\":\"disabled\"},"
                    + "\"trustPolicy\":{\"type\":\"Notary\",\"status\":\"disabled\"},\"retentionPolicy\":{\"days\":7,"
                    + "\"status\":\"disabled\"},\"exportPolicy\":{\"status\":\"enabled\"}},\"encryption\":{\"status\":\"disabled\"}}}")
                    .formatted(id, name, i % 40, sku, sku, name);
            rows.add(new CachedResource(SCOPE, id, RegistryKind.KIND, name, "Microsoft.ContainerRegistry/registries",
                    "tenant", sub, "rg-" + (i % 50), "westeurope", sku, "Succeeded", "/subscriptions/" + sub
                    + "/resourceGroups/rg-" + (i % 50), json, at));
        }
        return rows;
    }

    private static long time(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long count(Connection c, String sql) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
