package dev.acrconsole.app.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.ContentsFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.dataplane.Contents;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry's contents once cached, with no network needed: search finds where a digest or tag lives across every
 * cached registry, What changed shows a tag that moved to another digest and tags added and removed, and snapshots and
 * {@code export} carry repositories, tags and manifests. Real sandbox, real data-plane pipeline, real SQLite.
 */
class ContentsOfflineTest {
    private static final String PROD = "contosoprodacr.azurecr.io";
    private static final String DEV = "contosodevacr.azurecr.io";

    @TempDir
    Path dir;
    private ContentsFixture fixture;
    private Contents contents;

    @BeforeEach
    void setUp() {
        fixture = new ContentsFixture(SandboxConfig.defaults().withBigRepositoryTags(0), dir);
        contents = fixture.f.sandbox.dataPlaneContents();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aDigestIsFoundInEveryCachedRegistryThatHoldsItByItsFullFormOrAShortPrefixAndATagByItsName() {
        // One image promoted from prod to dev (az acr import): its digest lives in both.
        String digest = contents.digest(PROD, "nginx", "1.27");
        contents.importImage(PROD, "nginx", digest, DEV, "mirror/nginx", "1.27");
        CachedResource prod = registry(PROD);
        CachedResource dev = registry(DEV);
        cacheEverything(prod);
        cacheEverything(dev);

        String prodNginx = ContentIds.repository(prod.id(), "nginx");
        String devMirror = ContentIds.repository(dev.id(), "mirror/nginx");
        List<String> holders = List.of(ContentIds.tag(prodNginx, "1.27"), ContentIds.tag(prodNginx, "stable"),
                ContentIds.manifest(prodNginx, digest), ContentIds.tag(devMirror, "1.27"), ContentIds.manifest(devMirror, digest));
        CacheReview review = new CacheReview(fixture.f.db(), dir.resolve("work"), Clock.systemUTC());

        for (String typed : List.of(digest, digest.substring(0, "sha256:".length() + 12), digest.substring(7, 7 + 12))) {
            List<SearchHit> hits = review.search().find(typed, null, List.of(), 50);
            assertThat(hits).as("hits for " + typed).extracting(h -> h.id().toLowerCase())
                    .containsExactlyInAnyOrderElementsOf(holders.stream().map(String::toLowerCase).toList());
        }
        // The manifest's own name is its digest: it comes first, as name hits do.
        assertThat(review.search().find(digest, null, List.of(), 50).getFirst().kind()).isEqualTo(ManifestKind.KIND);
        // Fewer than 12 hex digits are still a prefix; a digest of nothing cached finds nothing.
        assertThat(review.search().find("sha256:0000000000000000", null, List.of(), 50)).isEmpty();

        // A platform of a multi-arch index: its own (untagged) manifest, and the index holding it with its tags.
        String hello = ContentIds.repository(prod.id(), "samples/hello-world");
        ManifestDetails v1 = fixture.children(store(hello), ManifestKind.KIND).stream().map(m -> ManifestDetails.parse(m.json()))
                .filter(m -> m.tags().contains("v1")).findFirst().orElseThrow();
        String platform = v1.references().getFirst().digest();
        assertThat(review.search().find(platform.substring(0, 7 + 12), null, List.of(), 50))
                .extracting(h -> h.id().toLowerCase()).containsExactlyInAnyOrder(
                        ContentIds.manifest(hello, platform).toLowerCase(), ContentIds.manifest(hello, v1.digest()).toLowerCase());

        // A tag by its name, in every registry and repository that has it, with the kind filter.
        List<SearchHit> stable = review.search().find("stable", null, List.of(TagKind.KIND), 50);
        assertThat(stable).extracting(h -> ContentIds.registryId(h.id()).toLowerCase())
                .contains(prod.id().toLowerCase(), dev.id().toLowerCase());
        assertThat(stable).extracting(SearchHit::name).containsOnly("stable");
        assertThat(stable).extracting(h -> ContentIds.repositoryName(h.id())).contains("nginx", "apps/web");

        // Its login server finds the registry, not every tag and manifest it holds (each names it).
        String loginServer = RegistryDetails.parse(prod.json()).loginServer();
        assertThat(review.search().find(loginServer, null, List.of(), 50)).extracting(SearchHit::kind)
                .contains(RegistryKind.KIND)
                .doesNotContain(TagKind.KIND, ManifestKind.KIND, RepositoryKind.KIND);
    }

    @Test
    void aTagMovedToAnotherDigestAndTagsAddedAndRemovedShowInWhatChangedAfterARefreshOfTheOpenedTagsFolder() {
        CachedResource prod = registry(PROD);
        fixture.refresh.refreshChildren(prod, RepositoryKind.KIND, RefreshListener.NONE);
        CachedResource nginx = fixture.store.get(fixture.f.arm().session().cacheScope(), ContentIds.repository(prod.id(), "nginx"))
                .orElseThrow();
        assertThat(fixture.refresh.refreshChildren(nginx, TagKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        Changes changes = new CacheReview(fixture.f.db(), dir.resolve("work"), Clock.systemUTC()).changes();
        assertThat(tagChanges(changes)).as("the first read of a folder is no wave of 'added'").isEmpty();

        String before = contents.digest(PROD, "nginx", "1.25");
        String after = contents.digest(PROD, "nginx", "1.27");
        contents.tag(PROD, "nginx", "1.25", after); // 1.25 rebuilt on 1.27's image and pushed again
        contents.tag(PROD, "nginx", "mainline", after);
        assertThat(fixture.planes.of(PROD).send("DELETE", "/acr/v1/nginx/_tags/stable", null, null).status()).isEqualTo(202);
        fixture.refresh.refreshAll(RefreshListener.NONE); // the folder was opened once: every refresh reads it again

        assertThat(tagChanges(changes)).extracting(c -> c.name() + " " + c.what() + (c.field() == null ? ""
                        : " " + c.field() + " " + c.before() + " -> " + c.after()))
                .containsExactlyInAnyOrder("1.25 changed Digest " + before + " -> " + after, "mainline added", "stable removed");
    }

    @Test
    void snapshotsAndTheExportCarryRepositoriesTagsAndManifests() throws Exception {
        CachedResource prod = registry(PROD);
        cacheEverything(prod);
        String nginx = ContentIds.repository(prod.id(), "nginx");
        String digest = contents.digest(PROD, "nginx", "1.27");
        List<String> ids = List.of(nginx, ContentIds.tag(nginx, "1.27"), ContentIds.manifest(nginx, digest));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir, json, System.err)).isZero();
        List<String> exported = new ArrayList<>();
        new ObjectMapper().readTree(json.toByteArray()).path("resources").forEach(r -> exported.add(r.path("id").asText()));
        assertThat(exported).containsAll(ids);
        JsonNode tag = find(new ObjectMapper().readTree(json.toByteArray()), ContentIds.tag(nginx, "1.27"));
        assertThat(tag.path("digest").asText()).isEqualTo(digest);
        assertThat(tag.path("kind").asText()).isEqualTo(TagKind.KIND.code());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.csv, null,
                Set.of(), Set.of(), Set.of()), csv, System.err)).isZero();
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains(ContentIds.tag(nginx, "1.27") + ",1.27,", ",manifest,", ",repository,");

        // A snapshot of the registry alone holds its contents; opened, search and the listings read them as the cache does.
        Path file = dir.resolve("prod.acrsnap");
        assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json, file,
                Set.of(), Set.of(), Set.of(prod.id())), new ByteArrayOutputStream(), System.err)).isZero();
        try (CacheDatabase snap = Snapshots.open(file, dir.resolve("work"), Kinds.CATALOG.cachePolicy())) {
            ResourceStore snapStore = new ResourceStore(snap);
            for (String id : ids) {
                assertThat(snapStore.get(fixture.f.arm().session().cacheScope(), id)).as(id).isPresent();
            }
            assertThat(snapStore.listingRows(fixture.f.arm().session().cacheScope(), ListingKeys.children(nginx, TagKind.KIND)))
                    .extracting(CachedResource::name).containsExactlyInAnyOrderElementsOf(contents.tags(PROD, "nginx"));
            assertThat(new CacheReview(snap, dir.resolve("work"), Clock.systemUTC()).search().find(digest, null, List.of(), 10))
                    .extracting(SearchHit::kind).contains(TagKind.KIND, ManifestKind.KIND);
        }
    }

    private CachedResource store(String id) {
        return fixture.store.get(fixture.f.arm().session().cacheScope(), id).orElseThrow();
    }

    private List<Change> tagChanges(Changes changes) {
        return changes.list(Changes.Query.recent(100)).stream().filter(c -> c.kind().equals(TagKind.KIND.code())).toList();
    }

    private static JsonNode find(JsonNode export, String id) {
        for (JsonNode r : export.path("resources")) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("not exported: " + id);
    }

    private CachedResource registry(String loginServer) {
        return fixture.registry(loginServer);
    }

    private void cacheEverything(CachedResource registry) {
        fixture.cacheEverything(registry);
    }
}
