package dev.acrconsole.ui.bench;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.dataplane.DataPlane;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagActions;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.Operation;
import java.util.concurrent.TimeUnit;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A repository of 10,000 tags (issue 15): its full listing from the sandbox at an ARM-like 50 ms a request (wall time,
 * requests sent, against the fewest the page size allows), its rows from the cache as the Tags page reads them, and a
 * bulk delete of 1,000 of them (time per item; then with the registry throttling some deletes).
 */
public final class ContentsBenchmark {
    private static final int TAGS = 10_000;

    private ContentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("acr-bench-contents");
        SandboxConfig config = SandboxConfig.defaults().withLatencyMs(50).withBigRepositoryTags(TAGS);
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir,
                CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), config)) {
            Session s = services.session().orElseThrow();
            s.refresh().refreshAll(RefreshListener.NONE);
            CachedResource registry = services.store().resources(s.scope(), RegistryKind.KIND).stream()
                    .filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow();
            s.refresh().refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
            CachedResource big = services.store().listingRows(s.scope(), ListingKeys.children(registry.id(), RepositoryKind.KIND))
                    .stream().filter(r -> r.name().equals("stress/many-tags")).findFirst().orElseThrow();

            for (int run = 1; run <= 3; run++) {
                int before = services.sandbox().orElseThrow().requestCount();
                long t0 = System.nanoTime();
                s.refresh().refreshChildren(big, TagKind.KIND, RefreshListener.NONE);
                long wall = System.nanoTime() - t0;
                int sent = services.sandbox().orElseThrow().requestCount() - before;
                int fewest = (TAGS + DataPlane.PAGE_SIZE - 1) / DataPlane.PAGE_SIZE;
                System.out.printf("full listing %d: %.2f s, %d requests (the fewest a page of %d allows: %d)%n", run,
                        wall / 1e9, sent, DataPlane.PAGE_SIZE, fewest);
            }
            for (int run = 1; run <= 5; run++) {
                long t0 = System.nanoTime();
                List<Row> rows = Kinds.CATALOG.rows(services.store().listingRows(s.scope(), ListingKeys.children(big.id(), TagKind.KIND)));
                long read = System.nanoTime() - t0;
                System.out.printf("from the cache %d: %d rows with their details in %.0f ms%n", run, rows.size(), read / 1e6);
            }
            // A bulk delete of 1,000 tags, then another with the registry throttling 20 of its deletes (429, Retry-After 1 s).
            List<Row> tags = Kinds.CATALOG.rows(services.store().listingRows(s.scope(), ListingKeys.children(big.id(), TagKind.KIND)));
            for (int run = 1; run <= 2; run++) {
                List<Row> batch = tags.subList((run - 1) * 1000, run * 1000);
                if (run == 2) {
                    services.sandbox().orElseThrow().faults().throttle(20, "DELETE", "/_tags/", 1);
                }
                int before = services.sandbox().orElseThrow().requestCount();
                long t0 = System.nanoTime();
                Operation op = s.operations().submit(TagActions.deleteAll(batch)).get(30, TimeUnit.SECONDS);
                Operation done = op;
                while (!done.state().terminal()) {
                    Thread.sleep(50);
                    done = services.journal().get(op.id()).orElseThrow();
                }
                long wall = System.nanoTime() - t0;
                int sent = services.sandbox().orElseThrow().requestCount() - before;
                System.out.printf("bulk delete of 1,000 tags%s: %s in %.1f s (%.0f ms an item), %d requests; %s%n",
                        run == 2 ? " with 20 deletes throttled" : "", done.state(), wall / 1e9, wall / 1e6 / 1000, sent,
                        done.note() != null ? done.note() : done.errorMessage());
            }
        }
        BenchDirs.delete(dir);
    }
}
