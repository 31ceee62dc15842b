package dev.acrconsole.app.operations;

import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.refresh.ConnectedRegistryWatch;
import dev.acrconsole.app.refresh.EmbeddedChildren;
import dev.acrconsole.app.refresh.ListingKeys;
import dev.acrconsole.app.refresh.ResourceRows;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;
import java.time.Instant;

/**
 * Brings the cache in line with an operation that succeeded: re-reads its target (and what the target carries, such
 * as a registry's private endpoint connections), or removes it after a delete. Returns a note when it could not.
 */
final class TargetSync {
    private final ArmHttp http;
    private final ResourceStore store;
    private final Clock clock;

    TargetSync(ArmHttp http, ResourceStore store, Clock clock) {
        this.http = http;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Null when the cache now shows the outcome, else why it does not. A failed operation's target is re-read
     * whatever was asked: ARM keeps a resource that failed to provision (or to delete) in its Failed state.
     */
    String apply(Operation op) {
        try {
            if (op.state() != Operation.State.Succeeded) {
                return op.after() == Operation.After.none ? null : reread(op);
            }
            return switch (op.after()) {
                case remove -> {
                    store.remove(op.scope(), op.targetId());
                    yield null;
                }
                case refresh -> reread(op);
                case none -> null;
            };
        } catch (RuntimeException e) {
            return "Done, but the console could not update its cache: " + ArmErrors.describe(e);
        }
    }

    private String reread(Operation op) {
        if (op.targetKind() == null) {
            return null;
        }
        ArmResponse r = http.get(op.targetId() + query(op.path()));
        if (r.status() == 404) {
            store.remove(op.scope(), op.targetId());
            return null;
        }
        if (!r.ok()) {
            return "Done, but re-reading it failed: " + r.errorCode() + ": " + r.errorMessage();
        }
        Instant now = clock.instant();
        CachedResource row = ResourceRows.fromArm(op.scope(), op.tenantId(), op.targetKind(), r.body(), now);
        store.upsert(row, ListingKeys.of(op.targetKind(), row.id()), ConnectedRegistryWatch.INSTANCE);
        var children = EmbeddedChildren.of(row, now);
        if (!children.isEmpty()) {
            store.replaceListings(op.scope(), children, now);
        }
        return null;
    }

    /** Writes the run an answer carries (ScheduleRun's, or a poll of the run) into the cache, so views show it move. */
    void showRun(Operation op, ArmResponse r) {
        try {
            if (!r.json().path("id").isTextual() || !r.json().has("properties")) {
                return;
            }
            CachedResource row = ResourceRows.fromArm(op.scope(), op.tenantId(), dev.acrconsole.cache.ResourceKind.RUN,
                    r.body(), clock.instant());
            store.upsert(row, ListingKeys.of(row.kind(), row.id()));
        } catch (RuntimeException e) {
            // Only a view of progress; the outcome is still journaled and re-read at the end.
        }
    }

    /** The api-version query the operation's own request used: the target answers to the same version. */
    private static String query(String path) {
        int q = path.indexOf('?');
        return q < 0 ? "" : path.substring(q);
    }
}
