package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tasks, runs (with $filter, $top and paging), run logs, task runs and agent pools, over HTTPS. */
class TasksAndRunsTest {

    private static final String OLD = "?api-version=2019-06-01-preview";
    private static final String NEW = "?api-version=2025-03-01-preview";
    private static SandboxServer server;
    private static TestClient client;
    private static String prod;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0));
        server.runs().setRunDuration(Duration.ofMillis(1500));
        client = new TestClient(server);
        SandboxData.Registry r = server.data().registries().stream().filter(x -> x.name().equals("contosoprodacr")).findFirst().orElseThrow();
        prod = r.id().substring(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void bothApiVersionsAnswerTheSameShapes() {
        JsonNode old = TestClient.json(client.get(prod + "/tasks/build-webapp" + OLD));
        JsonNode current = TestClient.json(client.get(prod + "/tasks/build-webapp" + NEW));
        assertThat(old).isEqualTo(current);
        assertThat(current.at("/properties/step/type").asText()).isEqualTo("Docker");
        // 2018-09-01 is the first published tasks version; 2025-11-01 is a registries version, not a tasks one.
        assertThat(TestClient.json(client.get(prod + "/tasks/build-webapp?api-version=2018-09-01"))).isEqualTo(current);
        assertThat(client.get(prod + "/tasks?api-version=2025-11-01").statusCode()).isEqualTo(400);
    }

    @Test
    void runsAreFilteredByStatusAndTaskNewestFirstCappedByTopAndPaged() {
        String filter = "TaskName eq 'build-webapp' and (Status eq 'Succeeded' or Status eq 'Failed')";
        List<Integer> pages = new ArrayList<>();
        List<JsonNode> runs = ListAndGetTest.followPages(client, server,
                client.uri(prod + "/runs" + NEW + "&$filter=" + encode(filter) + "&$top=12"), pages);
        assertThat(runs).hasSize(12);
        assertThat(pages).containsExactly(5, 5, 2); // the nextLink carried $filter and $top
        assertThat(runs).allSatisfy(r -> {
            assertThat(r.at("/properties/task").asText()).isEqualTo("build-webapp");
            assertThat(r.at("/properties/status").asText()).isIn("Succeeded", "Failed");
        });
        List<String> created = runs.stream().map(r -> r.at("/properties/createTime").asText()).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(server.runs().listQueries()).contains(new Runs.ListQuery("contosoprodacr", filter, 12));
    }

    @Test
    void aTimeRangeAndRunTypeFilterAndContains() {
        String filter = "CreateTime ge 2025-08-20T00:00:00Z and CreateTime lt 2025-08-25T00:00:00Z and RunType eq 'AutoRun'"
                + " and contains(TaskName, 'scan')";
        List<JsonNode> runs = ListAndGetTest.followPages(client, server,
                client.uri(prod + "/runs" + NEW + "&$filter=" + encode(filter)), new ArrayList<>());
        assertThat(runs).isNotEmpty().allSatisfy(r -> {
            assertThat(r.at("/properties/createTime").asText()).isBetween("2025-08-20", "2025-08-25");
            assertThat(r.at("/properties/task").asText()).isEqualTo("nightly-scan");
        });
    }

    @Test
    void badFiltersAndTopsAreRefusedWithArmsError() {
        HttpResponse<String> not = client.get(prod + "/runs" + NEW + "&$filter=" + encode("not Status eq 'Failed'"));
        assertThat(not.statusCode()).isEqualTo(400);
        assertThat(TestClient.json(not).at("/error/code").asText()).isEqualTo("InvalidFilter");
        assertThat(TestClient.json(client.get(prod + "/runs" + NEW + "&$filter=" + encode("Colour eq 'red'")))
                .at("/error/message").asText()).contains("unknown field 'Colour'");
        assertThat(client.get(prod + "/runs" + NEW + "&$top=0").statusCode()).isEqualTo(400);
    }

    @Test
    void sampleRunsCoverEveryStatus() {
        List<JsonNode> runs = ListAndGetTest.followPages(client, server, client.uri(prod + "/runs" + NEW), new ArrayList<>());
        assertThat(runs).extracting(r -> r.at("/properties/status").asText())
                .contains("Queued", "Started", "Running", "Succeeded", "Failed", "Canceled", "Error", "Timeout");
    }

    @Test
    void aScheduledRunMovesFromQueuedToSucceededWhileItsLogGrowsThenIsComplete() throws Exception {
        HttpResponse<String> scheduled = client.send("POST", prod + "/scheduleRun" + OLD,
                "{\"type\":\"DockerBuildRequest\",\"dockerFilePath\":\"Dockerfile\",\"sourceLocation\":\"https://github.com/contoso/webapp.git\","
                        + "\"imageNames\":[\"webapp:v1\"],\"platform\":{\"os\":\"Linux\"}}");
        assertThat(scheduled.statusCode()).isEqualTo(200);
        JsonNode run = TestClient.json(scheduled);
        assertThat(run.at("/properties/status").asText()).isEqualTo("Queued");
        String id = run.get("id").asText();

        URI log = URI.create(TestClient.json(client.send("POST", id.substring(1) + "/listLogSasUrl" + OLD, null)).get("logLink").asText());
        Thread.sleep(700);
        HttpResponse<String> partial = blob(log, "bytes=0-");
        assertThat(partial.statusCode()).isEqualTo(206);
        assertThat(partial.headers().firstValue("x-ms-meta-Complete")).isEmpty();
        assertThat(TestClient.json(client.get(id.substring(1) + OLD)).at("/properties/status").asText()).isEqualTo("Running");

        Thread.sleep(1200);
        JsonNode done = TestClient.json(client.get(id.substring(1) + OLD));
        assertThat(done.at("/properties/status").asText()).isEqualTo("Succeeded");
        assertThat(done.at("/properties/outputImages/0/repository").asText()).isEqualTo("webapp");
        HttpResponse<String> rest = blob(log, "bytes=" + partial.body().length() + "-");
        assertThat(rest.headers().firstValue("x-ms-meta-Complete")).hasValue("true");
        assertThat(partial.body() + rest.body()).startsWith(partial.body()).contains("was successful");
        assertThat(blob(log, "bytes=" + (partial.body() + rest.body()).getBytes(StandardCharsets.UTF_8).length + "-").statusCode())
                .as("past the end").isEqualTo(416);
    }

    @Test
    void aTamperedOrForeignSasIsRefused() {
        String id = "/" + prod + "/runs/" + server.data().tasks().runs().getFirst().runId();
        String link = TestClient.json(client.send("POST", id.substring(1) + "/listLogSasUrl" + NEW, null)).get("logLink").asText();
        assertThat(blob(URI.create(link), null).statusCode()).isEqualTo(200);
        String other = link.replace("/" + server.data().tasks().runs().getFirst().runId() + "/", "/ca2/");
        assertThat(blob(URI.create(other), null).statusCode()).isEqualTo(403);
    }

    @Test
    void aRunningRunIsCanceledAndAFinishedOneCannotBe() throws Exception {
        String running = TestClient.json(client.send("POST", prod + "/scheduleRun" + OLD,
                "{\"type\":\"FileTaskRunRequest\",\"taskFilePath\":\"acb.yaml\",\"sourceLocation\":\"https://github.com/contoso/tasks.git\"}"))
                .get("id").asText();
        Thread.sleep(400);
        assertThat(TestClient.json(client.get(running.substring(1) + OLD)).at("/properties/status").asText()).isEqualTo("Running");
        assertThat(client.send("POST", running.substring(1) + "/cancel" + OLD, null).statusCode()).isEqualTo(200);
        assertThat(TestClient.json(client.get(running.substring(1) + OLD)).at("/properties/status").asText()).isEqualTo("Canceled");
        HttpResponse<String> again = client.send("POST", running.substring(1) + "/cancel" + OLD, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(TestClient.json(again).at("/error/code").asText()).isEqualTo("RunNotCancellable");
    }

    @Test
    void theHugeSampleLogIsOver50MbAndServedInRangesWithoutBeingHeld() {
        TasksData.SampleRun huge = server.data().tasks().runs().stream()
                .filter(r -> r.logLines() == TaskSample.HUGE_LOG_LINES).findFirst().orElseThrow();
        String link = TestClient.json(client.send("POST", huge.id().substring(1) + "/listLogSasUrl" + NEW, null)).get("logLink").asText();
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(link)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        long length = Long.parseLong(head.headers().firstValue("Content-Length").orElseThrow());
        assertThat(length).isGreaterThan(50L * 1024 * 1024);
        assertThat(head.headers().firstValue("x-ms-meta-Complete")).hasValue("true");
        HttpResponse<String> tail = blob(URI.create(link), "bytes=" + (length - 4096) + "-" + (length - 1));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.headers().firstValue("Content-Range")).hasValue("bytes " + (length - 4096) + "-" + (length - 1) + "/" + length);
        assertThat(tail.body()).endsWith("(end of log " + huge.runId() + ")\n");
        assertThat(blob(URI.create(link), "bytes=0-99").body()).contains("Downloading source code");
    }

    @Test
    void agentPoolsAreCreatedScaledAndReportTheirQueue() throws Exception {
        String pool = prod + "/agentPools/testpool";
        HttpResponse<String> bad = client.send("PUT", pool + OLD, "{\"location\":\"eastus\",\"properties\":{\"tier\":\"S9\",\"count\":1}}");
        assertThat(TestClient.json(bad).at("/error/message").asText()).contains("S1, S2, S3, I6");
        assertThat(client.send("PUT", pool + OLD, "{\"location\":\"eastus\",\"properties\":{\"tier\":\"S1\",\"count\":1,\"os\":\"Linux\"}}")
                .statusCode()).isEqualTo(201);
        assertThat(client.send("PATCH", pool + OLD, "{\"properties\":{\"count\":3}}").statusCode()).isEqualTo(200);
        Thread.sleep(300);
        client.get(pool + OLD); // lets the operation end
        assertThat(TestClient.json(client.get(pool + OLD)).at("/properties/count").asInt()).isEqualTo(3);
        JsonNode queue = TestClient.json(client.send("POST", prod + "/agentPools/buildpool/listQueueStatus" + NEW, null));
        assertThat(queue.get("count").asInt()).isEqualTo(1); // the sample's queued release-api run
    }

    @Test
    void tasksRefuseABadCronAndListDetailsCarriesSecrets() {
        HttpResponse<String> bad = client.send("PUT", prod + "/tasks/cron-task" + OLD, "{\"location\":\"eastus\",\"properties\":{"
                + "\"platform\":{\"os\":\"Linux\"},\"step\":{\"type\":\"FileTask\",\"taskFilePath\":\"acb.yaml\"},"
                + "\"trigger\":{\"timerTriggers\":[{\"name\":\"t1\",\"schedule\":\"every day\"}]}}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(TestClient.json(bad).at("/error/code").asText()).isEqualTo("InvalidTimerTriggerSchedule");
        JsonNode details = TestClient.json(client.send("POST", prod + "/tasks/build-webapp/listDetails" + NEW, null));
        assertThat(details.at("/properties/credentials/customRegistries").toString()).contains("sandbox-secret-password");
    }

    private static HttpResponse<String> blob(URI link, String range) {
        HttpRequest.Builder b = HttpRequest.newBuilder(link).GET();
        if (range != null) {
            b.header("Range", range);
        }
        return client.send(b);
    }
}
