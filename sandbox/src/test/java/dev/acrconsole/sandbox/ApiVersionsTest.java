package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every api-version sandbox/README.md lists is answered, as an independent client pinned to it would send it (raw
 * HTTP), and the README lists exactly the versions Microsoft published (api-versions.md, when it is there).
 */
class ApiVersionsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\d+) \\| ([^|]+) \\|$");
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-preview)?");

    private static SandboxServer server;
    private static TestClient client;
    private static Map<String, String> probes;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        client = new TestClient(server);
        String prod = client.registryPath("contosoprodacr");
        String edge = client.registryPath("fabrikamedgehub");
        String sub = server.data().subscriptions().get(0).subscriptionId();
        probes = new LinkedHashMap<>();
        probes.put("Microsoft.ContainerRegistry/registries", prod);
        probes.put("Microsoft.ContainerRegistry/registries/replications", prod + "/replications");
        probes.put("Microsoft.ContainerRegistry/registries/webhooks", prod + "/webhooks");
        probes.put("Microsoft.ContainerRegistry/registries/scopeMaps", edge + "/scopeMaps");
        probes.put("Microsoft.ContainerRegistry/registries/tokens", edge + "/tokens");
        probes.put("Microsoft.ContainerRegistry/registries/privateEndpointConnections", prod + "/privateEndpointConnections");
        probes.put("Microsoft.ContainerRegistry/registries/connectedRegistries", edge + "/connectedRegistries/dublinsite");
        probes.put("Microsoft.ContainerRegistry/registries/tasks", prod + "/tasks");
        probes.put("Microsoft.ContainerRegistry/registries/runs", prod + "/runs");
        probes.put("Microsoft.ContainerRegistry/registries/taskRuns", prod + "/taskRuns");
        probes.put("Microsoft.ContainerRegistry/registries/agentPools", prod + "/agentPools");
        probes.put("Microsoft.Resources/subscriptions", "subscriptions/" + sub);
        probes.put("Microsoft.Resources/tenants", "tenants");
        probes.put("Microsoft.Resources/resourceGroups", "subscriptions/" + sub + "/resourcegroups");
        probes.put("Microsoft.Resources/resources", "subscriptions/" + sub + "/resources");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The README's table: resource type to its versions. */
    static Map<String, List<String>> readmeTable() throws IOException {
        Map<String, List<String>> table = new LinkedHashMap<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.startsWith("## ")) {
                in = line.equals("## Api-versions");
            }
            Matcher m = ROW.matcher(line);
            if (in && m.matches()) {
                List<String> versions = List.of(m.group(3).trim().split(", "));
                assertThat(versions).as(m.group(1) + " count").hasSize(Integer.parseInt(m.group(2)));
                table.put(m.group(1), versions);
            }
        }
        assertThat(table).as("README's api-version table").isNotEmpty();
        return table;
    }

    @Test
    void everyVersionTheReadmeListsIsAnswered() throws IOException {
        int sent = 0;
        for (Map.Entry<String, List<String>> row : readmeTable().entrySet()) {
            String path = probes.get(row.getKey());
            assertThat(path).as("a request to send for " + row.getKey()).isNotNull();
            for (String version : row.getValue()) {
                HttpResponse<String> answer = client.get(path + "?api-version=" + version);
                assertThat(answer.statusCode()).as(row.getKey() + " " + version + ": " + answer.body()).isEqualTo(200);
                sent++;
            }
        }
        assertThat(sent).isGreaterThan(150);
    }

    @Test
    void aVersionThatIsNotPublishedForTheTypeIsRefused() {
        // Published, but for tasks only: a client that mixed them up hears so.
        TestClient.assertArmError(client.get(probes.get("Microsoft.ContainerRegistry/registries/tokens")
                + "?api-version=2019-04-01"), 400, "NoRegisteredProviderFound");
        TestClient.assertArmError(client.get("tenants?api-version=2025-04-01"), 400, "InvalidApiVersionParameter");
    }

    @Test
    void onlyTheVersionThatDefinesItShowsTheSyncResultAndResyncs() {
        String connected = probes.get("Microsoft.ContainerRegistry/registries/connectedRegistries");
        JsonNode newest = TestClient.json(client.get(connected + "?api-version=2026-01-01-preview"));
        assertThat(newest.at("/properties/registrySyncResult/syncTrigger").asText()).isEqualTo("InitialSync");
        assertThat(newest.at("/properties/registrySyncResult/syncState").asText()).isIn("Succeeded", "Syncing");
        JsonNode stable = TestClient.json(client.get(connected + "?api-version=2025-11-01"));
        assertThat(stable.at("/properties").has("registrySyncResult")).isFalse();
        String list = connected.substring(0, connected.lastIndexOf('/'));
        assertThat(TestClient.json(client.get(list + "?api-version=2026-01-01-preview")).at("/value"))
                .allSatisfy(c -> assertThat(c.at("/properties/registrySyncResult/syncState").isTextual()).isTrue());

        HttpResponse<String> resync = client.send("POST", connected + "/resync?api-version=2026-01-01-preview", null);
        assertThat(resync.statusCode()).as(resync.body()).isEqualTo(200);
        assertThat(TestClient.json(resync).at("/properties/registrySyncResult/syncTrigger").asText()).isEqualTo("ManualResync");
        TestClient.assertArmError(client.send("POST", connected + "/resync?api-version=2025-11-01", null), 400,
                "NoRegisteredProviderFound");
    }

    /** The README lists what api-versions.md (the specs' version folders per type) lists, for every type it names. */
    @Test
    void theReadmeListsExactlyThePublishedVersions() throws IOException {
        Path published = Contract.examples().resolve("api-versions.md");
        // The team's own list beside the examples, not an upstream file: a fetched cache does not have it.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(published), "no api-versions.md beside the examples");
        Map<String, List<String>> expected = publishedVersions(Files.readAllLines(published));
        Map<String, List<String>> readme = readmeTable();
        for (Map.Entry<String, List<String>> row : readme.entrySet()) {
            assertThat(expected).as("api-versions.md has " + row.getKey()).containsKey(row.getKey());
            assertThat(new TreeSet<>(row.getValue())).as(row.getKey()).isEqualTo(new TreeSet<>(expected.get(row.getKey())));
        }
    }

    /**
     * api-versions.md's summary table: "| `type` | spec | stable | preview |", where a cell may say "same as X" (that
     * row's cell of the same column) or "same 25 versions as X" (all of X's versions).
     */
    private static Map<String, List<String>> publishedVersions(List<String> lines) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("| `Microsoft.")) {
                String[] c = line.split("\\|");
                cells.put(c[1].trim().replaceAll("`([^`]+)`.*", "$1"), new String[] {c[3], c[4]});
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        cells.forEach((type, columns) -> {
            List<String> versions = new ArrayList<>();
            for (int col = 0; col < 2; col++) {
                versions.addAll(versionsOf(cells, type, columns[col], col));
            }
            out.put(type, versions);
        });
        return out;
    }

    private static List<String> versionsOf(Map<String, String[]> cells, String type, String cell, int column) {
        List<String> versions = new ArrayList<>();
        Matcher same = Pattern.compile("same (\\d+ versions )?as (\\w+)").matcher(cell);
        if (same.find()) {
            String other = cells.keySet().stream().filter(t -> t.endsWith("/" + same.group(2))).findFirst().orElseThrow();
            if (same.group(1) != null) {
                versions.addAll(versionsOf(cells, other, cells.get(other)[0], 0));
                versions.addAll(versionsOf(cells, other, cells.get(other)[1], 1));
            } else {
                versions.addAll(versionsOf(cells, other, cells.get(other)[column], column));
            }
        }
        Matcher v = VERSION.matcher(cell);
        while (v.find()) {
            versions.add(v.group());
        }
        return versions.stream().distinct().toList();
    }
}
