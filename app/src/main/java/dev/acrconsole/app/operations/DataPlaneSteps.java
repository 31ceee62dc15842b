package dev.acrconsole.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.dataplane.AcrResponse;
import dev.acrconsole.app.dataplane.DataPlane;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends operations on a registry's data plane ({@link DataPlaneRequests}) and brings the cache in line with each item
 * as it succeeds. They end with their answer (ACR's data plane has no long-running operations), except a bulk one,
 * which sends {@link #BATCH} items a step ({@link #IN_FLIGHT} at a time) and journals each item's outcome in its body,
 * so the progress shows, a restart goes on from the first item without an outcome, and a cancel stops it between steps.
 */
final class DataPlaneSteps {
    /** Items sent per step: the journal records the progress at least this often. */
    static final int BATCH = 10;
    /** Requests of a bulk in flight at once. */
    static final int IN_FLIGHT = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DataPlanes planes;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;
    private final Set<String> cancelRequested = ConcurrentHashMap.newKeySet();

    DataPlaneSteps(DataPlanes planes, ResourceStore store, KindCatalog kinds, Clock clock) {
        this.planes = planes;
        this.store = store;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** Sends it (a bulk one: its next items); the row to journal. Throws only when the registry could not be reached. */
    Operation ask(Operation op) {
        return DataPlaneRequests.BULK.equals(op.method()) ? bulkStep(op) : single(op);
    }

    /** Stops a bulk operation before its next item; an item being sent is finished. */
    String cancel(Operation op) {
        cancelRequested.add(op.id());
        return "Stopping after the item being sent; the others will not be sent.";
    }

    private Operation single(Operation op) {
        DataPlane plane = plane(op);
        AcrResponse r = plane.send(op.method(), DataPlaneRequests.dataPlanePath(op.path()), op.requestBody(),
                "application/json");
        Instant now = clock.instant();
        if (done(op.method(), r)) {
            String note = sync(plane, op.scope(), op.method(), DataPlaneRequests.dataPlanePath(op.path()), op.targetId(),
                    op.targetKind());
            Operation ended = op.finished(State.Succeeded, null, null, now);
            return r.status() == 404 ? ended.withNote("It was already gone.") : note == null ? ended : ended.withNote(note);
        }
        if (transientStatus(r.status()) && op.polls() + 1 < OperationStep.MAX_SENDS) {
            return op.polled(now.plus(PollDelay.backoff(op.polls())), r.status() == 429,
                    "The registry answered HTTP " + r.status() + "; sending again", now);
        }
        return op.finished(State.Failed, r.errorCode(), r.errorMessage(), now);
    }

    private Operation bulkStep(Operation op) {
        ObjectNode body = read(op.requestBody());
        List<ObjectNode> items = new ArrayList<>();
        body.path("items").forEach(i -> items.add((ObjectNode) i));
        if (cancelRequested.remove(op.id())) {
            return ended(op, body, items, true);
        }
        DataPlane plane = plane(op);
        List<ObjectNode> next = items.stream().filter(i -> !i.has("outcome")).limit(BATCH).toList();
        // Up to IN_FLIGHT requests at a time: a registry takes a few at once, and throttles (429) beyond its limit.
        List<AcrResponse> answers = sendAll(plane, next);
        boolean wait = false;
        boolean throttled = false;
        List<ObjectNode> deleted = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            ObjectNode item = next.get(i);
            AcrResponse r = answers.get(i);
            String method = item.path("method").asText();
            if (r == null) {
                wait = true; // not sent: canceled meanwhile, or its registry did not answer (asked again next step)
            } else if (done(method, r)) {
                item.put("outcome", "done");
                if ("DELETE".equals(method)) {
                    deleted.add(item); // out of the cache together, below
                } else {
                    note(item, sync(plane, op.scope(), method, item.path("path").asText(),
                            item.path("target").asText(), op.targetKind()));
                }
            } else if (transientStatus(r.status())) {
                // Throttled or a passing failure: the item waits for the next step, with the progress journaled.
                wait = true;
                throttled |= r.status() == 429;
            } else {
                item.put("outcome", r.errorCode() + ": " + r.errorMessage());
            }
        }
        removeFromCache(op.scope(), deleted);
        Instant now = clock.instant();
        if (items.stream().allMatch(i -> i.has("outcome"))) {
            return ended(op, body, items, false);
        }
        return progressed(op, body, items, wait ? now.plus(PollDelay.backoff(1)) : now, throttled, now);
    }

    /**
     * Sends the items, {@link #IN_FLIGHT} at a time; each answer in the items' order, null for one not sent (a cancel
     * came) or not answered. If none was answered, the registry could not be reached: that is thrown, as for one request.
     */
    private List<AcrResponse> sendAll(DataPlane plane, List<ObjectNode> items) {
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(IN_FLIGHT);
        List<java.util.concurrent.Future<AcrResponse>> sent = new ArrayList<>();
        RuntimeException[] unreachable = new RuntimeException[1];
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (ObjectNode item : items) {
                sent.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return plane.send(item.path("method").asText(), item.path("path").asText(),
                                item.hasNonNull("body") ? item.get("body").asText() : null, "application/json");
                    } catch (RuntimeException e) {
                        unreachable[0] = e;
                        return null;
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        List<AcrResponse> answers = new ArrayList<>();
        for (var f : sent) {
            answers.add(f.state() == java.util.concurrent.Future.State.SUCCESS ? f.resultNow() : null);
        }
        if (unreachable[0] != null && answers.stream().allMatch(java.util.Objects::isNull)) {
            throw unreachable[0];
        }
        return answers;
    }

    private Operation progressed(Operation op, ObjectNode body, List<ObjectNode> items, Instant next, boolean throttled,
                                 Instant now) {
        Operation running = op.state() == State.Pending
                ? op.running(Operation.PollMode.resource, op.path(), next, now) : op.polled(next, throttled, null, now);
        return running.withRequestBody(body.toString()).withNote(progress(items) + (throttled ? "; the registry asked to wait" : ""));
    }

    private Operation ended(Operation op, ObjectNode body, List<ObjectNode> items, boolean canceled) {
        return ended(op, body, items, canceled, clock.instant());
    }

    /** A bulk's end (data plane or ARM): Succeeded when every item is done, else Failed naming the first that failed. */
    static Operation ended(Operation op, ObjectNode body, List<ObjectNode> items, boolean canceled, Instant now) {
        long notSent = items.stream().filter(i -> !i.has("outcome")).count();
        items.stream().filter(i -> !i.has("outcome")).forEach(i -> i.put("outcome", "not sent"));
        List<ObjectNode> failed = items.stream().filter(DataPlaneSteps::failed).toList();
        Operation withBody = op.withRequestBody(body.toString());
        if (canceled) {
            return withBody.finished(State.Canceled, "Canceled", progress(items) + "; " + notSent + " not sent (canceled)", now);
        }
        if (failed.isEmpty()) {
            return withBody.finished(State.Succeeded, null, null, now).withNote(progress(items));
        }
        ObjectNode first = failed.getFirst();
        return withBody.finished(State.Failed, "SomeFailed", failed.size() + " of " + items.size() + " failed, e.g. "
                + first.path("label").asText() + ": " + first.path("outcome").asText(), now);
    }

    /** "12 of 50 done, 1 failed". */
    static String progress(List<ObjectNode> items) {
        long done = items.stream().filter(i -> i.path("outcome").asText().equals("done")).count();
        long failed = items.stream().filter(DataPlaneSteps::failed).count();
        return done + " of " + items.size() + " done" + (failed > 0 ? ", " + failed + " failed" : "");
    }

    /** An item the registry refused: its outcome is the registry's code and message, neither "done" nor "not sent". */
    static boolean failed(ObjectNode item) {
        String outcome = item.path("outcome").asText("");
        return item.has("outcome") && !outcome.equals("done") && !outcome.equals("not sent");
    }

    /** A step's deletes leave the cache in one transaction: one change for every open page, not one per item. */
    private void removeFromCache(dev.acrconsole.cache.CacheScope scope, List<ObjectNode> deleted) {
        try {
            store.removeAll(scope, deleted.stream().map(i -> i.path("target").asText()).toList());
        } catch (RuntimeException e) {
            deleted.forEach(i -> note(i, "Done, but the console could not update its cache: " + ArmErrors.describe(e)));
        }
    }

    private static void note(ObjectNode item, String note) {
        if (note != null) {
            item.put("note", note);
        }
    }

    /** Brings the cache in line with a request that succeeded: a delete removes the row, a change re-reads it. */
    private String sync(DataPlane plane, dev.acrconsole.cache.CacheScope scope, String method, String path,
                        String targetId, ResourceKind targetKind) {
        try {
            if ("DELETE".equals(method)) {
                store.remove(scope, targetId);
                return null;
            }
            CachedResource parent = store.get(scope, ContentIds.parent(targetId)).orElse(null);
            if (parent == null || targetKind == null) {
                return null; // its folder was never opened: nothing cached to bring in line
            }
            KindDescriptor<?> kind = kinds.of(targetKind);
            JsonNode answer = plane.get(path);
            // An attributes answer holds the item below its registry and repository, as "tag" or "manifest".
            JsonNode item = answer.has("tag") ? answer.get("tag") : answer.has("manifest") ? answer.get("manifest") : answer;
            CachedResource row = kind.fromDataPlane(parent, item, clock.instant());
            store.upsert(row, kind.listingKey(row.id()));
            return null;
        } catch (RuntimeException e) {
            return "Done, but the console could not update its cache: " + ArmErrors.describe(e);
        }
    }

    private DataPlane plane(Operation op) {
        return planes.of(DataPlaneRequests.loginServer(op.path()));
    }

    /** A 2xx; or a delete of what is gone already (sent again after a restart, or deleted meanwhile). */
    private static boolean done(String method, AcrResponse r) {
        return r.ok() || (r.status() == 404 && "DELETE".equals(method));
    }

    private static boolean transientStatus(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("A bulk operation's journaled items cannot be read", e);
        }
    }
}
