package dev.acrconsole.ui.page;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;

/**
 * One connected account: its SDK clients, its registries' data planes, and the services that read and write through
 * them.
 */
public record Session(ArmClients arm, DataPlanes dataPlanes, RefreshService refresh, OperationsService operations,
                      RegistryActions registries) {
    public CacheScope scope() {
        return arm.session().cacheScope();
    }

    /** What a kind's {@code readMore} reads a selected row with: this session's clients, and the cache and kinds. */
    public ReadContext reads(ResourceStore store, KindCatalog kinds) {
        return new ReadContext(arm, dataPlanes(), store, kinds, Clock.systemUTC());
    }
}
