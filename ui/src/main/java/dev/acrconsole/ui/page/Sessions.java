package dev.acrconsole.ui.page;

import dev.acrconsole.cache.CacheScope;

/**
 * Finds the session that may write to cached resources: in sandbox mode the sandbox's; live, the session of the
 * account whose rows they are, with tokens for their tenant. Never blocks on the network.
 */
@FunctionalInterface
public interface Sessions {
    /** The session for resources of {@code scope} in {@code tenantId}; null offline, in a snapshot, or not connected. */
    Session find(CacheScope scope, String tenantId);
}
