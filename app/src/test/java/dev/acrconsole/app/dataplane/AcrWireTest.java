package dev.acrconsole.app.dataplane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the data plane's headers and paths are read: challenges, next pages, which repository a call is about. */
class AcrWireTest {
    @Test
    void aChallengeSaysWhereAndForWhatToAskForAToken() {
        AcrChallenge c = AcrChallenge.parse("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\","
                + "service=\"contoso.azurecr.io\",scope=\"repository:samples/hello:pull\"");

        assertThat(c).isEqualTo(new AcrChallenge("https://contoso.azurecr.io/oauth2/token", "contoso.azurecr.io",
                "repository:samples/hello:pull"));
        assertThat(AcrChallenge.parse("Basic realm=\"x\"")).isNull();
        assertThat(AcrChallenge.parse(null)).isNull();
    }

    @Test
    void theNextPageIsTheLinkHeadersNextRelation() {
        assertThat(DataPlane.next("</acr/v1/web/_tags?last=v9&n=100&orderby=>; rel=\"next\""))
                .isEqualTo("/acr/v1/web/_tags?last=v9&n=100&orderby=");
        assertThat(DataPlane.next(null)).isNull();
        assertThat(DataPlane.next("</x>; rel=\"prev\"")).isNull();
    }

    @Test
    void aCallIsAboutTheRepositoryInItsPathSlashesAndAll() {
        assertThat(AcrPaths.repositoryOf("/acr/v1/_catalog")).isEqualTo("catalog");
        assertThat(AcrPaths.repositoryOf("/v2/_catalog")).isEqualTo("catalog");
        assertThat(AcrPaths.repositoryOf("/acr/v1/samples/hello/_tags")).isEqualTo("samples/hello");
        assertThat(AcrPaths.repositoryOf("/acr/v1/samples/hello")).isEqualTo("samples/hello");
        assertThat(AcrPaths.repositoryOf("/v2/samples/hello/manifests/v1")).isEqualTo("samples/hello");
        assertThat(AcrPaths.repositoryOf("/v2/a/tags/b/referrers/sha256:1")).isEqualTo("a/tags/b");
        assertThat(AcrPaths.repositoryOf("/v2/")).isEmpty();
    }
}
