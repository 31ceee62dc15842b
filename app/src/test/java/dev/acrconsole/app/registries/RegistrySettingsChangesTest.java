package dev.acrconsole.app.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What changed shows the settings that decide who gets into a registry: turning its admin user off from the update
 * dialog's operation is logged with both values (it showed nothing before the registry watched it).
 */
class RegistrySettingsChangesTest {
    @TempDir
    Path dir;

    @Test
    void turningTheAdminUserOffShowsInWhatChanged() throws Exception {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0);
        try (SandboxFixture env = new SandboxFixture(quick, dir); ThreadPoolBackground background = new ThreadPoolBackground("t", 2)) {
            env.open();
            new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC()).refreshAll(RefreshListener.NONE);
            var registry = env.store().resources(env.arm().session().cacheScope(), RegistryKind.KIND).stream()
                    .map(Kinds.CATALOG::row)
                    .filter(r -> r.details(RegistryDetails.class).adminUserEnabled() == Boolean.TRUE
                            && "Premium".equals(r.sku()))
                    .findFirst().orElseThrow();
            RegistryDetails d = registry.details(RegistryDetails.class);
            RegistryUpdate update = new RegistryUpdate(registry.id(), registry.tenantId(), registry.name(), "Premium", "Premium",
                    false, true, "Enabled".equalsIgnoreCase(d.zoneRedundancy()), Boolean.TRUE.equals(d.dataEndpointEnabled()),
                    false, 0, false, true);
            try (OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG,
                    background, Clock.systemUTC())) {
                Operation done = operations.submitAndWait(RegistryActions.update(update)).get(60, TimeUnit.SECONDS);
                assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
            }
            List<Change> changes = new Changes(env.db()).list(new Changes.Query(null, null, null, Change.What.changed, null, null, 50));
            assertThat(changes).filteredOn(c -> c.id().equalsIgnoreCase(registry.id()))
                    .extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                    .contains("Admin user: true -> false");
        }
    }
}
