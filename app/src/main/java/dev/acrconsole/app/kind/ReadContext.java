package dev.acrconsole.app.kind;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;

/**
 * What a kind's {@link KindDescriptor#readMore} may use to read a selected row beyond its listing: the session's ARM
 * clients and its registries' data planes, the cache, the kinds, the clock.
 */
public record ReadContext(ArmClients arm, DataPlanes dataPlanes, ResourceStore store, KindCatalog kinds, Clock clock) {}
