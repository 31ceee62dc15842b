package dev.acrconsole.app.replications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.resourcemanager.containerregistry.fluent.models.ReplicationInner;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.operations.RegistryRequests;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Search;
import dev.acrconsole.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Premium registry's replications through the real SDK, the real cache and the sandbox: listed with their region,
 * status, zone redundancy and regional endpoint; created, updated and deleted as operations (ARM's long-running ones)
 * and in the cache when each ends; a replica that fails shows in what changed; ARM's refusal of a non-Premium one.
 */
class ReplicationsTest {
    @TempDir
    Path dir;

    @Test
    void aReplicationIsListedCreatedUpdatedWatchedFoundAndDeleted() throws Exception {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0);
        try (SandboxFixture env = new SandboxFixture(quick, dir); ThreadPoolBackground background = new ThreadPoolBackground("t", 2)) {
            env.open();
            CacheScope scope = env.arm().session().cacheScope();
            RefreshService refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
            refresh.refreshAll(RefreshListener.NONE);
            CachedResource registry = registry(env, "contosoprodacr");
            refresh.refreshChildren(registry, ReplicationKind.KIND, RefreshListener.NONE);

            List<Row> listed = Kinds.CATALOG.rows(env.store().children(scope, registry.id(), ReplicationKind.KIND));
            assertThat(listed).as("ACR lists the home region's replica").extracting(Row::location).containsExactly("eastus");
            assertThat(Kinds.CATALOG.of(ReplicationKind.KIND).columns()).extracting(c -> c.header() + "=" + c.value().apply(listed.getFirst()))
                    .contains("Location=eastus", "Status=Ready", "Provisioning=Succeeded", "Regional endpoint=Enabled");

            try (OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG,
                    background, Clock.systemUTC())) {
                ReplicationForm create = new ReplicationForm(registry.id(), registry.tenantId(), true, "Premium", "eastus",
                        List.of("eastus"), "West Europe", true, true, "team=platform");
                Operation made = operations.submitAndWait(ReplicationActions.create(create)).get(60, TimeUnit.SECONDS);
                assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
                assertThat(made.title()).isEqualTo("Create replication westeurope of contosoprodacr");
                String id = registry.id() + "/replications/westeurope";
                ReplicationDetails d = Kinds.CATALOG.row(env.store().get(scope, id).orElseThrow()).details(ReplicationDetails.class);
                assertThat(d.location()).isEqualTo("westeurope");
                assertThat(d.displayStatus()).as("re-read when it ended, without a refresh").isEqualTo("Ready");
                assertThat(d.zoneRedundancy()).isEqualTo("Enabled");
                assertThat(d.tags()).isEqualTo(Map.of("team", "platform"));

                ReplicationForm edit = new ReplicationForm(registry.id(), registry.tenantId(), false, "Premium", "eastus",
                        List.of("eastus", "westeurope"), "westeurope", true, false, "team=platform\nowner=ops");
                Operation changed = operations.submitAndWait(ReplicationActions.update(id, registry.tenantId(), edit)).get(60, TimeUnit.SECONDS);
                assertThat(changed.state()).isEqualTo(Operation.State.Succeeded);
                assertThat(changed.method()).isEqualTo("PATCH");
                ReplicationDetails after = Kinds.CATALOG.row(env.store().get(scope, id).orElseThrow()).details(ReplicationDetails.class);
                assertThat(after.endpointEnabled()).isFalse();
                assertThat(after.tags()).containsEntry("owner", "ops");

                // A replica that goes Failed at ARM is what the change log tells its owner at the next refresh.
                env.sandbox.state().change(id, r -> r.with("properties").put("provisioningState", "Failed"));
                refresh.refreshChildren(registry, ReplicationKind.KIND, RefreshListener.NONE);
                List<Change> changes = new Changes(env.db()).list(Changes.Query.recent(50));
                assertThat(changes).filteredOn(c -> c.id().equalsIgnoreCase(id))
                        .extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                        .contains("Status: Ready -> Failed", "Provisioning state: Succeeded -> Failed", "Regional endpoint: true -> false");
                assertThat(new Search(env.db()).find("westeurope", scope, Set.of(ReplicationKind.KIND), 10))
                        .extracting(h -> h.id()).contains(id);
                ByteArrayOutputStream export = new ByteArrayOutputStream();
                assertThat(ExportCommand.run(dir, export, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
                assertThat(export.toString(StandardCharsets.UTF_8)).as("the export carries its row")
                        .contains("\"kind\" : \"replication\"", "/replications/westeurope");

                Operation gone = operations.submitAndWait(ReplicationActions.delete(id, registry.tenantId())).get(60, TimeUnit.SECONDS);
                assertThat(gone.state()).isEqualTo(Operation.State.Succeeded);
                assertThat(env.store().get(scope, id)).isEmpty();
                assertThat(env.sandbox.state().get(id)).isEmpty();
            }
        }
    }

    @Test
    void aNonPremiumRegistryIsRefusedInTheFormAndByArmWithItsError() throws Exception {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0);
        try (SandboxFixture env = new SandboxFixture(quick, dir); ThreadPoolBackground background = new ThreadPoolBackground("t", 2)) {
            env.open();
            new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
            CachedResource standard = registry(env, "contosoreleases");
            ReplicationForm form = new ReplicationForm(standard.id(), standard.tenantId(), true, "Standard", "eastus",
                    List.of(), "westeurope", false, true, "");
            assertThat(form.validate().of(ReplicationForm.REGISTRY)).hasValueSatisfying(m -> m.contains("Premium"));
            assertThatThrownBy(() -> ReplicationActions.create(form)).isInstanceOf(InvalidInputException.class);

            // Sent anyway (as another client would), ARM refuses it with its own code, which the operation keeps.
            try (OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG,
                    background, Clock.systemUTC())) {
                Operation refused = operations.submitAndWait(RegistryRequests.put("replication.create", "Create replication",
                        standard.id() + "/replications/westeurope", ReplicationKind.KIND, standard.tenantId(),
                        new ReplicationInner().withLocation("westeurope"))).get(60, TimeUnit.SECONDS);
                assertThat(refused.state()).isEqualTo(Operation.State.Failed);
                assertThat(refused.errorCode()).isEqualTo("FeatureNotSupportedForSku");
                assertThat(refused.errorMessage()).contains("Premium");
            }
        }
    }

    private static CachedResource registry(SandboxFixture env, String name) {
        return env.store().resources(env.arm().session().cacheScope(), RegistryKind.KIND).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
