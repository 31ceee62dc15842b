package dev.acrconsole.ui.services;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox of {@code --sandbox} (the services the Launcher makes, over a data dir) across restarts of the app:
 * what the user made is still there, a run followed across a restart is that run, and run ids do not repeat.
 */
class SandboxRestartTest {
    @TempDir
    Path dir;

    /** As {@code ./acr-console --sandbox --data-dir dir} makes them. */
    private AppServices start() {
        return new AppServices(LaunchOptions.Mode.SANDBOX, dir, CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()),
                Clock.systemUTC());
    }

    private static Session session(AppServices services) {
        return services.session().orElseThrow();
    }

    private static SandboxData.Registry registry(AppServices services, String name) {
        return services.sandbox().orElseThrow().data().registries().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Operation await(AppServices services, String id, Predicate<Operation> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (System.nanoTime() < deadline) {
            Operation op = services.journal().get(id).orElseThrow();
            if (done.test(op)) {
                return op;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operation " + id + " is still " + services.journal().get(id).orElseThrow().state());
    }

    @Test
    void aRegistryMadeInTheSandboxIsStillThereAfterARestartAndIsNotLoggedAsRemoved() throws Exception {
        String madeId;
        try (AppServices first = start()) {
            first.refresh(RefreshListener.NONE);
            SandboxData.ResourceGroup group = first.sandbox().orElseThrow().data().resourceGroups().getFirst();
            RegistryForm form = new RegistryForm(group.subscriptionId(), null, group.name(), "keptacross1",
                    "eastus", "Standard", true, true, false, false);
            Operation made = session(first).operations().submitAndWait(RegistryActions.create(form)).get(30, TimeUnit.SECONDS);
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            madeId = made.targetId();
            assertThat(first.store().get(first.viewScope(), madeId)).isPresent();
        }

        try (AppServices second = start()) {
            second.refresh(RefreshListener.NONE);
            assertThat(second.store().get(second.viewScope(), madeId)).as("the registry made before the restart").isPresent();
            List<Change> removed = second.review().changes().list(new Changes.Query(second.viewScope(), null, null,
                    Change.What.removed, null, null, 100));
            assertThat(removed).as("What changed after the restart").extracting(Change::id).doesNotContain(madeId);
        }
    }

    @Test
    void aRunFollowedAcrossARestartEndsAsThatRunAndRunIdsDoNotRepeat() throws Exception {
        String registryId;
        String tenantId;
        String opId;
        String firstRun;
        RunRequestForm build = new RunRequestForm(RunRequestForm.Kind.DOCKER_BUILD, "https://github.com/contoso/webapp.git",
                "Dockerfile", "webapp:v9", null, null, null, null, "Linux", null, true);
        try (AppServices first = start()) {
            first.refresh(RefreshListener.NONE);
            SandboxData.Registry registry = registry(first, "contosoprodacr");
            registryId = registry.id();
            tenantId = null; // the sandbox session writes to every tenant
            first.sandbox().orElseThrow().runs().setRunDuration(Duration.ofSeconds(6));
            Operation sent = session(first).operations().submit(RunActions.schedule(registryId, tenantId, build))
                    .get(10, TimeUnit.SECONDS);
            opId = sent.id();
            firstRun = await(first, opId, op -> op.state() == Operation.State.Running).targetId();
        }

        try (AppServices second = start()) {
            session(second); // connects, and picks up what the first run left unfinished
            Operation done = await(second, opId, op -> op.state().terminal());
            assertThat(done.state()).as(done.errorCode() + ": " + done.errorMessage()).isEqualTo(Operation.State.Succeeded);
            assertThat(done.targetId()).isEqualTo(firstRun);

            Operation next = session(second).operations().submit(RunActions.schedule(registryId, tenantId, build))
                    .get(10, TimeUnit.SECONDS);
            String secondRun = await(second, next.id(), op -> op.state() != Operation.State.Pending).targetId();
            assertThat(secondRun).as("a run scheduled after the restart").isNotEqualToIgnoringCase(firstRun);
            assertThat(second.store().get(second.viewScope(), firstRun).orElseThrow().json())
                    .as("the first run's history").contains("\"Succeeded\"");
        }
    }
}
