package dev.acrconsole.app.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 5 of issue 18: refreshes that keep a tiny read bucket drained share it with the operations poller, whose
 * polls (reads at ARM) go into the reserve the refresh's reads leave: the operation still ends in time.
 */
class OperationsNotStarvedTest {
    @TempDir
    Path dir;

    @Test
    void anOperationEndsInTimeWhileRefreshesDrainTheSameSubscriptionsTinyBucket() throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withThrottle(6, 3)
                .withOperationDuration(Duration.ofSeconds(4)).withRetryAfterSeconds(1);
        int loops = 3; // as a concurrent refresh would: several readers of the same subscription at once
        ExecutorService refreshing = Executors.newFixedThreadPool(loops);
        try (SandboxFixture env = new SandboxFixture(config, dir);
             ThreadPoolBackground background = new ThreadPoolBackground("test-ops", 4)) {
            OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG,
                    background, Clock.systemUTC());
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger refreshes = new AtomicInteger();
            List<RefreshReport.Failure> failures = new CopyOnWriteArrayList<>();
            RefreshService refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int i = 0; i < loops; i++) {
                running.add(refreshing.submit(() -> {
                    while (!stop.get()) { // refresh after refresh, as fast as the budget lets it
                        failures.addAll(refresh.refreshAll(RefreshListener.NONE).failures());
                        refreshes.incrementAndGet();
                    }
                }));
            }
            while (env.arm().budget().pacedCount() == 0) { // the refreshes are up against the budget now
                Thread.sleep(20);
            }

            SandboxData.ResourceGroup group = env.sandbox.data().resourceGroups().getFirst();
            long start = System.nanoTime();
            Operation submitted = operations.submit(RegistryActions.create(new RegistryForm(group.subscriptionId(), "tenant-x",
                    group.name(), "starvereg01", "eastus", "Standard", true, true, false, false))).get(10, TimeUnit.SECONDS);
            Operation op = submitted;
            while (!op.state().terminal() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30)) {
                Thread.sleep(50);
                op = env.journal().get(submitted.id()).orElseThrow();
            }
            stop.set(true);
            for (Future<?> loop : running) {
                loop.get(60, TimeUnit.SECONDS);
            }
            operations.close();

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            // Its polls found the reserve the refreshes' reads left: none was refused for an empty bucket.
            assertThat(op.throttled()).as("polls throttled").isZero();
            // How long it took is not asserted (the machine's load decides that, not the budget); it ended within the
            // 30 s the loop above allows: starved polls would not have.
            assertThat(env.arm().budget().pacedCount()).as("refresh reads held back meanwhile").isPositive();
            assertThat(refreshes.get()).isPositive();
            assertThat(failures).isEmpty();
        } finally {
            refreshing.shutdownNow();
        }
    }
}
