package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Crash safety, not a speed: N kill -9s at random moments of a scale refresh, each followed by {@code PRAGMA
 * integrity_check}, the open the app makes (with its damage check) and a row count. The refresh runs in a process of
 * its own (this class with {@code refresh DIR SCALE}: the sandbox's scale data refreshed into the cache in DIR the way
 * the app does), so it can be killed; the cache starts full, so every row a crash costs shows as a row missing.
 * Usage: {@code CrashBenchmark [TRIES] [SCALE] [SEED]} (default 30, 10x500, 14); run by {@code bench/run crash}.
 * Figures go in docs/benchmarks.md.
 */
public final class CrashBenchmark {
    private CrashBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("refresh")) {
            int rows = ScaleCache.fill(Path.of(args[1]), Scale.parse(args[2]));
            System.out.println("refreshed " + rows);
            return;
        }
        int tries = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String scale = args.length > 1 ? args[1] : "10x500";
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 14);
        Path dataDir = Files.createTempDirectory("acr-bench-crash");

        whole(dataDir, scale); // into the empty cache
        long wholeMs = whole(dataDir, scale); // over the full cache, as every try is: what the kills are spread over
        int full = rows(dataDir);
        System.out.printf("dataset: %s, %d cached resources; a whole refresh over them (JVM start included) takes %d ms%n",
                scale, full, wholeMs);

        int integrityFailures = 0;
        int openFailures = 0;
        int lostTotal = 0;
        int lostMax = 0;
        int killedBeforeEnd = 0;
        List<Long> moments = new ArrayList<>();
        for (int i = 1; i <= tries; i++) {
            long at = 300 + (long) (random.nextDouble() * (wholeMs * 0.95 - 300));
            Process p = refresh(dataDir, scale);
            boolean ended = p.waitFor(at, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no checkpoint
                p.waitFor();
                killedBeforeEnd++;
            }
            moments.add(at);
            String integrity = integrity(dataDir);
            int rows;
            try {
                rows = rows(dataDir);
            } catch (RuntimeException e) {
                openFailures++;
                System.out.printf("try %d: killed at %d ms: the app's open failed: %s%n", i, at, e.getMessage());
                continue;
            }
            int lost = Math.max(0, full - rows);
            lostTotal += lost;
            lostMax = Math.max(lostMax, lost);
            if (!integrity.equals("ok")) {
                integrityFailures++;
            }
            System.out.printf("try %d: %s at %d ms: integrity_check %s, %d rows (%d lost)%n", i,
                    ended ? "ended before the kill" : "killed", at, integrity, rows, lost);
        }
        BenchDirs.delete(dataDir);
        System.out.printf("%d tries (%d killed mid-refresh, at %d..%d ms): %d integrity failures, %d failed opens, "
                        + "rows lost: %d in all, at most %d in one try%n", tries, killedBeforeEnd,
                moments.stream().mapToLong(Long::longValue).min().orElse(0),
                moments.stream().mapToLong(Long::longValue).max().orElse(0),
                integrityFailures, openFailures, lostTotal, lostMax);
    }

    /** A refresh left to end; how long it took. */
    private static long whole(Path dataDir, String scale) throws Exception {
        long started = System.nanoTime();
        Process whole = refresh(dataDir, scale);
        if (!whole.waitFor(10, TimeUnit.MINUTES) || whole.exitValue() != 0) {
            throw new IllegalStateException("a whole refresh failed");
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Process refresh(Path dataDir, String scale) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                CrashBenchmark.class.getName(), "refresh", dataDir.toString(), scale)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** SQLite's full check of the file as the crash left it (the WAL is replayed as any next open does). */
    private static String integrity(Path dataDir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(CacheDatabase.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** The resources the app sees after opening the cache as it does at start (its damage check included). */
    private static int rows(Path dataDir) {
        try (CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            if (db.check().isPresent()) {
                throw new IllegalStateException("the full check found damage");
            }
            return new ResourceStore(db).count();
        }
    }
}
