package dev.acrconsole.app.operations;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
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
    private static final System.Logger LOG = System.getLogger(TargetSync.class.getName());
    /** Retrying: re-reading a target changes nothing at ARM, so a 503 or a dropped connection is asked again. */
    private final ArmHttp http;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;

    TargetSync(ArmHttp http, ResourceStore store, KindCatalog kinds, Clock clock) {
        this.http = http;
        this.store = store;
        this.kinds = kinds;
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
        if (op.targetKind() == null || !ArmIds.isResourceId(op.targetId())) {
            // A run that was never queued has a collection (.../runs) for target: there is nothing to re-read.
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
        KindDescriptor<?> kind = kinds.of(op.targetKind());
        var json = r.json();
        CachedResource row = kind.fromArm(op.scope(), op.tenantId(), json, now);
        store.upsert(row, kind.listingKey(row.id()), kind.watch());
        var carried = kinds.carriedBy(row, json, now);
        if (!carried.isEmpty()) {
            store.replaceListings(op.scope(), carried, now);
        }
        return null;
    }

    /** Writes the run an answer carries (ScheduleRun's, or a poll of the run) into the cache, so views show it move. */
    void showRun(Operation op, ArmResponse r) {
        try {
            if (!r.json().path("id").isTextual() || !r.json().has("properties")) {
                return;
            }
            KindDescriptor<?> run = kinds.of(op.targetKind());
            CachedResource row = run.fromArm(op.scope(), op.tenantId(), r.json(), clock.instant());
            store.upsert(row, run.listingKey(row.id()));
        } catch (RuntimeException e) {
            // Only a view of progress; the outcome is still journaled and re-read at the end. Said, not swallowed.
            LOG.log(System.Logger.Level.WARNING, "Could not show the progress of run " + op.targetId() + ": "
                    + ArmErrors.describe(e));
        }
    }

    /** The api-version query the operation's own request used: the target answers to the same version. */
    private static String query(String path) {
        int q = path.indexOf('?');
        return q < 0 ? "" : path.substring(q);
    }
}
