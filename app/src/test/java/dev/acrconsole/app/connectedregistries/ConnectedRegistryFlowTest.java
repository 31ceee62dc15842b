package dev.acrconsole.app.connectedregistries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow.State;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow.Step;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import dev.acrconsole.cache.ConnectedRegistryHistory;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's chain, updates, deactivation and the state history, through the real SDK and cache against the sandbox. */
class ConnectedRegistryFlowTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private SandboxFixture env;
    private ThreadPoolBackground background;
    private OperationsService operations;
    private RefreshService refresh;
    private CacheScope scope;

    @BeforeEach
    void start() {
        env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0), dir);
        background = new ThreadPoolBackground("test-cr", 4);
        operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC());
        refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
        scope = env.arm().session().cacheScope();
        refresh.refreshAll(RefreshListener.NONE);
    }

    @AfterEach
    void stop() {
        operations.close();
        background.close();
        env.close();
    }

    private CachedResource registry(String name) {
        SandboxData.Registry r = env.sandbox.data().registries().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return env.store().get(scope, r.id()).orElseThrow();
    }

    private ConnectedRegistryForm form(CachedResource registry, String name) {
        return new ConnectedRegistryForm(ParentRegistry.of(registry), name, "Mirror", List.of("hello-world", "apps/frontend"),
                new SyncSettings("0 22 * * *", "PT6H", "P3D"), "Warning", true, List.of("hello-world:*:*"),
                List.of());
    }

    @Test
    void theWizardsChainMakesScopeMapTokenAndConnectedRegistryAndTheExportShowsThem() throws Exception {
        CachedResource prod = registry("contosoprodacr");
        List<List<Step>> seen = new CopyOnWriteArrayList<>();
        CreateConnectedRegistryFlow flow = new CreateConnectedRegistryFlow(form(prod, "store02"), operations::submitAndWait, seen::add);

        CreateConnectedRegistryFlow.Result result = flow.start().get(60, TimeUnit.SECONDS);

        assertThat(result.succeeded()).as(result.message()).isTrue();
        assertThat(flow.steps()).extracting(Step::state).containsOnly(State.DONE);
        assertThat(seen).anySatisfy(steps -> assertThat(steps.get(1).state()).isEqualTo(State.RUNNING));
        // Each step was an operation in the journal, in order.
        assertThat(env.journal().all()).extracting(Operation::title).containsExactly(
                "Create scope map store02-sync-scope-map", "Create token store02-sync-token", "Create connected registry store02");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ExportCommand.run(dir, out, System.err)).isZero();
        List<JsonNode> resources = new ArrayList<>();
        MAPPER.readTree(out.toByteArray()).path("resources").forEach(resources::add);
        JsonNode scopeMap = named(resources, "store02-sync-scope-map");
        JsonNode token = named(resources, "store02-sync-token");
        JsonNode connected = named(resources, "store02");
        assertThat(scopeMap.path("kind").asText()).isEqualTo("scopeMap");
        assertThat(scopeMap.at("/properties/actions").toString()).contains("repositories/apps/frontend/content/read",
                "repositories/hello-world/metadata/read", "gateway/store02/message/write").doesNotContain("content/write");
        assertThat(token.at("/properties/scopeMapId").asText()).endsWith("/scopeMaps/store02-sync-scope-map");
        assertThat(token.at("/properties/status").asText()).isEqualTo("enabled");
        JsonNode sync = connected.at("/properties/parent/syncProperties");
        assertThat(sync.path("tokenId").asText()).endsWith("/tokens/store02-sync-token");
        assertThat(sync.path("schedule").asText()).isEqualTo("0 22 * * *");
        assertThat(sync.path("syncWindow").asText()).isEqualTo("PT6H");
        assertThat(sync.path("messageTtl").asText()).isEqualTo("P3D");
        assertThat(connected.at("/properties/mode").asText()).isEqualTo("Mirror");
        assertThat(connected.at("/properties/notificationsList/0").asText()).isEqualTo("hello-world:*:*");
        assertThat(connected.at("/properties/logging/auditLogStatus").asText()).isEqualTo("Enabled");
    }

    @Test
    void whenTheLastStepFailsTheFlowSaysWhatItMadeAndRemovesItNewestFirst() throws Exception {
        CachedResource prod = registry("contosoprodacr");
        CreateConnectedRegistryFlow flow = new CreateConnectedRegistryFlow(form(prod, "store03"), operations::submitAndWait,
                steps -> {
                    if (steps.get(1).state() == State.DONE && steps.get(2).state() == State.WAITING) {
                        env.sandbox.faults().failNextOperation("ConnectedRegistryQuotaExceeded", "This registry has reached its connected registry quota.");
                    }
                });

        CreateConnectedRegistryFlow.Result result = flow.start().get(60, TimeUnit.SECONDS);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.message()).contains("Create connected registry store03 failed", "ConnectedRegistryQuotaExceeded",
                "Already made: scope map store03-sync-scope-map, token store03-sync-token, connected registry store03");
        assertThat(flow.made()).extracting(Step::what).containsExactly("scope map store03-sync-scope-map",
                "token store03-sync-token", "connected registry store03");
        // ARM keeps the connected registry it could not provision, Failed; the cache shows it so.
        assertThat(env.store().get(scope, prod.id() + "/connectedRegistries/store03").orElseThrow().provisioningState()).isEqualTo("Failed");

        CreateConnectedRegistryFlow.Result removed = flow.removeMade().get(60, TimeUnit.SECONDS);

        assertThat(removed.succeeded()).as(removed.message()).isTrue();
        assertThat(flow.made()).isEmpty();
        for (String id : List.of(prod.id() + "/connectedRegistries/store03", prod.id() + "/tokens/store03-sync-token",
                prod.id() + "/scopeMaps/store03-sync-scope-map")) {
            assertThat(env.sandbox.state().exists(id)).as(id).isFalse();
            assertThat(env.store().get(scope, id)).as(id).isEmpty();
        }
        List<String> titles = env.journal().all().stream().map(Operation::title).toList();
        assertThat(titles.subList(3, 6)).containsExactly("Delete connected registry store03", "Delete token store03-sync-token",
                "Delete scope map store03-sync-scope-map");
    }

    @Test
    void aPremiumRegistryGetsItsDataEndpointEnabledAsAnOperationAndThenQualifies() throws Exception {
        CachedResource mirror = registry("contosomirror");
        assertThat(ParentRegistry.of(mirror).needsDataEndpoint()).isTrue();

        Operation done = operations.submitAndWait(RegistryActions.enableDataEndpoint(mirror.id(), mirror.tenantId()))
                .get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
        assertThat(ParentRegistry.of(env.store().get(scope, mirror.id()).orElseThrow()).problem()).isNull();
    }

    @Test
    void refreshesThatSeeTheConnectionStateChangeKeepItsHistoryAndSoDoesDeactivating() throws Exception {
        CachedResource hub = registry("fabrikamedgehub");
        String floor = hub.id() + "/connectedRegistries/dublinfloor1";
        refresh.refreshChildren(hub, ConnectedRegistryKind.KIND, RefreshListener.NONE);
        refresh.refreshChildren(hub, ConnectedRegistryKind.KIND, RefreshListener.NONE);

        ConnectedRegistryHistory history = new ConnectedRegistryHistory(env.db());
        List<Transition> seen = history.of(scope, floor);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).before()).isNull();
        assertThat(seen.get(1).before().connectionState()).isNotEqualTo(seen.get(1).after().connectionState());
        assertThat(history.of(scope, hub.id() + "/connectedRegistries/corkdepot")).hasSize(1); // Unhealthy throughout

        String site = hub.id() + "/connectedRegistries/dublinsite";
        Operation done = operations.submitAndWait(ConnectedRegistryActions.deactivate(site, hub.tenantId())).get(60, TimeUnit.SECONDS);
        assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
        Transition last = history.of(scope, site).getLast();
        assertThat(last.before().activation()).isEqualTo("Active");
        assertThat(last.after().activation()).isEqualTo("Inactive");
        assertThat(last.after().connectionState()).isEqualTo("Offline");
    }

    @Test
    void resyncIsAnOperationAndTheLastSyncResultThenSaysManualResync() throws Exception {
        CachedResource hub = registry("fabrikamedgehub");
        refresh.refreshChildren(hub, ConnectedRegistryKind.KIND, RefreshListener.NONE);
        String site = hub.id() + "/connectedRegistries/dublinsite";
        ConnectedRegistryDetails before = ConnectedRegistryDetails.parse(env.store().get(scope, site).orElseThrow().json());
        // Read at 2026-01-01-preview: the last sync result is there, and the garbage-collection settings.
        assertThat(before.syncResult()).isNotNull();
        assertThat(before.syncResult().trigger()).isEqualTo("InitialSync");

        Operation done = operations.submitAndWait(ConnectedRegistryActions.resync(site, hub.tenantId())).get(60, TimeUnit.SECONDS);

        assertThat(done.state()).as(done.errorMessage()).isEqualTo(Operation.State.Succeeded);
        assertThat(done.title()).isEqualTo("Resync connected registry dublinsite");
        ConnectedRegistryDetails after = ConnectedRegistryDetails.parse(env.store().get(scope, site).orElseThrow().json());
        assertThat(after.syncResult().trigger()).isEqualTo("ManualResync");
        assertThat(after.fields()).extracting(DetailField::label).contains("Last sync result", "Garbage collection");
    }

    @Test
    void anUpdateChangesTheScheduleAndArmRefusesWhatTheSandboxCannotTake() throws Exception {
        CachedResource hub = registry("fabrikamedgehub");
        String id = hub.id() + "/connectedRegistries/galwaypilot";
        ConnectedRegistryUpdate update = new ConnectedRegistryUpdate(id, hub.tenantId(), new SyncSettings("30 1 * * *", "PT4H", "P10D"),
                "Debug", true, List.of("apps/*:*"), List.of(hub.id() + "/tokens/dublin-client-token"));

        Operation done = operations.submitAndWait(ConnectedRegistryActions.update(update)).get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
        ConnectedRegistryDetails d = ConnectedRegistryDetails.parse(env.store().get(scope, id).orElseThrow().json());
        assertThat(d.sync().schedule()).isEqualTo("30 1 * * *");
        assertThat(d.sync().syncWindow()).isEqualTo("PT4H");
        assertThat(d.sync().messageTtl()).isEqualTo("P10D");
        assertThat(d.logLevel()).isEqualTo("Debug");
        assertThat(d.clientTokenIds()).containsExactly(hub.id() + "/tokens/dublin-client-token");
    }

    private static JsonNode named(List<JsonNode> resources, String name) {
        return resources.stream().filter(r -> r.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the export"));
    }
}
