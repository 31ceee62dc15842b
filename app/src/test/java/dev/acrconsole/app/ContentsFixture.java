package dev.acrconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The sandbox, a real cache, and the real data-plane pipeline (ACR's token exchange) a refresh reads registries'
 * contents through, after a first refresh of everything ARM lists.
 */
public final class ContentsFixture implements AutoCloseable {
    public final SandboxFixture f;
    public final DataPlanes planes;
    public final RefreshService refresh;
    public final ResourceStore store;

    public ContentsFixture(SandboxConfig config, Path dir) {
        f = new SandboxFixture(config, dir);
        planes = new DataPlanes(f.arm(), s -> f.sandbox.dataPlaneUrl(s).orElseThrow(), Clock.systemUTC());
        store = f.store();
        refresh = new RefreshService(f.arm(), planes, store, Kinds.CATALOG, Clock.systemUTC());
        refresh.refreshAll(RefreshListener.NONE);
    }

    /** The cached registry whose login server this is. */
    public CachedResource registry(String loginServer) {
        return store.resources(f.arm().session().cacheScope(), RegistryKind.KIND).stream()
                .filter(r -> r.json().contains("\"" + loginServer + "\"")).findFirst().orElseThrow();
    }

    public List<CachedResource> children(CachedResource parent, ResourceKind kind) {
        return store.listingRows(f.arm().session().cacheScope(), ListingKeys.children(parent.id(), kind));
    }

    /** What opening the registry's Repositories folder, then each repository's Tags and Manifests, reads. */
    public void cacheEverything(CachedResource registry) {
        assertThat(refresh.refreshChildren(registry, RepositoryKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        for (CachedResource repository : children(registry, RepositoryKind.KIND)) {
            assertThat(refresh.refreshChildren(repository, TagKind.KIND, RefreshListener.NONE).failures()).isEmpty();
            assertThat(refresh.refreshChildren(repository, ManifestKind.KIND, RefreshListener.NONE).failures()).isEmpty();
        }
    }

    @Override
    public void close() {
        f.close();
    }
}
