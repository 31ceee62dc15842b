package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What finding a damaged cache costs on the scale dataset (10k registries): the check every open makes (header and
 * schema, every table's first page, the operations journal whole), as the difference between opening with it
 * ({@code CacheDatabase.open}) and without ({@code openFile}, alternating, the file in the OS's cache as at a start);
 * and the window's full check in the background after start ({@code PRAGMA quick_check}). Run by {@code bench/run
 * cachecheck}; figures go in docs/benchmarks.md.
 */
public final class CacheCheckBenchmark {
    private static final int RUNS = 21;

    private CacheCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("acr-bench-check");
        int resources = ScaleCache.fill(dataDir);
        System.out.printf("dataset: %s, %d cached resources, cache.db %d MB%n", ScaleCache.SCALE, resources,
                Files.size(dataDir.resolve(CacheDatabase.FILE_NAME)) >> 20);
        CachePolicy policy = Kinds.CATALOG.cachePolicy();
        List<Long> checked = new ArrayList<>();
        List<Long> unchecked = new ArrayList<>();
        List<Long> full = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            CacheDatabase.openFile(dataDir.resolve(CacheDatabase.FILE_NAME), policy).close();
            long t1 = System.nanoTime();
            CacheDatabase.open(dataDir, policy).close();
            long t2 = System.nanoTime();
            unchecked.add(t1 - t0);
            checked.add(t2 - t1);
            try (CacheDatabase db = CacheDatabase.openFile(dataDir.resolve(CacheDatabase.FILE_NAME), policy)) {
                long t3 = System.nanoTime();
                if (db.check().isPresent()) {
                    throw new IllegalStateException("the scale cache is damaged");
                }
                full.add(System.nanoTime() - t3);
            }
        }
        BenchDirs.delete(dataDir);
        System.out.printf("open and close without the check: median %.2f ms%n", median(unchecked));
        System.out.printf("open and close with the check at open: median %.2f ms (the check: %.2f ms)%n", median(checked),
                median(checked) - median(unchecked));
        System.out.printf("full check (PRAGMA quick_check, background): median %.1f ms%n", median(full));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos.subList(1, nanos.size())); // the first is a warm-up
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1e6;
    }
}
