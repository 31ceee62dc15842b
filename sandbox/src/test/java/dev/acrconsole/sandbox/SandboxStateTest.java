package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox given a state file, stopped and started again, over HTTPS as a client sees it. */
class SandboxStateTest {

    private static final String V = "?api-version=2025-11-01";
    private static final String TASKS = "?api-version=2019-06-01-preview";
    private static final String BUILD = "{\"type\":\"DockerBuildRequest\",\"dockerFilePath\":\"Dockerfile\","
            + "\"sourceLocation\":\"https://github.com/contoso/webapp.git\",\"imageNames\":[\"webapp:v1\"],\"platform\":{\"os\":\"Linux\"}}";

    @TempDir
    Path dir;

    private SandboxServer server;
    private TestClient client;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private SandboxConfig kept() {
        return SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0)
                .withStateFile(dir.resolve("sandbox-state.json"));
    }

    private void start(SandboxConfig config) {
        if (server != null) {
            server.close();
        }
        server = SandboxServer.start(config);
        client = new TestClient(server);
    }

    private String group() {
        SandboxData.ResourceGroup g = server.data().resourceGroups().getFirst();
        return "subscriptions/" + g.subscriptionId() + "/resourceGroups/" + g.name();
    }

    private String registry(String name) {
        return group() + "/providers/Microsoft.ContainerRegistry/registries/" + name;
    }

    private static String newRegistry() {
        return "{\"location\":\"eastus\",\"sku\":{\"name\":\"Standard\"},\"properties\":{\"adminUserEnabled\":true}}";
    }

    private String scheduleRun() {
        HttpResponse<String> scheduled = client.send("POST", client.registryPath("contosoprodacr") + "/scheduleRun" + TASKS, BUILD);
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(200);
        return TestClient.json(scheduled).get("name").asText();
    }

    @Test
    void withoutAStateFileEveryStartIsTheSampleAndNothingIsWritten() throws Exception {
        start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0));
        client.putAndWait(registry("notkept1") + V, newRegistry());
        String firstId = server.id();
        assertThat(scheduleRun()).isEqualTo("cs1");

        start(SandboxConfig.defaults());
        assertThat(client.get(registry("notkept1") + V).statusCode()).isEqualTo(404);
        assertThat(server.id()).isNotEqualTo(firstId);
        assertThat(scheduleRun()).as("a sandbox of its own numbers its runs from 1").isEqualTo("cs1");
        assertThat(server.stateFile()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void whatWasWrittenIsThereAfterARestartAndAnOperationRunningAtTheStopEndsAfterIt() throws Exception {
        start(kept());
        client.putAndWait(registry("keptreg1") + V, newRegistry());
        String victim = server.data().registries().stream().filter(r -> r.id().startsWith("/" + group()))
                .filter(r -> !r.name().equals("contosoprodacr"))
                .findFirst().orElseThrow().name();
        HttpResponse<String> deleted = client.send("DELETE", registry(victim) + V, null);
        assertThat(deleted.statusCode()).isEqualTo(202);
        Thread.sleep(400);
        assertThat(client.get(registry(victim) + V).statusCode()).as("deleted before the stop").isEqualTo(404);
        String run = scheduleRun();
        // An operation still running when the sandbox stops: its status URL is followed after the restart.
        HttpResponse<String> updating = client.send("PATCH", registry("keptreg1") + V, "{\"tags\":{\"team\":\"edge\"}}");
        String status = URI.create(updating.headers().firstValue("Azure-AsyncOperation").orElseThrow()).getRawPath()
                + "?" + URI.create(updating.headers().firstValue("Azure-AsyncOperation").orElseThrow()).getRawQuery();
        String id = server.id();

        start(kept());
        assertThat(server.id()).as("the same sandbox").isEqualTo(id);
        assertThat(server.stateNote()).isEmpty();
        assertThat(TestClient.json(client.get(registry("keptreg1") + V)).at("/properties/loginServer").asText())
                .isEqualTo("keptreg1.azurecr.io");
        assertThat(client.get(registry(victim) + V).statusCode()).as("still deleted").isEqualTo(404);
        JsonNode ended = client.pollStatus(server.baseUrl().resolve(status.substring(1)).toString());
        assertThat(ended.get("status").asText()).isEqualTo("Succeeded");
        assertThat(TestClient.json(client.get(registry("keptreg1") + V)).at("/tags/team").asText()).isEqualTo("edge");
        assertThat(client.get(client.registryPath("contosoprodacr") + "/runs/" + run + TASKS).statusCode()).isEqualTo(200);
        assertThat(scheduleRun()).as("a run scheduled after the restart").isNotEqualTo(run);
    }

    @Test
    void anAnsweredWriteIsInTheFileBeforeTheSandboxStops() throws Exception {
        start(kept());
        HttpResponse<String> created = client.send("PUT", registry("ondisk01") + V, newRegistry());
        assertThat(created.statusCode()).isEqualTo(201);

        // Read while the sandbox still runs: what a kill -9 right after the answer would leave.
        JsonNode saved = TestClient.JSON.readTree(Files.readString(server.stateFile().orElseThrow()));
        assertThat(saved.get("sandboxId").asText()).isEqualTo(server.id());
        assertThat(saved.get("resources").findValuesAsText("id")).anyMatch(id -> id.endsWith("/registries/ondisk01"));
        assertThat(saved.get("operations").findValuesAsText("resourceId")).anyMatch(id -> id.endsWith("/registries/ondisk01"));
    }

    @Test
    void aResetStartsFromTheSampleWithANewIdAndRunIdsGoOnFromBeforeIt() throws Exception {
        start(kept());
        client.putAndWait(registry("resetreg1") + V, newRegistry());
        String before = scheduleRun();
        String id = server.id();

        server.reset();

        assertThat(server.id()).isNotEqualTo(id);
        assertThat(client.get(registry("resetreg1") + V).statusCode()).isEqualTo(404);
        assertThat(client.get(client.registryPath("contosoprodacr") + "/runs/" + before + TASKS).statusCode()).isEqualTo(404);
        for (SandboxData.Registry r : server.data().registries()) {
            assertThat(client.get(r.id().substring(1) + V).statusCode()).as(r.name()).isEqualTo(200);
        }
        String after = scheduleRun();
        assertThat(Long.parseLong(after.substring(2), 36)).as("run numbers go on").isGreaterThan(Long.parseLong(before.substring(2), 36));

        start(kept());
        assertThat(server.id()).as("the reset sandbox is the one kept").isNotEqualTo(id);
        assertThat(client.get(registry("resetreg1") + V).statusCode()).isEqualTo(404);
        assertThat(client.get(client.registryPath("contosoprodacr") + "/runs/" + after + TASKS).statusCode()).isEqualTo(200);
    }

    @Test
    void aStateFileThatCannotBeReadIsMovedAsideAndTheSampleServedWithANote() throws Exception {
        Path file = dir.resolve("sandbox-state.json");
        Files.writeString(file, "{\"format\":1,\"sandboxId\":\"x\",\"sample\":\"default seed 42\",\"resources\":[{\"id\":");

        start(kept());

        assertThat(server.stateNote()).hasValueSatisfying(note -> assertThat(note)
                .contains("could not be used", "not JSON", "moved to sandbox-state.json.damaged-", "started again from its sample"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("sandbox-state.json.damaged-"));
        }
        assertThat(client.get(client.registryPath("contosoprodacr") + V).statusCode()).isEqualTo(200);
        assertThat(Files.readString(file)).as("a fresh state, written at once").contains(server.id());
    }

    @Test
    void theStateFileHoldsTheSandboxsOwnSecretsSoOnlyItsOwnerCanReadIt() throws Exception {
        start(kept());
        client.putAndWait(registry("secretreg1") + V, newRegistry());
        JsonNode credentials = TestClient.json(client.send("POST", registry("secretreg1") + "/listCredentials" + V, null));
        String password = credentials.at("/passwords/0/value").asText();

        start(kept());
        assertThat(TestClient.json(client.send("POST", registry("secretreg1") + "/listCredentials" + V, null))
                .at("/passwords/0/value").asText()).as("the admin password after a restart").isEqualTo(password);
        Path file = server.stateFile().orElseThrow();
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }
}
