package dev.acrconsole.app.repositories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.ContentsFixture;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.dataplane.RegistryLogin;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is in a registry, read through the real data-plane pipeline (ACR's token exchange, Link paging) from the
 * sandbox's data plane into a real cache, as the Repositories, Tags and Manifests folders ask for it.
 */
class RegistryContentsTest {
    @TempDir
    Path dir;
    private ContentsFixture contents;
    private SandboxFixture f;
    private DataPlanes planes;
    private RefreshService refresh;
    private ResourceStore store;
    private CachedResource registry;

    @BeforeEach
    void setUp() {
        contents = new ContentsFixture(SandboxConfig.defaults().withBigRepositoryTags(1200), dir);
        f = contents.f;
        planes = contents.planes;
        store = contents.store;
        refresh = contents.refresh;
        registry = contents.registry(f.sandbox.dataPlaneUrls().keySet().iterator().next());
    }

    @AfterEach
    void tearDown() {
        contents.close();
    }

    @Test
    void aRegistrysRepositoriesTagsAndManifestsReachTheCacheAsTheRegistryListsThem() {
        String loginServer = loginServer();
        RefreshReport report = refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);

        assertThat(report.failures()).isEmpty();
        List<CachedResource> repositories = children(registry, RepositoryKind.KIND);
        assertThat(repositories).extracting(CachedResource::name)
                .containsExactlyInAnyOrderElementsOf(f.sandbox.dataPlaneContents().repositories(loginServer));

        // The repository with the most tags: every page of its tags is read (1,200 > a page), newest and oldest alike.
        CachedResource big = repositories.stream().max(java.util.Comparator.comparingLong(
                r -> RepositoryDetails.parse(r.json()).tagCount())).orElseThrow();
        assertThat(refresh.refreshChildren(big, TagKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        List<CachedResource> tags = children(big, TagKind.KIND);
        assertThat(tags).extracting(CachedResource::name)
                .containsExactlyInAnyOrderElementsOf(f.sandbox.dataPlaneContents().tags(loginServer, big.name()));
        TagDetails tag = TagDetails.parse(tags.getFirst().json());
        assertThat(tag.pullByTag()).isEqualTo(loginServer + "/" + big.name() + ":" + tag.name());
        assertThat(tag.digest()).startsWith("sha256:");
    }

    @Test
    void theSdksTypedClientOnTheSamePipelineListsWhatTheRegistryHolds() {
        // The SDK's own client, on the console's pipeline (its HTTP client, trust and token exchange), not the SDK's.
        String loginServer = loginServer();
        var client = planes.of(loginServer).client();

        assertThat(client.listRepositoryNames().stream().toList())
                .containsExactlyInAnyOrderElementsOf(f.sandbox.dataPlaneContents().repositories(loginServer));
        String repository = f.sandbox.dataPlaneContents().repositories(loginServer).getFirst();
        assertThat(client.getRepository(repository).getProperties().getTagCount())
                .isEqualTo(f.sandbox.dataPlaneContents().tags(loginServer, repository).size());
    }

    @Test
    void anIndexsManifestShowsThePlatformsItHolds() {
        refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
        List<ManifestDetails> manifests = new java.util.ArrayList<>();
        for (CachedResource repository : children(registry, RepositoryKind.KIND)) {
            refresh.refreshChildren(repository, ManifestKind.KIND, RefreshListener.NONE);
            children(repository, ManifestKind.KIND).forEach(m -> manifests.add(ManifestDetails.parse(m.json())));
        }

        assertThat(manifests).anySatisfy(m -> {
            assertThat(m.isIndex()).isTrue();
            assertThat(m.platforms()).contains("linux/amd64").contains("linux/arm64");
        });
        assertThat(manifests).as("an untagged manifest is listed too").anySatisfy(m -> assertThat(m.tags()).isEmpty());
    }

    @Test
    void aRegistryLoginReadsTheSameAndAWrongPasswordIsTheRegistrysOwnRefusalWithTheCacheKept() {
        String loginServer = loginServer();
        var login = f.sandbox.dataPlaneLogin(loginServer).orElseThrow();
        planes.useLogin(loginServer, new RegistryLogin(login.username(), login.password()));
        assertThat(refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        int cached = children(registry, RepositoryKind.KIND).size();
        assertThat(cached).isPositive();

        planes.useLogin(loginServer, new RegistryLogin(login.username(), "not-the-password"));
        int before = f.sandbox.requestCount();
        RefreshReport refused = refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);

        // The challenged read and one token request: a refusal is an answer, not asked again (a registry can lock
        // out an account after a few wrong passwords).
        assertThat(f.sandbox.requestCount() - before).isEqualTo(2);

        assertThat(refused.failures()).singleElement().satisfies(failure ->
                assertThat(failure.error()).contains("UNAUTHORIZED").doesNotContain("not-the-password"));
        assertThat(children(registry, RepositoryKind.KIND)).hasSize(cached);
        assertThat(store.listing(f.arm().session().cacheScope(),
                ListingKeys.children(registry.id(), RepositoryKind.KIND)).orElseThrow().lastError()).contains("UNAUTHORIZED");
    }

    private String loginServer() {
        Map<String, java.net.URI> urls = f.sandbox.dataPlaneUrls();
        return urls.keySet().stream().filter(s -> registry.json().contains("\"" + s + "\"")).findFirst().orElseThrow();
    }

    private List<CachedResource> children(CachedResource parent, dev.acrconsole.cache.ResourceKind kind) {
        return contents.children(parent, kind);
    }
}
