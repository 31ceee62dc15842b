package dev.acrconsole.app.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.runlogs.LogDocument;
import dev.acrconsole.app.runlogs.RunLogs;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.RunLogArchive;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.sandbox.Runs;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs through the real SDK over HTTPS against the sandbox, into a real cache: filter, schedule, cancel, logs. */
class RunsEndToEndTest {
    @TempDir
    Path dir;

    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;
    private CachedResource registry;

    @BeforeEach
    void start() {
        env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)), dir);
        env.sandbox.runs().setRunDuration(Duration.ofSeconds(3));
        background = new ThreadPoolBackground("test-runs", 4);
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
        new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
        String id = env.sandbox.data().registries().stream().filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow().id();
        registry = env.store().get(env.arm().session().cacheScope(), id).orElseThrow();
    }

    @AfterEach
    void stop() {
        operations.close();
        background.close();
        env.close();
    }

    @Test
    void theServerReceivesTheFilterAndTopAndPagesFollowTheNextLinkIntoTheCache() {
        RunListing listing = new RunListing(env.arm(), env.store(), Clock.systemUTC());
        RunQuery query = new RunQuery(Set.of("Succeeded"), "build-webapp", null, null, null);
        RunListing.Page first = listing.first(registry, query, 8);
        assertThat(env.sandbox.runs().listQueries()).containsExactly(
                new Runs.ListQuery("contosoprodacr", "TaskName eq 'build-webapp' and Status eq 'Succeeded'", 8));
        assertThat(first.runs()).hasSize(5);
        assertThat(first.continuation()).isNotNull().doesNotContain("sig=");
        RunListing.Page second = listing.next(registry, first.continuation());
        assertThat(second.runs()).hasSize(3);
        assertThat(second.continuation()).isNull();
        List<CachedResource> cached = new CachedRuns(env.db()).page(registry.scope(), registry.id(), query, null, 100);
        assertThat(cached).hasSize(8).allSatisfy(r -> {
            RunDetails d = RunDetails.parse(r.json());
            assertThat(d.status()).isEqualTo("Succeeded");
            assertThat(d.task()).isEqualTo("build-webapp");
        });
    }

    @Test
    void aScheduledDockerBuildIsFollowedToSucceededWithItsImageAndItsLogIsArchivedForOfflineReading() throws Exception {
        RunRequestForm form = new RunRequestForm(RunRequestForm.Kind.DOCKER_BUILD, "https://github.com/contoso/webapp.git",
                "Dockerfile", "webapp:v2", null, null, null, null, "Linux", null, true);
        Operation op = operations.submit(RunActions.schedule(registry.id(), registry.tenantId(), form)).get(10, TimeUnit.SECONDS);
        Operation running = await(op.id(), o -> o.state() == Operation.State.Running);
        assertThat(running.targetId()).contains("/runs/").doesNotEndWith("/runs");
        assertThat(running.cancelPath()).isEqualTo(running.targetId() + "/cancel?api-version=2019-06-01-preview");

        LogDocument doc = new LogDocument();
        CompletableFuture<String> ended = new CompletableFuture<>();
        RunLogArchive archive = new RunLogArchive(env.db());
        CachedResource run = env.store().get(registry.scope(), running.targetId()).orElseThrow();
        new RunLogs(env.arm(), archive, background, Clock.systemUTC()).open(run, doc, listener(ended));

        Operation done = await(op.id(), o -> o.state().terminal());
        assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
        RunDetails finished = RunDetails.parse(env.store().get(registry.scope(), done.targetId()).orElseThrow().json());
        assertThat(finished.status()).isEqualTo("Succeeded");
        assertThat(finished.outputImages()).singleElement().asString().contains("/webapp:" + finished.runId() + "@sha256:");

        assertThat(ended.get(30, TimeUnit.SECONDS)).startsWith("ended:Complete");
        assertThat(doc.complete()).isTrue();
        assertThat(doc.line(doc.lineCount() - 1)).contains("was successful");
        assertThat(archive.find(registry.scope(), done.targetId())).isPresent();

        // Offline (no ARM at all): the archived copy opens.
        LogDocument offline = new LogDocument();
        CompletableFuture<String> reopened = new CompletableFuture<>();
        new RunLogs(null, archive, background, Clock.systemUTC()).open(run, offline, listener(reopened));
        assertThat(reopened.get(10, TimeUnit.SECONDS)).startsWith("ended:Archived");
        assertThat(offline.lineCount()).isEqualTo(doc.lineCount());

        String sandboxLogPath = env.sandbox.baseUrl().getPort() + "/logs/";
        assertThat(filesUnder(dir)).allSatisfy(f -> assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
                .as(f.toString()).doesNotContain("sig=").doesNotContain(sandboxLogPath));
    }

    @Test
    void cancelingARunningRunsOperationCancelsTheRun() throws Exception {
        env.sandbox.runs().setRunDuration(Duration.ofSeconds(60));
        RunRequestForm form = new RunRequestForm(RunRequestForm.Kind.TASK, null, null, null, null, null, "build-webapp",
                "environment=staging\nsecret token=s3cr3t-value", "Linux", null, false);
        Operation op = operations.submit(RunActions.schedule(registry.id(), registry.tenantId(), form)).get(10, TimeUnit.SECONDS);
        await(op.id(), o -> "Run Running".equals(o.note()));
        assertThat(operations.cancel(op.id()).get(10, TimeUnit.SECONDS)).startsWith("Cancel requested");
        Operation done = await(op.id(), o -> o.state().terminal());
        assertThat(done.state()).isEqualTo(Operation.State.Canceled);
        assertThat(RunDetails.parse(env.store().get(registry.scope(), done.targetId()).orElseThrow().json()).status())
                .isEqualTo("Canceled");
        assertThat(env.journal().get(op.id()).orElseThrow().requestBody()).contains("staging").doesNotContain("s3cr3t-value");
    }

    @Test
    void aRunBeingFollowedIsFollowedAgainAfterARestart() throws Exception {
        RunRequestForm form = new RunRequestForm(RunRequestForm.Kind.ENCODED_TASK, null, null, null, null,
                "steps:\n  - cmd: bash echo hi\n", null, null, "Linux", null, false);
        Operation op = operations.submit(RunActions.schedule(registry.id(), registry.tenantId(), form)).get(10, TimeUnit.SECONDS);
        await(op.id(), o -> o.state() == Operation.State.Running);
        operations.close(); // the app stops while the run runs
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
        assertThat(operations.resume().get(10, TimeUnit.SECONDS)).isEqualTo(1);
        Operation done = await(op.id(), o -> o.state().terminal());
        assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
        assertThat(RunDetails.parse(env.store().get(registry.scope(), done.targetId()).orElseThrow().json()).status())
                .isEqualTo("Succeeded");
    }

    @Test
    void aFinishedRunCannotBeCanceledAndArmsErrorIsKept() throws Exception {
        String finished = registry.id() + "/runs/" + env.sandbox.data().tasks().runs().getFirst().runId();
        Operation op = operations.submit(RunActions.cancel(finished, registry.tenantId())).get(10, TimeUnit.SECONDS);
        Operation done = await(op.id(), o -> o.state().terminal());
        assertThat(done.state()).isEqualTo(Operation.State.Failed);
        assertThat(done.errorCode()).isEqualTo("RunNotCancellable");
    }

    private static RunLogs.Listener listener(CompletableFuture<String> ended) {
        return new RunLogs.Listener() {
            @Override
            public void grew() {
            }

            @Override
            public void ended(String note, String problem) {
                ended.complete(problem == null ? "ended:" + note : "problem:" + problem);
            }
        };
    }

    private Operation await(String id, Predicate<Operation> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Operation op = env.journal().get(id).orElseThrow();
            if (condition.test(op)) {
                return op;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out: " + env.journal().get(id).orElseThrow());
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
    }

    /**
     * A run scheduled on an agent pool that does not exist fails with ARM's code, and leaves nothing behind: its target
     * was the runs collection (no run was queued), which is not re-read into a nameless "run" (issue 14).
     */
    @Test
    void aRunThatFailsToBeQueuedLeavesNoPhantomRowInTheCache() throws Exception {
        int runsBefore = new CachedRuns(env.db()).page(registry.scope(), registry.id(), RunQuery.all(), null, 1000).size();
        RunRequestForm form = new RunRequestForm(RunRequestForm.Kind.DOCKER_BUILD, ".", "Dockerfile", "webapp:nopool", null, null,
                null, null, "Linux", "no-such-pool", false);
        Operation failed = operations.submitAndWait(RunActions.schedule(registry.id(), registry.tenantId(), form))
                .get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(failed.state()).isEqualTo(Operation.State.Failed);
        assertThat(failed.errorCode()).isEqualTo("AgentPoolNotFound");
        assertThat(env.store().get(registry.scope(), registry.id() + "/runs")).isEmpty();
        List<String> ids = new java.util.ArrayList<>();
        env.store().forEach(r -> ids.add(r.id()));
        assertThat(ids).doesNotContain("").allMatch(dev.acrconsole.app.arm.ArmIds::isResourceId);
        assertThat(new CachedRuns(env.db()).page(registry.scope(), registry.id(), RunQuery.all(), null, 1000)).hasSize(runsBefore);
        assertThat(new dev.acrconsole.cache.Changes(env.db()).list(dev.acrconsole.cache.Changes.Query.recent(100)))
                .noneMatch(c -> c.id().isEmpty() || c.id().equalsIgnoreCase(registry.id() + "/runs"));
    }
}
