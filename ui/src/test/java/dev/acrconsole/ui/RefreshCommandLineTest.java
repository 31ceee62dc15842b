package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acr-console refresh} through the real {@link Launcher#run}: the in-process sandbox into a fresh data dir. */
class RefreshCommandLineTest {
    @TempDir
    Path dir;

    private static DamagedCacheCommandLineTest.Run run(String... args) {
        return DamagedCacheCommandLineTest.run(args);
    }

    @Test
    void refreshAllThenExportHoldsEveryConnectedRegistryTokenScopeMapTaskAndRecentRunOfTheSample() throws Exception {
        Path data = dir.resolve("data");
        DamagedCacheCommandLineTest.Run refresh = run("refresh", "--sandbox", "--all", "--data-dir", data.toString());
        assertThat(refresh.code()).as(refresh.err()).isZero();
        assertThat(refresh.out().strip()).matches("refreshed: \\d+ listings complete, 0 partial, 0 failed, \\d+ resources, "
                + "\\d+ requests, \\d+\\.\\d s");

        DamagedCacheCommandLineTest.Run export = run("export", "--data-dir", data.toString());
        assertThat(export.code()).isZero();
        Map<String, Set<String>> exported = new HashMap<>();
        Map<String, Integer> runsPerRegistry = new HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(export.out()).get("resources")) {
            String id = r.get("id").asText().toLowerCase(Locale.ROOT);
            exported.computeIfAbsent(r.get("kind").asText(), k -> new TreeSet<>()).add(id);
            if (r.get("kind").asText().equals(RunKind.KIND.code())) {
                runsPerRegistry.merge(id.substring(0, id.indexOf("/runs/")), 1, Integer::sum);
            }
        }

        // What a user who opened every folder of every registry would have: read from a sandbox of the same sample.
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults());
             CacheDatabase db = CacheDatabase.open(dir.resolve("reference"), Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            ArmClients arm = new ArmClients(new ArmSession(AppServices.SANDBOX_ACCOUNT,
                    ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()), new StaticTokenCredential(SandboxServer.token())));
            RefreshService reference = new RefreshService(arm, store, Kinds.CATALOG, Clock.systemUTC());
            reference.refreshAll(RefreshListener.NONE);
            CacheScope scope = arm.session().cacheScope();
            List<ResourceKind> kinds = List.of(ConnectedRegistryKind.KIND, TokenKind.KIND, ScopeMapKind.KIND, TaskKind.KIND);
            Map<String, Integer> expectedRuns = new HashMap<>();
            for (CachedResource registry : store.resources(scope, RegistryKind.KIND)) {
                for (ResourceKind kind : kinds) {
                    reference.refreshChildren(registry, kind, RefreshListener.NONE);
                }
                int runs = new RunListing(arm, store, Clock.systemUTC()).first(registry, RunQuery.all(), 25).runs().size();
                if (runs > 0) {
                    expectedRuns.put(registry.id().toLowerCase(Locale.ROOT), runs);
                }
            }
            for (ResourceKind kind : kinds) {
                List<String> expected = new ArrayList<>(store.resources(scope, kind).stream()
                        .map(r -> r.id().toLowerCase(Locale.ROOT)).toList());
                assertThat(expected).as("the sample has %s", kind.code()).isNotEmpty();
                assertThat(exported.getOrDefault(kind.code(), Set.of())).as(kind.code()).containsAll(expected);
            }
            assertThat(expectedRuns).as("the sample has runs").isNotEmpty();
            assertThat(runsPerRegistry).as("the latest page of runs of each registry").isEqualTo(expectedRuns);
        }
    }

    @Test
    void theHeadlessRefreshLeavesTheCacheAsTheWindowsWould() {
        Path headless = dir.resolve("headless");
        assertThat(run("refresh", "--sandbox", "--data-dir", headless.toString()).code()).isZero();

        Path window = dir.resolve("window");
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, window,
                CacheDatabase.open(window, Kinds.CATALOG.cachePolicy()), Clock.systemUTC())) {
            assertThat(services.refresh(RefreshListener.NONE).orElseThrow().complete()).isTrue();
        }
        assertThat(cached(headless)).isEqualTo(cached(window)).isNotEmpty();
    }

    @Test
    void aStandaloneSandboxIsRefreshedByItsUrlTrustingTheCertificateItWrote() throws Exception {
        try (SandboxServer standalone = SandboxServer.start(SandboxConfig.defaults())) {
            Path pem = java.nio.file.Files.writeString(dir.resolve("sandbox-cert.pem"), standalone.certificatePem());
            Path data = dir.resolve("data");

            DamagedCacheCommandLineTest.Run refresh = run("refresh", "--sandbox-url", standalone.baseUrl().toString(),
                    "--sandbox-cert", pem.toString(), "--data-dir", data.toString());

            assertThat(refresh.code()).as(refresh.err()).isZero();
            assertThat(refresh.out()).startsWith("refreshed: ");
            try (CacheDatabase db = CacheDatabase.open(data, Kinds.CATALOG.cachePolicy())) {
                assertThat(new ResourceStore(db).resources(new CacheScope(AppServices.SANDBOX_ACCOUNT,
                        ArmEndpoint.SANDBOX_CLOUD), RegistryKind.KIND)).hasSize(standalone.data().registries().size());
            }
            // A certificate that is not the sandbox's is refused: nothing is read, one line says so.
            Path other = java.nio.file.Files.writeString(dir.resolve("other.pem"), "not a certificate");
            DamagedCacheCommandLineTest.Run refused = run("refresh", "--sandbox-url", standalone.baseUrl().toString(),
                    "--sandbox-cert", other.toString(), "--data-dir", data.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().strip()).startsWith("acr-console: refresh: cannot read the sandbox's certificate")
                    .doesNotContain("\n");
        }
    }

    @Test
    void aBadCommandLineExitsTwoAndTheHelpSaysTheExitCodes() {
        DamagedCacheCommandLineTest.Run bad = run("refresh", "--sandbox-url", "https://127.0.0.1:1/");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--sandbox-cert");
        DamagedCacheCommandLineTest.Run help = run("--help");
        assertThat(help.out()).contains("acr-console refresh [--data-dir DIR] [--account NAME]... [--all] [--stale-after DURATION]",
                "Exit 0: every listing read; 3: some failed");
    }

    /** Every listing's key with the ids of its rows, as the cache holds them. */
    private static Map<String, List<String>> cached(Path data) {
        try (CacheDatabase db = CacheDatabase.open(data, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            Map<String, List<String>> out = new java.util.TreeMap<>();
            store.listings(null).forEach(l -> out.put(l.scope().key() + " " + l.key() + (l.lastError() == null ? "" : " failed"),
                    store.listingRows(l.scope(), l.key()).stream().map(CachedResource::id).sorted().toList()));
            return out;
        }
    }
}
