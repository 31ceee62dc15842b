package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.containers.containerregistry.ContainerRegistryClient;
import com.azure.containers.containerregistry.ContainerRegistryClientBuilder;
import com.azure.containers.containerregistry.ContainerRegistryContentClient;
import com.azure.containers.containerregistry.ContainerRegistryContentClientBuilder;
import com.azure.containers.containerregistry.ContainerRepository;
import com.azure.containers.containerregistry.RegistryArtifact;
import com.azure.containers.containerregistry.models.ArtifactManifestOrder;
import com.azure.containers.containerregistry.models.ArtifactManifestProperties;
import com.azure.containers.containerregistry.models.ArtifactTagOrder;
import com.azure.containers.containerregistry.models.ContainerRegistryAudience;
import com.azure.containers.containerregistry.models.GetManifestResult;
import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The real SDK the app uses (azure-containers-containerregistry, JDK HTTP client) browses the data plane: its
 * challenge-driven auth (exchange, token, JWT expiry), paging through Link headers, and the metadata shapes.
 */
class DataPlaneSdkTest {

    static SandboxServer sandbox;
    static HttpClient http;
    static final TokenCredential ENTRA = request -> Mono.just(new AccessToken(SandboxServer.token(), OffsetDateTime.now().plusHours(1)));

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults().withBigRepositoryTags(450));
        http = new JdkHttpClientBuilder(java.net.http.HttpClient.newBuilder().sslContext(TestClient.trustOnly(sandbox.certificate()))).build();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    static ContainerRegistryClient client(String loginServer) {
        return new ContainerRegistryClientBuilder().endpoint(sandbox.dataPlaneUrl(loginServer).orElseThrow().toString())
                .credential(ENTRA).audience(ContainerRegistryAudience.AZURE_RESOURCE_MANAGER_PUBLIC_CLOUD)
                .httpClient(http).buildClient();
    }

    @Test
    void listsRepositoriesTagsAndManifestsWithEntraAuth() {
        ContainerRegistryClient client = client(DataPlaneTest.PROD);
        assertThat(client.listRepositoryNames().stream().toList())
                .containsExactly("apps/web", "legacy/api", "nginx", "samples/hello-world", "stress/many-tags", "tools/base");

        ContainerRepository web = client.getRepository("apps/web");
        assertThat(web.getProperties().getTagCount()).isEqualTo(5);
        List<ArtifactManifestProperties> manifests = web.listManifestProperties(ArtifactManifestOrder.LAST_UPDATED_ON_DESCENDING).stream().toList();
        assertThat(manifests).hasSize(9);
        assertThat(manifests.get(0).getLastUpdatedOn()).isAfterOrEqualTo(manifests.get(manifests.size() - 1).getLastUpdatedOn());

        RegistryArtifact hello = client.getArtifact("samples/hello-world", "latest");
        ArtifactManifestProperties index = hello.getManifestProperties();
        assertThat(index.getRelatedArtifacts()).hasSize(3);
        assertThat(index.getRelatedArtifacts().stream().map(p -> p.getOperatingSystem().toString()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("linux", "windows");
        assertThat(hello.listTagProperties().stream().map(t -> t.getName()).toList()).containsExactlyInAnyOrder("latest", "v1");

        // The big repository: every tag of the one image, paged by the SDK through Link headers.
        RegistryArtifact first = client.getArtifact("stress/many-tags", "build-00001");
        assertThat(first.listTagProperties(ArtifactTagOrder.NONE).streamByPage(5).count()).isGreaterThan(1);
        assertThat(client.getRepository("stress/many-tags").getProperties().getTagCount()).isEqualTo(450);
    }

    @Test
    void downloadsManifestsAndRefusesLockedDeletes() {
        String url = sandbox.dataPlaneUrl(DataPlaneTest.PROD).orElseThrow().toString();
        ContainerRegistryContentClient content = new ContainerRegistryContentClientBuilder().endpoint(url)
                .repositoryName("apps/web").credential(ENTRA).audience(ContainerRegistryAudience.AZURE_RESOURCE_MANAGER_PUBLIC_CLOUD)
                .httpClient(http).buildClient();
        GetManifestResult manifest = content.getManifest("1.3.0");
        assertThat(manifest.getDigest()).startsWith("sha256:");
        assertThat(manifest.getManifestMediaType().toString()).isEqualTo("application/vnd.oci.image.manifest.v1+json");

        RegistryArtifact locked = client(DataPlaneTest.PROD).getArtifact("apps/web", "1.0.0");
        assertThatThrownBy(() -> locked.deleteTag("1.0.0")).isInstanceOf(HttpResponseException.class)
                .satisfies(e -> assertThat(((HttpResponseException) e).getResponse().getStatusCode()).isEqualTo(405))
                .hasMessageContaining("REGISTRY_DISALLOWED_OPERATION");
    }
}
