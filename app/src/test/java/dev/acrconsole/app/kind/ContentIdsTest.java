package dev.acrconsole.app.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.cache.CachedResource;
import org.junit.jupiter.api.Test;

class ContentIdsTest {
    private static final String REGISTRY =
            "/subscriptions/s/resourceGroups/repositories/providers/Microsoft.ContainerRegistry/registries/contoso";

    @Test
    void aRepositoryNamedLikeTheMarkersIsStillFoundWhole() {
        // A resource group called "repositories" and a repository with "repositories" in its path.
        String repo = ContentIds.repository(REGISTRY, "team/repositories/app");
        String manifest = ContentIds.manifest(repo, "sha256:ABC");

        assertThat(ContentIds.repositoryName(manifest)).isEqualTo("team/repositories/app");
        assertThat(ContentIds.registryId(manifest)).isEqualTo(REGISTRY);
        assertThat(ContentIds.parent(manifest)).isEqualTo(repo);
        assertThat(ContentIds.parent(repo)).isEqualTo(REGISTRY);
        assertThat(ContentIds.repositoryName(REGISTRY)).isNull();
    }

    @Test
    void tagsThatDifferOnlyInCaseKeepDifferentIdsInTheCache() {
        String repo = ContentIds.repository(REGISTRY, "web");
        String upper = ContentIds.tag(repo, "Latest");
        String lower = ContentIds.tag(repo, "latest");

        // The cache compares ids lower-cased: the two must still be two rows, and each still says its own name.
        assertThat(CachedResource.idKey(upper)).isNotEqualTo(CachedResource.idKey(lower));
        assertThat(ContentIds.displayName(CachedResource.idKey(upper))).isEqualTo("web:Latest");
        assertThat(ContentIds.displayName(CachedResource.idKey(ContentIds.repository(REGISTRY, "apps/web"))))
                .isEqualTo("apps/web");
        assertThat(ContentIds.parent(upper)).isEqualTo(repo);
    }
}
