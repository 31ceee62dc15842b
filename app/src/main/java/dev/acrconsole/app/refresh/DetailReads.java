package dev.acrconsole.app.refresh;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;

/**
 * What a detail pane asks ARM for beyond the list: a task's or task run's full details (Tasks_GetDetails,
 * TaskRuns_GetDetails, which also carry credentials' secret values: the cache's filter strips them on the way in),
 * and an agent pool's queue. Blocks: call in the background.
 */
public final class DetailReads {
    private DetailReads() {}

    public static boolean hasDetails(ResourceKind kind) {
        return kind == ResourceKind.TASK || kind == ResourceKind.TASK_RUN;
    }

    /** Re-reads {@code row} with its details into the cache; returns the cached row. */
    public static CachedResource details(ArmClients arm, ResourceStore store, CachedResource row, Clock clock) {
        ArmResponse r = arm.http().send("POST", row.id() + "/listDetails" + ApiVersions.query(ApiVersions.TASKS), null);
        if (!r.ok()) {
            throw new IllegalStateException(r.errorCode() + ": " + r.errorMessage());
        }
        CachedResource details = ResourceRows.fromArm(row.scope(), row.tenantId(), row.kind(), r.body(), clock.instant());
        store.upsert(details, ListingKeys.of(row.kind(), row.id()));
        return store.get(row.scope(), row.id()).orElse(details);
    }

    /** How many runs wait for an agent pool now (AgentPools_GetQueueStatus). */
    public static int queued(ArmClients arm, CachedResource pool) {
        Integer count = arm.registries(pool.subscriptionId()).serviceClient().getAgentPools()
                .getQueueStatus(pool.resourceGroup(), ArmIds.segment(pool.id(), "registries"), pool.name()).count();
        return count == null ? 0 : count;
    }
}
