package dev.acrconsole.app.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.Scale;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refreshes against the sandbox with a tiny token bucket: paced, 429s waited out, no listing lost. */
class ThrottledRefreshTest {

    @TempDir
    Path dir;

    private static ArmClients clients(SandboxServer sandbox) {
        return new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                new StaticTokenCredential(SandboxServer.token())));
    }

    private static List<String> cachedRegistries(ResourceStore store, ArmClients arm) {
        return store.navigationRows(arm.session().cacheScope()).stream().filter(r -> r.kind() == RegistryKind.KIND)
                .map(r -> r.id().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> sampleRegistries(SandboxServer sandbox) {
        return sandbox.data().registries().stream().map(SandboxData.Registry::id).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aRefreshPacesItselfOnEachSubscriptionsBudgetAndTheFigureMoves() {
        // 8 reads a burst, 4 back a second; each subscription takes ~10 reads (30 registries at 5 a page).
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withScale(new Scale(3, 30)).withThrottle(8, 4));
             CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ArmClients arm = clients(sandbox);
            List<Long> figures = new CopyOnWriteArrayList<>();
            arm.budget().listen(low -> low.ifPresent(l -> figures.add(l.remaining())));

            RefreshReport report = new RefreshService(arm, new ResourceStore(db), Kinds.CATALOG, Clock.systemUTC())
                    .refreshAll(RefreshListener.NONE);

            assertThat(report.failures()).isEmpty();
            assertThat(cachedRegistries(new ResourceStore(db), arm)).containsExactlyInAnyOrderElementsOf(sampleRegistries(sandbox));
            assertThat(arm.budget().pacedCount()).as("reads held back for the reserve").isPositive();
            // Pacing kept the reads within the budget: next to none reached an empty bucket.
            assertThat(sandbox.throttling().refusedCount()).isLessThanOrEqualTo(2);
            // The lowest figure went down to the reserve and the listener saw it move.
            assertThat(figures.stream().distinct().count()).isGreaterThan(3);
            assertThat(figures).contains(7L);
            assertThat(figures.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(2);
            ArmBudget.Low low = arm.budget().lowest().orElseThrow();
            assertThat(low.subscriptionId()).isIn(sandbox.data().subscriptions().stream()
                    .map(s -> s.subscriptionId().toLowerCase(Locale.ROOT)).toList());
            assertThat(low.seenAt()).isNotNull();
        }
    }

    @Test
    void aRefreshWhileAnotherClientDrainsTheBucketWaitsOut429sPerSubscriptionAndLosesNoListing() throws Exception {
        // Another client of the same principal (a script, another console) keeps every subscription's bucket empty until
        // this console has met a 429 (10 s at most): its budget cannot know, so ARM refuses it, and it must wait.
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withScale(new Scale(3, 30)).withThrottle(6, 4));
             CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ArmClients arm = clients(sandbox);
            ArmClients script = clients(sandbox);
            List<String> groups = sandbox.data().subscriptions().stream()
                    .map(s -> "/subscriptions/" + s.subscriptionId() + "/resourcegroups?api-version=2025-04-01").toList();
            for (int i = 0; i < 6; i++) {
                groups.forEach(script.http()::get); // every bucket empty before the refresh starts
            }
            ExecutorService pool = Executors.newFixedThreadPool(groups.size());
            try {
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                List<Future<?>> drains = new java.util.ArrayList<>();
                for (String path : groups) { // one drain per subscription, back to back: far faster than 4 a second
                    drains.add(pool.submit(() -> {
                        while (System.nanoTime() < until && arm.budget().throttledCount() == 0) {
                            script.http().get(path);
                        }
                    }));
                }
                RefreshReport report = new RefreshService(arm, new ResourceStore(db), Kinds.CATALOG, Clock.systemUTC())
                        .refreshAll(RefreshListener.NONE);
                for (Future<?> drain : drains) {
                    drain.get(30, TimeUnit.SECONDS);
                }

                assertThat(report.failures()).isEmpty();
            } finally {
                pool.shutdownNow();
            }
            assertThat(arm.budget().throttledCount()).as("429s this console waited out").isPositive();
            assertThat(sandbox.throttling().refusedCount()).isGreaterThanOrEqualTo(arm.budget().throttledCount());
            assertThat(cachedRegistries(new ResourceStore(db), arm)).containsExactlyInAnyOrderElementsOf(sampleRegistries(sandbox));
        }
    }

    @Test
    void aSubscriptionsRetryAfterHoldsBackOnlyThatSubscriptionsReads() throws Exception {
        // 2 reads a burst, 0.4 back a second: an empty bucket asks for 2-3 s.
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withThrottle(2, 0.4))) {
            ArmClients arm = clients(sandbox);
            String sub = sandbox.data().subscriptions().get(0).subscriptionId();
            String other = sandbox.data().subscriptions().get(1).subscriptionId();
            String groups = "/subscriptions/%s/resourcegroups?api-version=2025-04-01";
            // Another console drains the first subscription's bucket; our budget learns it from ARM's 429.
            ArmClients elsewhere = clients(sandbox);
            elsewhere.http().get(groups.formatted(sub));
            elsewhere.http().get(groups.formatted(sub));
            assertThat(elsewhere.http().get(groups.formatted(sub)).status()).isEqualTo(429);
            assertThat(elsewhere.budget().remaining(sub)).hasValue(0L); // the unpaced pipeline reports, never waits

            long start = System.nanoTime();
            assertThat(arm.reads().all(groups.formatted(sub))).isNotEmpty(); // 429 (Retry-After 2-3 s), waited out, read
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(arm.budget().throttledCount()).isEqualTo(1);
            assertThat(waited).isGreaterThanOrEqualTo(1000);

            // While the first is held back again, the other subscription's reads go at once.
            elsewhere.http().get(groups.formatted(sub));
            Future<?> held = Executors.newSingleThreadExecutor().submit(() -> arm.reads().all(groups.formatted(sub)));
            assertThat(arm.reads().all(groups.formatted(other))).isNotEmpty();
            // Read while the first is still held back (its Retry-After is 2-3 s): no clock, so a busy machine cannot fail it.
            assertThat(held.isDone()).as("the first subscription's read, still held back").isFalse();
            held.get(30, TimeUnit.SECONDS);
            assertThat(Optional.of(arm.budget().lowest().orElseThrow().remaining())).hasValueSatisfying(v -> assertThat(v).isLessThanOrEqualTo(1));
        }
    }

    @Test
    void theSdksTypedClientsWaitOutA429AndReportTheirFigures() {
        // A bucket of 20 this client thinks it has nearly all of, which another client then empties.
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withThrottle(20, 0.5))) {
            ArmClients arm = clients(sandbox);
            SandboxData.Subscription prod = sandbox.data().subscriptions().get(0);
            var client = arm.registries(prod.subscriptionId()).serviceClient().getRegistries();
            client.list().stream().count(); // the SDK's first call takes seconds: warm, the next is sent at once
            int before = arm.budget().throttledCount();
            ArmClients elsewhere = clients(sandbox);
            String groups = "/subscriptions/" + prod.subscriptionId() + "/resourcegroups?api-version=2025-04-01";
            elsewhere.http().get(groups);
            while (elsewhere.http().get(groups).status() != 429) {
                // another client empties the bucket
            }

            long registries = client.list().stream().count();

            assertThat(registries).isEqualTo(sandbox.data().registries().stream()
                    .filter(r -> r.subscriptionId().equals(prod.subscriptionId())).count());
            assertThat(arm.budget().remaining(prod.subscriptionId())).as("its answers feed the budget").isPresent();
            assertThat(arm.budget().throttledCount()).as("the 429 the typed client met, waited out").isGreaterThan(before);
        }
    }
}
