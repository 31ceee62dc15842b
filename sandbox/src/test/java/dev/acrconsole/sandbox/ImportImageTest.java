package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Registries_ImportImage copies into a registry's data plane, by tag, by digest and from the public catalog. */
class ImportImageTest {

    private static final String PROD = DataPlaneStateTest.PROD;
    private static final String DEV = DataPlaneStateTest.DEV;
    private static SandboxServer server;
    private static TestClient client;
    private static String dev;
    private static String prodId;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0)
                .withBigRepositoryTags(0));
        client = new TestClient(server);
        dev = client.registryPath("contosodevacr");
        prodId = client.registry("contosoprodacr").id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sends the import (any api-version the registry has) and follows its Location to the end; the final status. */
    private static HttpResponse<String> importAndWait(String version, String body) {
        HttpResponse<String> accepted = client.send("POST", dev + "/importImage?api-version=" + version, body);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        URI location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> r = client.get(location);
        for (int i = 0; i < 20 && r.statusCode() == 202; i++) {
            r = client.get(location);
        }
        return r;
    }

    @Test
    void byTagFromAnotherRegistryToTargetTagsAndAnUntaggedRepository() {
        String digest = server.dataPlaneContents().digest(PROD, "nginx", "1.27");
        HttpResponse<String> done = importAndWait("2019-05-01", "{\"source\":{\"resourceId\":\"" + prodId
                + "\",\"sourceImage\":\"nginx:1.27\"},\"targetTags\":[\"imported/nginx:1.27\",\"imported/nginx:prod\"],"
                + "\"untaggedTargetRepositories\":[\"imported/untagged\"],\"mode\":\"noforce\"}");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(server.dataPlaneContents().tags(DEV, "imported/nginx")).containsExactly("1.27", "prod");
        assertThat(server.dataPlaneContents().digest(DEV, "imported/nginx", "prod")).isEqualTo(digest);
        assertThat(server.dataPlaneContents().repositories(DEV)).contains("imported/untagged");
        assertThat(server.dataPlaneContents().tags(DEV, "imported/untagged")).isEmpty();
    }

    @Test
    void byDigestWithTheTargetTagOmittedTakesLatestAndFromThePublicCatalog() {
        String digest = server.dataPlaneContents().digest(PROD, "nginx", "stable");
        assertThat(importAndWait("2025-11-01", "{\"source\":{\"resourceId\":\"" + prodId + "\",\"sourceImage\":\"nginx@"
                + digest + "\"},\"targetTags\":[\"bydigest/nginx\"]}").statusCode()).isEqualTo(204);
        assertThat(server.dataPlaneContents().digest(DEV, "bydigest/nginx", "latest")).isEqualTo(digest);

        assertThat(importAndWait("2025-11-01", "{\"source\":{\"registryUri\":\"registry.hub.docker.com\","
                + "\"sourceImage\":\"library/hello-world\"},\"targetTags\":[\"hub/hello-world:latest\"]}").statusCode()).isEqualTo(204);
        assertThat(server.dataPlaneContents().tags(DEV, "hub/hello-world")).containsExactly("latest");
    }

    @Test
    void noForceRefusesAnExistingTargetTagWithArmsConflictAndForceMovesIt() {
        String body = "{\"source\":{\"resourceId\":\"" + prodId + "\",\"sourceImage\":\"nginx:1.25\"},"
                + "\"targetTags\":[\"forced/nginx:stable\"]";
        assertThat(importAndWait("2025-11-01", body + "}").statusCode()).isEqualTo(204);
        String before = server.dataPlaneContents().digest(DEV, "forced/nginx", "stable");
        HttpResponse<String> refused = client.send("POST", dev + "/importImage?api-version=2025-11-01",
                body.replace("1.25", "1.27") + ",\"mode\":\"NoForce\"}");
        TestClient.assertArmError(refused, 409, "Conflict");
        assertThat(TestClient.json(refused).at("/error/message").asText()).contains("forced/nginx:stable already exists in target registry");
        assertThat(server.dataPlaneContents().digest(DEV, "forced/nginx", "stable")).isEqualTo(before);

        assertThat(importAndWait("2025-11-01", body.replace("1.25", "1.27") + ",\"mode\":\"Force\"}").statusCode()).isEqualTo(204);
        assertThat(server.dataPlaneContents().digest(DEV, "forced/nginx", "stable"))
                .isEqualTo(server.dataPlaneContents().digest(PROD, "nginx", "1.27"));
    }

    @Test
    void anImportStillRunningWhenTheSandboxStopsLandsAfterTheNextStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        SandboxConfig config = SandboxConfig.defaults().withStateFile(dir.resolve("state.json")).withBigRepositoryTags(0)
                .withOperationDuration(Duration.ofMillis(1500)).withRetryAfterSeconds(0);
        URI location;
        try (SandboxServer first = SandboxServer.start(config)) {
            TestClient c = new TestClient(first);
            HttpResponse<String> accepted = c.send("POST", c.registryPath("contosodevacr") + "/importImage?api-version=2025-11-01",
                    "{\"source\":{\"registryUri\":\"docker.io\",\"sourceImage\":\"library/alpine:3.20\"}}");
            assertThat(accepted.statusCode()).isEqualTo(202);
            location = URI.create(accepted.headers().firstValue("Location").orElseThrow());
            assertThat(first.dataPlaneContents().repositories(DEV)).doesNotContain("library/alpine");
        }
        try (SandboxServer second = SandboxServer.start(config)) {
            TestClient c = new TestClient(second);
            URI again = URI.create(second.baseUrl().toString().replaceAll("/$", "") + location.getRawPath() + "?" + location.getRawQuery());
            HttpResponse<String> r = c.get(again);
            for (int i = 0; i < 50 && r.statusCode() == 202; i++) {
                Thread.sleep(100);
                r = c.get(again);
            }
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(second.dataPlaneContents().tags(DEV, "library/alpine")).containsExactly("3.20");
        }
    }

    @Test
    void malformedReferencesAreRefusedAtOnceAndAMissingSourceFailsTheOperation() {
        TestClient.assertArmError(client.send("POST", dev + "/importImage?api-version=2025-11-01",
                "{\"source\":{\"resourceId\":\"" + prodId + "\",\"sourceImage\":\"Nginx::1\"}}"), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("POST", dev + "/importImage?api-version=2025-11-01",
                "{\"source\":{\"resourceId\":\"" + prodId + "\",\"sourceImage\":\"nginx:1.27\"},\"targetTags\":[\"a:b:c\"]}"),
                400, "InvalidParameter");
        TestClient.assertArmError(client.send("POST", dev + "/importImage?api-version=2025-11-01",
                "{\"source\":{\"sourceImage\":\"nginx:1.27\"}}"), 400, "InvalidParameter");
        HttpResponse<String> failed = importAndWait("2025-11-01", "{\"source\":{\"resourceId\":\"" + prodId
                + "\",\"sourceImage\":\"nginx:nope\"},\"targetTags\":[\"missing/nginx:x\"]}");
        TestClient.assertArmError(failed, 404, "NotFound");
        assertThat(server.dataPlaneContents().repositories(DEV)).doesNotContain("missing/nginx");
    }
}
