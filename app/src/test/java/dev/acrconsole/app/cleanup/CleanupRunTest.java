package dev.acrconsole.app.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean-up on the sandbox's sample: the run deletes exactly what the dry run listed, and the scheduled form makes
 * an ACR task whose step is the equivalent acr purge.
 */
class CleanupRunTest {
    @TempDir
    Path dir;
    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService service;
    private CachedResource registry;
    private String loginServer;

    @BeforeEach
    void setUp() {
        env = new SandboxFixture(SandboxConfig.defaults().withBigRepositoryTags(40).withOperationDuration(java.time.Duration.ZERO), dir);
        DataPlanes planes = new DataPlanes(env.arm(), s -> env.sandbox.dataPlaneUrl(s).orElseThrow(), Clock.systemUTC());
        background = new ThreadPoolBackground("test-cleanup", 4);
        service = new OperationsService(env.arm(), null, planes, env.journal(), env.store(), Kinds.CATALOG, background,
                Clock.systemUTC());
        RefreshService refresh = new RefreshService(env.arm(), planes, env.store(), Kinds.CATALOG, Clock.systemUTC());
        refresh.refreshAll(RefreshListener.NONE);
        loginServer = env.sandbox.dataPlaneUrls().keySet().iterator().next();
        registry = env.store().resources(scope(), RegistryKind.KIND).stream()
                .filter(r -> r.json().contains("\"" + loginServer + "\"")).findFirst().orElseThrow();
        refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
        for (CachedResource repository : rows(registry.id(), RepositoryKind.KIND)) {
            refresh.refreshChildren(repository, TagKind.KIND, RefreshListener.NONE);
            refresh.refreshChildren(repository, ManifestKind.KIND, RefreshListener.NONE);
        }
    }

    @AfterEach
    void tearDown() {
        service.close();
        background.close();
        env.close();
    }

    @Test
    void theRunDeletesExactlyWhatTheDryRunListed() throws Exception {
        CleanupRules rules = CleanupRules.of(new CleanupRules.Input(".*", ".*", "", "1", "30", true, false));
        CleanupPlan plan = CleanupPlanner.plan(rules, contents(), Instant.now(), Instant.now());
        assertThat(plan.tags()).as("the sample has tags older than 30 days").isNotEmpty();
        List<String> before = allTags();

        Operation op = service.submit(CleanupActions.run(Kinds.CATALOG.row(registry), loginServer, plan)).get(10, TimeUnit.SECONDS);
        Operation done = awaitEnd(op.id());

        assertThat(done.state()).as(done.errorCode() + " " + done.errorMessage()).isEqualTo(Operation.State.Succeeded);
        List<String> deleted = plan.tags().stream().map(t -> t.details(dev.acrconsole.app.tags.TagDetails.class))
                .map(t -> t.repository() + ":" + t.name()).toList();
        List<String> after = allTags();
        assertThat(after).doesNotContainAnyElementsOf(deleted);
        List<String> kept = new ArrayList<>(before);
        kept.removeAll(deleted);
        assertThat(after).as("nothing the plan did not list is gone").containsExactlyInAnyOrderElementsOf(kept);
    }

    @Test
    void theScheduledCleanUpIsAnAcrTaskRunningTheEquivalentPurge() throws Exception {
        CleanupRules rules = CleanupRules.of(new CleanupRules.Input("apps/web", "v.*", "", "3", "30", true, false));
        var form = CleanupActions.purgeTask(rules, "purge-web", "0 1 * * Sun");

        Operation op = service.submit(TaskActions.create(registry.id(), registry.location(), registry.tenantId(), form))
                .get(10, TimeUnit.SECONDS);
        assertThat(awaitEnd(op.id()).state()).isEqualTo(Operation.State.Succeeded);

        var task = Json.read(env.store().get(scope(), registry.id() + "/tasks/purge-web").orElseThrow().json());
        String yaml = new String(Base64.getDecoder().decode(task.path("properties").path("step")
                .path("encodedTaskContent").asText()), StandardCharsets.UTF_8);
        assertThat(yaml).contains("cmd: \"" + CleanupActions.purgeCommand(rules) + "\"");
        assertThat(task.path("properties").path("trigger").path("timerTriggers").get(0).path("schedule").asText())
                .isEqualTo("0 1 * * Sun");
    }

    private List<CleanupPlanner.Contents> contents() {
        List<CleanupPlanner.Contents> out = new ArrayList<>();
        for (CachedResource r : rows(registry.id(), RepositoryKind.KIND)) {
            out.add(new CleanupPlanner.Contents(Kinds.CATALOG.row(r),
                    rows(r.id(), TagKind.KIND).stream().map(Kinds.CATALOG::row).toList(),
                    rows(r.id(), ManifestKind.KIND).stream().map(Kinds.CATALOG::row).toList()));
        }
        return out;
    }

    private List<String> allTags() {
        List<String> out = new ArrayList<>();
        for (String repository : env.sandbox.dataPlaneContents().repositories(loginServer)) {
            env.sandbox.dataPlaneContents().tags(loginServer, repository).forEach(t -> out.add(repository + ":" + t));
        }
        return out;
    }

    private List<CachedResource> rows(String parentId, ResourceKind kind) {
        return env.store().listingRows(scope(), ListingKeys.children(parentId, kind));
    }

    private CacheScope scope() {
        return env.arm().session().cacheScope();
    }

    private Operation awaitEnd(String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Operation op = env.journal().get(id).orElseThrow();
            if (op.state().terminal()) {
                return op;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("operation " + id + " is still " + env.journal().get(id).orElseThrow());
    }
}
