package dev.acrconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and search run headless on a cache a real refresh filled, with the network gone. */
class OfflineCommandsTest {
    @TempDir
    Path dir;

    private SandboxData filledCache() {
        try (SandboxFixture env = new SandboxFixture(SandboxConfig.defaults(), dir.resolve("data"))) {
            new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
            return env.sandbox.data();
        }
    }

    @Test
    void searchPrintsOneJsonLineAHitWithWhenItWasFetched() throws Exception {
        SandboxData data = filledCache();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = SearchCommand.run(dir.resolve("data"), new LaunchOptions.SearchOptions("fabrikamfactory", Set.of(), 10),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        // The registry by its name first; then what mentions it (registry endpoints pulling from its login server, and
        // its replications, which Resource Graph's inventory cached with it).
        assertThat(lines).hasSizeGreaterThan(1);
        JsonNode hit = new ObjectMapper().readTree(lines.getFirst());
        assertThat(hit.get("id").asText()).isEqualTo(data.registries().getLast().id());
        assertThat(hit.get("type").asText()).isEqualTo("Microsoft.ContainerRegistry/registries");
        assertThat(hit.get("fetchedAt").asText()).isNotBlank();
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("registryEndpoint")
                || l.contains("\"kind\":\"replication\"") && l.contains("/registries/fabrikamfactory"));

        // A private endpoint's request text finds its connection; kinds narrow the hits.
        out.reset();
        SearchCommand.run(dir.resolve("data"), new LaunchOptions.SearchOptions("data science", Set.of("privateEndpointConnection"), 10),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1).allMatch(l -> l.contains("pe-data-science")
                || l.contains("privateEndpointConnections"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(SearchCommand.run(dir.resolve("data"), new LaunchOptions.SearchOptions("x", Set.of("nonsense"), 10),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown --kind nonsense", "registry");
    }

    @Test
    void csvHasAHeaderAndOneRowPerResource() {
        filledCache();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir.resolve("data"), new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.csv,
                null, Set.of(), Set.of(), Set.of()), out, System.err)).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).startsWith("id,name,type,kind,account");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("data"), Kinds.CATALOG.cachePolicy())) {
            assertThat(lines).hasSize(new ResourceStore(db).count() + 1);
        }
        assertThat(lines).anyMatch(l -> l.contains(",registry,sandbox,Sandbox,"));
    }

    @Test
    void aSnapshotOfOneSubscriptionHoldsOnlyIt() {
        SandboxData data = filledCache();
        String sub = data.subscriptions().get(1).subscriptionId();
        Path file = dir.resolve("dev.acrsnap");
        assertThat(ExportCommand.run(dir.resolve("data"), new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json,
                file, Set.of(), Set.of(sub), Set.of()), new ByteArrayOutputStream(), System.err)).isZero();
        try (CacheDatabase snap = Snapshots.open(file, dir.resolve("work"), Kinds.CATALOG.cachePolicy())) {
            new ResourceStore(snap).forEach(r -> assertThat(r.subscriptionId() == null || r.subscriptionId().equals(sub)).isTrue());
            assertThat(new ResourceStore(snap).count()).isEqualTo(1 + data.resourceGroups(sub).size() + data.registries(sub).size() + 2);
        }
    }
}
