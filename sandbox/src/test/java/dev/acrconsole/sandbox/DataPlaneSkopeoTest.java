package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent OCI client, Debian's skopeo, browses the data plane: the Docker token flow (GET /oauth2/token with
 * Basic), tag lists paged by Link, and manifests it checks against their digests. It trusts the sandbox's certificate
 * through --cert-dir (ca.crt), not --tls-verify=false. Skipped, loudly, where skopeo is not installed (.ci/run
 * installs it).
 */
class DataPlaneSkopeoTest {

    @TempDir
    static Path certs;

    @BeforeAll
    static void needsSkopeo() {
        boolean installed = List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "skopeo")));
        if (!installed) {
            System.err.println("DataPlaneSkopeoTest SKIPPED: skopeo is not installed (apt-get install -y skopeo)");
        }
        Assumptions.assumeTrue(installed, "skopeo is not installed");
    }

    @Test
    void skopeoListsTagsAndInspectsManifestsWithTheAdminUser() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults().withBigRepositoryTags(0))) {
            Files.writeString(certs.resolve("ca.crt"), sandbox.certificatePem());
            String dev = DataPlaneTest.DEV;
            SandboxServer.DataPlaneLogin login = sandbox.dataPlaneLogin(dev).orElseThrow();
            String host = sandbox.dataPlaneUrl(dev).orElseThrow().getAuthority();
            String creds = login.username() + ":" + login.password();

            JsonNode tags = TestClient.JSON.readTree(skopeo("list-tags", "--creds", creds, "--cert-dir", certs.toString(),
                    "docker://" + host + "/samples/hello-world"));
            assertThat(tags.path("Tags").toString()).contains("latest", "v0", "v1");

            String raw = skopeo("inspect", "--raw", "--creds", creds, "--cert-dir", certs.toString(),
                    "docker://" + host + "/samples/hello-world:latest");
            assertThat(TestClient.JSON.readTree(raw).path("mediaType").asText()).isEqualTo(DataPlaneTest.INDEX);
            assertThat(DataPlaneTest.sha256(raw.getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(sandbox.dataPlaneContents().digest(dev, "samples/hello-world", "latest"));

            // skopeo picks its platform's image from the index, and checks its config blob's digest.
            JsonNode inspected = TestClient.JSON.readTree(skopeo("inspect", "--override-os", "linux", "--override-arch", "arm64",
                    "--creds", creds, "--cert-dir", certs.toString(), "docker://" + host + "/samples/hello-world:v1"));
            assertThat(inspected.path("Architecture").asText()).isEqualTo("arm64");
            assertThat(inspected.path("Os").asText()).isEqualTo("linux");

            // The null user with a refresh token, as printed for registries without an admin user.
            String prod = DataPlaneTest.PROD;
            SandboxServer.DataPlaneLogin token = sandbox.dataPlaneLogin(prod).orElseThrow();
            String prodHost = sandbox.dataPlaneUrl(prod).orElseThrow().getAuthority();
            String docker = skopeo("inspect", "--raw", "--creds", token.username() + ":" + token.password(), "--cert-dir",
                    certs.toString(), "docker://" + prodHost + "/legacy/api:2.4");
            assertThat(docker).contains("application/vnd.docker.distribution.manifest.list.v2+json");
        }
    }

    private static String skopeo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("skopeo", "--command-timeout", "60s"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("skopeo %s: %s", String.join(" ", args), err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
