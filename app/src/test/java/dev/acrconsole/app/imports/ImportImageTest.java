package dev.acrconsole.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.ContentsFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing an image through the real SDK pipeline against the sandbox, as an operation (ARM's 202 + Location,
 * followed to its end), then the target registry's repositories and tags re-read into the real cache.
 */
class ImportImageTest {
    private static final String PROD = "contosoprodacr.azurecr.io";
    private static final String DEV = "contosodevacr.azurecr.io";
    @TempDir
    Path dir;
    private ContentsFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;
    private CachedResource prod;
    private CachedResource dev;

    @BeforeEach
    void setUp() {
        env = new ContentsFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300))
                .withRetryAfterSeconds(0).withBigRepositoryTags(0), dir);
        background = new ThreadPoolBackground("test-import", 4);
        operations = new OperationsService(env.f.arm(), null, env.planes, env.f.journal(), env.store, Kinds.CATALOG,
                background, Clock.systemUTC());
        prod = env.registry(PROD);
        dev = env.registry(DEV);
        env.cacheEverything(dev);
    }

    @AfterEach
    void tearDown() {
        operations.close();
        background.close();
        env.close();
    }

    private Operation run(ImportForm form) throws Exception {
        Operation done = operations.submitAndWait(ImportActions.importImage(form)).get(30, TimeUnit.SECONDS);
        if (done.state() == Operation.State.Succeeded) {
            ImportFollowUp.reread(env.refresh, env.store, dev, form.targetRepositories());
        }
        return done;
    }

    private ImportForm form(String sourceId, String host, String image, String targets, boolean force) {
        return new ImportForm(dev.id(), dev.tenantId(), sourceId, host, image, targets, force);
    }

    private List<String> cachedTags(String repository) {
        return env.children(env.store.get(dev.scope(), ContentIds.repository(dev.id(), repository)).orElseThrow(), TagKind.KIND)
                .stream().map(CachedResource::name).toList();
    }

    @Test
    void byTagFromAnotherRegistryTheImageIsInTheCacheWhenTheOperationEnds() throws Exception {
        Operation done = run(form(prod.id(), null, "nginx:1.27", "mirror/nginx:1.27, mirror/nginx:prod", false));

        assertThat(done.state()).as(done.errorMessage()).isEqualTo(Operation.State.Succeeded);
        assertThat(done.title()).isEqualTo("Import nginx:1.27 into contosodevacr as mirror/nginx:1.27, mirror/nginx:prod");
        assertThat(env.children(dev, RepositoryKind.KIND)).extracting(CachedResource::name).contains("mirror/nginx");
        assertThat(cachedTags("mirror/nginx")).containsExactlyInAnyOrder("1.27", "prod");
        String digest = env.f.sandbox.dataPlaneContents().digest(PROD, "nginx", "1.27");
        CachedResource tag = env.store.get(dev.scope(), ContentIds.tag(ContentIds.repository(dev.id(), "mirror/nginx"), "prod")).orElseThrow();
        assertThat(TagDetails.parse(tag.json()).digest()).isEqualTo(digest);
    }

    @Test
    void byDigestAndFromThePublicRegistryWithTheSourcesRepoAndTagAsDefaultTarget() throws Exception {
        String digest = env.f.sandbox.dataPlaneContents().digest(PROD, "nginx", "stable");
        assertThat(run(form(prod.id(), null, "nginx@" + digest, "pinned/nginx:v1", false)).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(cachedTags("pinned/nginx")).containsExactly("v1");

        Operation hub = run(form(null, "docker.io", "library/hello-world:latest", "", false));
        assertThat(hub.state()).as(hub.errorMessage()).isEqualTo(Operation.State.Succeeded);
        assertThat(hub.requestBody()).contains("\"registryUri\":\"docker.io\"", "\"targetTags\":[\"library/hello-world:latest\"]");
        assertThat(cachedTags("library/hello-world")).containsExactly("latest");
    }

    @Test
    void noForceOnAnExistingTagFailsWithArmsConflictAndTheCachedTagStaysAsItWas() throws Exception {
        assertThat(run(form(prod.id(), null, "nginx:1.25", "kept/nginx:stable", false)).state()).isEqualTo(Operation.State.Succeeded);
        String before = env.f.sandbox.dataPlaneContents().digest(DEV, "kept/nginx", "stable");
        int tagsBefore = cachedTags("kept/nginx").size();

        Operation refused = run(form(prod.id(), null, "nginx:1.27", "kept/nginx:stable", false));
        assertThat(refused.state()).isEqualTo(Operation.State.Failed);
        assertThat(refused.errorCode()).isEqualTo("Conflict");
        assertThat(refused.errorMessage()).contains("kept/nginx:stable already exists in target registry");
        assertThat(env.f.sandbox.dataPlaneContents().digest(DEV, "kept/nginx", "stable")).isEqualTo(before);
        assertThat(cachedTags("kept/nginx")).hasSize(tagsBefore).contains("stable");

        assertThat(run(form(prod.id(), null, "nginx:1.27", "kept/nginx:stable", true)).state()).isEqualTo(Operation.State.Succeeded);
        assertThat(env.f.sandbox.dataPlaneContents().digest(DEV, "kept/nginx", "stable"))
                .isEqualTo(env.f.sandbox.dataPlaneContents().digest(PROD, "nginx", "1.27"));
    }

    @Test
    void severalTagsAtOnceAreOneBulkOperationWithEachItemsOutcome() throws Exception {
        Operation bulk = run(form(prod.id(), null, "nginx:1.25, nginx:no-such-tag, nginx:1.27", "bulk/nginx", false));

        assertThat(operations.recent(50)).filteredOn(o -> o.kind().startsWith("registry.import")).hasSize(1);
        assertThat(bulk.title()).isEqualTo("Import 3 images into contosodevacr");
        assertThat(bulk.state()).isEqualTo(Operation.State.Failed);
        assertThat(bulk.errorCode()).isEqualTo("SomeFailed");
        assertThat(bulk.errorMessage()).startsWith("1 of 3 failed, e.g. nginx:no-such-tag as bulk/nginx:no-such-tag: NotFound:");
        var items = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bulk.requestBody()).path("items");
        assertThat(items.findValuesAsText("outcome")).hasSize(3).element(0).isEqualTo("done");
        assertThat(items.get(2).path("outcome").asText()).isEqualTo("done");
        // What succeeded is there and in the cache though another item failed.
        ImportFollowUp.reread(env.refresh, env.store, dev, List.of("bulk/nginx"));
        assertThat(cachedTags("bulk/nginx")).containsExactlyInAnyOrder("1.25", "1.27");
    }

    @Test
    void cancelingABulkImportFinishesTheItemArmIsWorkingOnAndSendsNoMore() throws Exception {
        Operation sent = operations.submit(ImportActions.importImage(form(prod.id(), null, "nginx:1.25, nginx:1.27, nginx:stable",
                "stopped/nginx", false))).get(30, TimeUnit.SECONDS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (env.f.journal().get(sent.id()).orElseThrow().state() != Operation.State.Running && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(operations.cancel(sent.id()).get(30, TimeUnit.SECONDS)).startsWith("Stopping after the item ARM is working on");
        while (!env.f.journal().get(sent.id()).orElseThrow().state().terminal() && System.nanoTime() < until) {
            Thread.sleep(50);
        }

        Operation ended = env.f.journal().get(sent.id()).orElseThrow();
        assertThat(ended.state()).isEqualTo(Operation.State.Canceled);
        var outcomes = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ended.requestBody()).path("items").findValuesAsText("outcome");
        assertThat(outcomes).hasSize(3).contains("not sent").first().isEqualTo("done");
        assertThat(env.f.sandbox.dataPlaneContents().tags(DEV, "stopped/nginx")).contains("1.25").doesNotContain("stable");
    }

    @Test
    void aMissingSourceImageFailsWithArmsErrorAndBadInputIsNeverBuilt() throws Exception {
        Operation failed = run(form(prod.id(), null, "nginx:no-such-tag", "x/nginx:1", false));
        assertThat(failed.state()).isEqualTo(Operation.State.Failed);
        assertThat(failed.errorMessage()).contains("nginx:no-such-tag was not found");

        int sent = env.f.sandbox.requestCount();
        assertThatThrownBy(() -> ImportActions.importImage(form(prod.id(), null, "Nginx::1", "", false)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(form(prod.id(), null, "nginx:1.27", "bad tag:!", false).validate().of(ImportForm.TARGETS)).isPresent();
        assertThat(form(null, "https://docker.io/x", "nginx:1", "", false).validate().of(ImportForm.SOURCE)).isPresent();
        assertThat(env.f.sandbox.requestCount()).isEqualTo(sent);
    }
}
