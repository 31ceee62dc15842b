package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data-plane writes are kept by the state file like ARM's, survive a restart, and a reset brings the sample back. */
class DataPlaneStateTest {

    static final String PROD = DataPlaneTest.PROD;
    static final String DEV = "contosodevacr.azurecr.io";

    @TempDir
    Path dir;

    @Test
    void deletesAndAttributeChangesSurviveARestartAndResetUndoesThem() throws Exception {
        Path file = dir.resolve("state.json");
        SandboxConfig config = SandboxConfig.defaults().withStateFile(file).withBigRepositoryTags(50);
        String tokenPassword;
        try (SandboxServer first = SandboxServer.start(config)) {
            DataPlaneClient c = new DataPlaneClient(first, PROD);
            String bearer = c.admin("repository:nginx:delete,metadata_write", "repository:legacy/api:delete");
            assertThat(c.send("DELETE", "acr/v1/nginx/_tags/1.25", bearer, null, null).statusCode()).isEqualTo(202);
            assertThat(c.send("PATCH", "acr/v1/nginx", bearer, null, "{\"writeEnabled\":false}").statusCode()).isEqualTo(200);
            assertThat(c.send("DELETE", "acr/v1/legacy/api", bearer, null, null).statusCode()).isEqualTo(202);
            // A token password made through ARM works after the restart too (its hash is kept).
            TestClient arm = new TestClient(first);
            String registry = arm.registryPath("contosoprodacr");
            first.tokenPasswords().plant("kept-secret");
            arm.send("POST", registry + "/generateCredentials?api-version=2025-11-01", "{\"tokenId\":\"/" + registry
                    + "/tokens/seattlestore01-sync-token\",\"name\":\"password1\"}");
            tokenPassword = "kept-secret";
        }
        assertThat(Files.readString(file)).contains("\"dataPlane\"", "deleteTag", "tokenPasswordHashes").doesNotContain("kept-secret");

        try (SandboxServer second = SandboxServer.start(config)) {
            assertThat(second.dataPlaneContents().tags(PROD, "nginx")).containsExactly("1.27", "stable");
            assertThat(second.dataPlaneContents().repositories(PROD)).doesNotContain("legacy/api").contains("nginx");
            DataPlaneClient c = new DataPlaneClient(second, PROD);
            String bearer = c.admin("repository:nginx:metadata_read");
            assertThat(DataPlaneClient.json(c.get("acr/v1/nginx", bearer)).at("/changeableAttributes/writeEnabled").asBoolean()).isFalse();
            assertThat(c.get("v2/", DataPlaneClient.basic("seattlestore01-sync-token", tokenPassword)).statusCode()).isEqualTo(200);

            second.reset();
            assertThat(second.dataPlaneContents().tags(PROD, "nginx")).containsExactly("1.25", "1.27", "stable");
            assertThat(second.dataPlaneContents().repositories(PROD)).contains("legacy/api");
        }
    }

    @Test
    void aTagMovedOrAddedByTheTestHookIsServedAndKeptAcrossARestart() throws Exception {
        Path file = dir.resolve("state.json");
        SandboxConfig config = SandboxConfig.defaults().withStateFile(file).withBigRepositoryTags(0);
        String newer;
        try (SandboxServer first = SandboxServer.start(config)) {
            var contents = first.dataPlaneContents();
            newer = contents.digest(PROD, "nginx", "1.27");
            assertThat(contents.digest(PROD, "nginx", "1.25")).isNotEqualTo(newer);
            contents.tag(PROD, "nginx", "1.25", newer);
            contents.tag(PROD, "nginx", "mainline", newer);
            DataPlaneClient c = new DataPlaneClient(first, PROD);
            String bearer = c.admin("repository:nginx:metadata_read");
            assertThat(DataPlaneClient.json(c.get("acr/v1/nginx/_tags/1.25", bearer)).at("/tag/digest").asText()).isEqualTo(newer);
            assertThat(DataPlaneClient.json(c.get("acr/v1/nginx/_tags/mainline", bearer)).at("/tag/digest").asText()).isEqualTo(newer);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> contents.tag(PROD, "nginx", "x", "sha256:00"))
                    .isInstanceOf(IllegalArgumentException.class);
            // Imported into another registry: the same digest there, its manifest and blobs served.
            contents.importImage(PROD, "nginx", newer, DEV, "imported/nginx", "1.27");
            DataPlaneClient dev = new DataPlaneClient(first, DEV);
            String devBearer = dev.admin("repository:imported/nginx:pull,metadata_read");
            assertThat(DataPlaneClient.json(dev.get("acr/v1/imported/nginx/_tags/1.27", devBearer)).at("/tag/digest").asText())
                    .isEqualTo(newer);
            var manifest = dev.send("GET", "v2/imported/nginx/manifests/" + newer, devBearer, "*/*", null);
            assertThat(manifest.statusCode()).isEqualTo(200);
            String layer = DataPlaneClient.json(manifest).at("/layers/0/digest").asText();
            assertThat(dev.get("v2/imported/nginx/blobs/" + layer, devBearer).statusCode()).isEqualTo(200);
        }
        try (SandboxServer second = SandboxServer.start(config)) {
            assertThat(second.dataPlaneContents().tags(PROD, "nginx")).containsExactly("1.25", "1.27", "mainline", "stable");
            assertThat(second.dataPlaneContents().digest(DEV, "imported/nginx", "1.27")).isEqualTo(newer);
            assertThat(second.dataPlaneContents().digest(PROD, "nginx", "1.25")).isEqualTo(newer);
        }
    }

    @Test
    void aStateFileFromBeforeTheDataPlaneIsReadAndServesTheSample() throws Exception {
        Path file = dir.resolve("old.json");
        SandboxConfig config = SandboxConfig.defaults().withStateFile(file).withBigRepositoryTags(0)
                .withOperationDuration(Duration.ZERO);
        try (SandboxServer first = SandboxServer.start(config)) {
            first.id();
        }
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) TestClient.JSON.readTree(file.toFile());
        root.remove("dataPlane");
        root.remove("tokenPasswordHashes");
        Files.writeString(file, root.toString());
        try (SandboxServer second = SandboxServer.start(config)) {
            assertThat(second.stateNote()).isEmpty();
            assertThat(second.dataPlaneContents().tags(PROD, "nginx")).containsExactly("1.25", "1.27", "stable");
        }
    }
}
