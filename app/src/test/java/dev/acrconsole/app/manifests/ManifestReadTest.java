package dev.acrconsole.app.manifests;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.dataplane.AcrRequestException;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Sizes;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a selected manifest reads beyond its listing, from the sandbox's data plane through the real pipeline: the
 * manifest document (an index's platforms, an image's config and layers, annotations) and its OCI 1.1 referrers.
 */
class ManifestReadTest {
    @TempDir
    Path dir;
    private SandboxFixture f;
    private DataPlanes planes;
    private ResourceStore store;
    private RefreshService refresh;
    private String loginServer;
    private Map<String, CachedResource> repositories;

    @BeforeEach
    void setUp() {
        f = new SandboxFixture(SandboxConfig.defaults().withBigRepositoryTags(0), dir);
        planes = new DataPlanes(f.arm(), s -> f.sandbox.dataPlaneUrl(s).orElseThrow(), Clock.systemUTC());
        store = f.store();
        refresh = new RefreshService(f.arm(), planes, store, Kinds.CATALOG, Clock.systemUTC());
        refresh.refreshAll(RefreshListener.NONE);
        loginServer = f.sandbox.dataPlaneUrls().keySet().iterator().next();
        CachedResource registry = store.resources(f.arm().session().cacheScope(), RegistryKind.KIND).stream()
                .filter(r -> r.json().contains("\"" + loginServer + "\"")).findFirst().orElseThrow();
        refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE);
        repositories = new java.util.HashMap<>();
        children(registry, RepositoryKind.KIND).forEach(r -> repositories.put(r.name(), r));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aMultiArchIndexShowsEachPlatformWithItsChildsDigest() {
        ManifestDetails index = tagged("samples/hello-world", "v1");
        ManifestRead read = ManifestRead.of(planes.of(loginServer), index.repository(), index.digest());

        assertThat(read.content().isIndex()).isTrue();
        assertThat(read.content().mediaType()).isEqualTo(ManifestContent.OCI_INDEX);
        assertThat(read.content().manifests()).extracting(ManifestContent.Descriptor::platform)
                .containsExactly("linux/amd64", "linux/arm64", "windows/amd64");
        // The children are the manifests ACR's listing names for the index, digest for digest.
        assertThat(read.content().manifests()).extracting(ManifestContent.Descriptor::digest)
                .containsExactlyElementsOf(index.references().stream().map(ManifestDetails.Platform::digest).toList());
        assertThat(read.content().annotations()).containsKey("org.opencontainers.image.created");
        assertThat(read.referrers()).isEmpty();
        assertThat(read.referrersProblem()).isNull();

        Map<String, String> fields = fields(index.fields(read));
        assertThat(fields.get("Platforms")).contains("linux/amd64  " + Digests.shortForm(read.content().manifests().getFirst().digest()))
                .contains("windows/amd64");
        assertThat(fields.get("Referrers")).isEqualTo("none");
        assertThat(fields).doesNotContainKey("Layers");

        // A Docker manifest list reads the same way.
        ManifestDetails list = tagged("legacy/api", "2.4");
        ManifestRead docker = ManifestRead.of(planes.of(loginServer), list.repository(), list.digest());
        assertThat(docker.content().mediaType()).isEqualTo(ManifestContent.DOCKER_LIST);
        assertThat(docker.content().manifests()).extracting(ManifestContent.Descriptor::platform)
                .containsExactly("linux/amd64", "linux/arm64");
    }

    @Test
    void anImageShowsItsConfigLayersAndTotalSizeAndItsReferrersByWhatTheyAre() {
        ManifestDetails image = tagged("apps/web", "1.3.0");
        ManifestRead read = ManifestRead.of(planes.of(loginServer), image.repository(), image.digest());

        ManifestContent c = read.content();
        assertThat(c.isIndex()).isFalse();
        assertThat(c.config().mediaType()).isEqualTo("application/vnd.oci.image.config.v1+json");
        assertThat(c.config().digest()).startsWith("sha256:");
        assertThat(c.layers()).hasSize(3).allSatisfy(l -> assertThat(l.size()).isPositive());
        assertThat(c.totalSize()).isEqualTo(c.config().size() + c.layers().stream().mapToLong(ManifestContent.Descriptor::size).sum())
                .isEqualTo(image.imageSize()); // what ACR's listing says the image weighs
        assertThat(c.annotations()).containsEntry("org.opencontainers.image.source", "https://github.com/contoso/web");

        assertThat(read.referrers()).extracting(r -> ArtifactTypes.describe(r.artifactType()))
                .containsExactlyInAnyOrder("Notary signature", "SBOM (SPDX)", "Attestation (in-toto)");
        assertThat(read.referrers()).allSatisfy(r -> assertThat(r.digest()).startsWith("sha256:"));

        Map<String, String> fields = fields(image.fields(read));
        assertThat(fields.get("Config")).startsWith(Digests.shortForm(c.config().digest()) + "  ·  ");
        assertThat(fields.get("Layers").lines()).hasSize(3).allSatisfy(line -> assertThat(line).matches("sha256:[0-9a-f]{12}  ·  .*"));
        assertThat(fields.get("Total size")).isEqualTo(Sizes.bytes(c.totalSize()) + " (config and 3 layers)");
        assertThat(fields.get("Referrers")).contains("Notary signature  sha256:").contains("SBOM (SPDX)")
                .contains("Attestation (in-toto)").contains("(application/vnd.cncf.notary.signature)");
        assertThat(image.fields(read)).filteredOn(DetailField::copyable).extracting(DetailField::value)
                .containsExactly(loginServer + "/apps/web@" + image.digest());

        // And through the kind, as the details pane asks for it.
        CachedResource row = children(repositories.get("apps/web"), ManifestKind.KIND).stream()
                .filter(m -> m.name().equals(image.digest())).findFirst().orElseThrow();
        ManifestKind kind = new ManifestKind();
        assertThat(kind.readsMore()).isTrue();
        assertThat(fields(kind.readMore(new ReadContext(f.arm(), planes, store, Kinds.CATALOG, Clock.systemUTC()), kind.row(row))))
                .containsEntry("Referrers", fields.get("Referrers"));
    }

    @Test
    void aManifestTheRegistryDoesNotHaveIsItsOwnError() {
        assertThatThrownBy(() -> ManifestRead.of(planes.of(loginServer), "apps/web", "sha256:" + "0".repeat(64)))
                .isInstanceOf(AcrRequestException.class).hasMessageStartingWith("MANIFEST_UNKNOWN: ");
    }

    /** The manifest {@code tag} points at, as the listing cached it. */
    private ManifestDetails tagged(String repository, String tag) {
        refresh.refreshChildren(repositories.get(repository), ManifestKind.KIND, RefreshListener.NONE);
        return children(repositories.get(repository), ManifestKind.KIND).stream().map(m -> ManifestDetails.parse(m.json()))
                .filter(m -> m.tags().contains(tag)).findFirst().orElseThrow();
    }

    private static Map<String, String> fields(List<DetailField> fields) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        fields.forEach(field -> out.put(field.label(), field.value()));
        return out;
    }

    private List<CachedResource> children(CachedResource parent, dev.acrconsole.cache.ResourceKind kind) {
        return store.listingRows(f.arm().session().cacheScope(), ListingKeys.children(parent.id(), kind));
    }
}
