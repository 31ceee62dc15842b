package dev.acrconsole.app.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestActions;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting and locking what is in a registry, as journaled operations on the sandbox's data plane: one tag, a lock,
 * a refused delete with ACR's own error, and a bulk delete that a restart in its middle finishes.
 */
class TagOperationsTest {
    @TempDir
    Path dir;
    private SandboxFixture env;
    private DataPlanes planes;
    private ThreadPoolBackground background;
    private OperationsService service;
    private String loginServer;

    private void start(SandboxConfig config) {
        env = new SandboxFixture(config, dir);
        planes = new DataPlanes(env.arm(), s -> env.sandbox.dataPlaneUrl(s).orElseThrow(), Clock.systemUTC());
        background = new ThreadPoolBackground("test-content-ops", 4);
        service = newService();
        RefreshService refresh = new RefreshService(env.arm(), planes, env.store(), Kinds.CATALOG, Clock.systemUTC());
        refresh.refreshAll(RefreshListener.NONE);
        loginServer = env.sandbox.dataPlaneUrls().keySet().iterator().next();
        CachedResource registry = env.store().resources(scope(), RegistryKind.KIND).stream()
                .filter(r -> r.json().contains("\"" + loginServer + "\"")).findFirst().orElseThrow();
        refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
        for (CachedResource repository : rows(registry.id(), RepositoryKind.KIND)) {
            refresh.refreshChildren(repository, TagKind.KIND, RefreshListener.NONE);
            refresh.refreshChildren(repository, ManifestKind.KIND, RefreshListener.NONE);
        }
    }

    private OperationsService newService() {
        return new OperationsService(env.arm(), null, planes, env.journal(), env.store(), Kinds.CATALOG, background,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        service.close();
        background.close();
        env.close();
    }

    @Test
    void aDeletedTagLeavesRegistryAndCacheAndALockedOneIsRefusedWithAcrsOwnError() throws Exception {
        start(SandboxConfig.defaults().withBigRepositoryTags(60));
        List<Row> tags = env.store().resources(scope(), TagKind.KIND).stream().map(Kinds.CATALOG::row).toList();
        // A tag of a locked repository is refused too: the one deleted is free and in a free repository.
        Row unlocked = tags.stream().filter(t -> !TagActions.locked(t) && !repositoryLocked(t)).findFirst().orElseThrow();
        Row locked = tags.stream().filter(TagActions::locked).findFirst().orElseThrow();
        TagDetails u = unlocked.details(TagDetails.class);

        Operation deleted = awaitEnd(service.submit(TagActions.delete(unlocked)).get(10, TimeUnit.SECONDS));
        assertThat(deleted.state()).isEqualTo(State.Succeeded);
        assertThat(env.store().get(scope(), unlocked.id())).isEmpty();
        assertThat(env.sandbox.dataPlaneContents().tags(loginServer, u.repository())).doesNotContain(u.name());

        Operation refused = awaitEnd(service.submit(TagActions.delete(locked)).get(10, TimeUnit.SECONDS));
        assertThat(refused.state()).isEqualTo(State.Failed);
        assertThat(refused.errorCode()).isEqualTo("REGISTRY_DISALLOWED_OPERATION");
        assertThat(refused.errorMessage()).isNotBlank();
        assertThat(env.store().get(scope(), locked.id())).as("a refused delete loses nothing cached").isPresent();
    }

    @Test
    void aLockedManifestShowsItsLocksFromTheRegistrysOwnAnswer() throws Exception {
        start(SandboxConfig.defaults().withBigRepositoryTags(60));
        Row manifest = env.store().resources(scope(), ManifestKind.KIND).stream().map(Kinds.CATALOG::row)
                .filter(m -> !m.details(ManifestDetails.class).locks().locked()).findFirst().orElseThrow();

        Operation op = awaitEnd(service.submit(ManifestActions.lock(manifest, true)).get(10, TimeUnit.SECONDS));

        assertThat(op.state()).isEqualTo(State.Succeeded);
        ManifestDetails after = ManifestDetails.parse(env.store().get(scope(), manifest.id()).orElseThrow().json());
        assertThat(after.locks().summary()).isEqualTo("no delete, no write");
    }

    @Test
    void aBulkDeleteOfFiftyTagsThatARestartInterruptsIsFinishedAfterIt() throws Exception {
        start(SandboxConfig.defaults().withBigRepositoryTags(120).withLatencyMs(30));
        CachedResource big = env.store().resources(scope(), RepositoryKind.KIND).stream()
                .max(Comparator.comparingInt(r -> rows(r.id(), TagKind.KIND).size())).orElseThrow();
        List<Row> fifty = rows(big.id(), TagKind.KIND).stream().map(Kinds.CATALOG::row)
                .filter(t -> !TagActions.locked(t)).limit(50).toList();
        assertThat(fifty).hasSize(50);

        Operation op = service.submit(TagActions.deleteAll(fifty)).get(10, TimeUnit.SECONDS);
        await(op.id(), o -> o.state() == State.Running && o.note() != null && !o.note().startsWith("0 of"));

        // The app stops mid-way: threads and cache go; the journal holds each item's outcome so far.
        service.close();
        background.close();
        env.closeCache();
        env.open();
        background = new ThreadPoolBackground("test-content-ops-2", 4);
        service = newService();
        assertThat(service.resume().get(10, TimeUnit.SECONDS)).isEqualTo(1);

        Operation done = await(op.id(), o -> o.state().terminal());
        assertThat(done.state()).isEqualTo(State.Succeeded);
        assertThat(done.note()).isEqualTo("50 of 50 done");
        assertThat(env.sandbox.dataPlaneContents().tags(loginServer, big.name()))
                .doesNotContainAnyElementsOf(fifty.stream().map(Row::name).toList());
        assertThat(fifty).allSatisfy(t -> assertThat(env.store().get(scope(), t.id())).isEmpty());
    }

    @Test
    void aCanceledBulkStopsBetweenItemsAndSaysHowManyWereNotSent() throws Exception {
        start(SandboxConfig.defaults().withBigRepositoryTags(120).withLatencyMs(30));
        CachedResource big = env.store().resources(scope(), RepositoryKind.KIND).stream()
                .max(Comparator.comparingInt(r -> rows(r.id(), TagKind.KIND).size())).orElseThrow();
        List<Row> sixty = rows(big.id(), TagKind.KIND).stream().map(Kinds.CATALOG::row)
                .filter(t -> !TagActions.locked(t)).limit(60).toList();

        Operation op = service.submit(TagActions.deleteAll(sixty)).get(10, TimeUnit.SECONDS);
        await(op.id(), o -> o.state() == State.Running);
        String said = service.cancel(op.id()).get(10, TimeUnit.SECONDS);
        Operation canceled = await(op.id(), o -> o.state().terminal());

        assertThat(said).startsWith("Stopping after the item being sent");
        assertThat(canceled.state()).isEqualTo(State.Canceled);
        assertThat(canceled.errorMessage()).matches("\\d+ of 60 done; \\d+ not sent \\(canceled\\)");
        long notSent = Long.parseLong(canceled.errorMessage().replaceAll(".*; (\\d+) not sent.*", "$1"));
        assertThat(notSent).isPositive();
        List<String> left = env.sandbox.dataPlaneContents().tags(loginServer, big.name());
        assertThat(sixty.stream().map(Row::name).filter(left::contains).count())
                .as("the items not sent are still in the registry").isEqualTo(notSent);
    }

    private boolean repositoryLocked(Row tag) {
        return env.store().get(scope(), tag.resource().parentId())
                .map(r -> dev.acrconsole.app.repositories.RepositoryDetails.parse(r.json()).locks().locked()).orElse(false);
    }

    private List<CachedResource> rows(String parentId, ResourceKind kind) {
        return env.store().listingRows(scope(), ListingKeys.children(parentId, kind));
    }

    private CacheScope scope() {
        return env.arm().session().cacheScope();
    }

    private Operation awaitEnd(Operation op) throws InterruptedException {
        return await(op.id(), o -> o.state().terminal());
    }

    private Operation await(String id, Predicate<Operation> done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Operation op = env.journal().get(id).orElseThrow();
            if (done.test(op)) {
                return op;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("operation " + id + " is still " + env.journal().get(id).orElseThrow());
    }
}
