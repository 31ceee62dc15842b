package dev.acrconsole.app.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Operation.PollMode;
import dev.acrconsole.cache.Operation.State;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bulk of ARM requests as one operation (ADR 0019): its items are sent one at a time, each followed to its end as
 * ARM's answer says ({@link OperationStep}, the rules of a single operation), and each item's outcome (or the URL it is
 * followed at) is journaled in the body. So the panel shows "2 of 5 done", a restart goes on with the item being
 * followed or the first not sent, and Cancel stops it before the next item is sent.
 */
final class ArmBulkSteps {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ArmHttp http;
    private final Clock clock;
    private final Set<String> cancelRequested = ConcurrentHashMap.newKeySet();

    ArmBulkSteps(ArmHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    static boolean is(Operation op) {
        return DataPlaneRequests.BULK.equals(op.method()) && !DataPlaneRequests.isDataPlane(op.path());
    }

    String cancel(Operation op) {
        cancelRequested.add(op.id());
        return "Stopping after the item ARM is working on; the others will not be sent.";
    }

    /** Sends the next item, or polls the one being followed; the row to journal. Never throws for a lost answer. */
    Operation ask(Operation op) {
        ObjectNode body = read(op.requestBody());
        List<ObjectNode> items = new ArrayList<>();
        body.path("items").forEach(i -> items.add((ObjectNode) i));
        Instant now = clock.instant();
        ObjectNode current = items.stream().filter(i -> !i.has("outcome")).findFirst().orElse(null);
        boolean following = current != null && current.hasNonNull("pollUrl");
        if (current == null || !following && cancelRequested.remove(op.id())) {
            return DataPlaneSteps.ended(op, body, items, current != null, now);
        }
        Operation item = item(op, current, now);
        Operation next;
        try {
            next = following ? OperationStep.afterPoll(item, http.get(item.pollUrl()), now)
                    : OperationStep.afterSend(item, http.send(item.method(), item.path(), item.requestBody()), now);
        } catch (RuntimeException e) {
            if (!following && !OperationsService.hasCause(e, ConnectException.class)) {
                // It may have arrived: sending it again could do it twice, so the item says so and the bulk goes on.
                current.put("outcome", "NoAnswer: ARM did not answer; it may or may not have been done: " + ArmErrors.describe(e));
                return progressed(op, body, items, now, now);
            }
            return progressed(op, body, items, now.plus(PollDelay.backoff(op.polls() + 1)), now)
                    .withNote("No answer from ARM (" + ArmErrors.describe(e) + "); asking again");
        }
        Instant at = now;
        switch (next.state()) {
            case Succeeded -> current.put("outcome", "done").remove(List.of("pollUrl", "pollMode"));
            case Failed, Canceled -> current.put("outcome", next.errorCode() + ": " + next.errorMessage())
                    .remove(List.of("pollUrl", "pollMode"));
            default -> {
                if (next.pollUrl() != null && next.pollMode() != null) {
                    current.put("pollUrl", next.pollUrl()).put("pollMode", next.pollMode().name());
                }
                at = next.nextPollAt() != null ? next.nextPollAt() : now;
            }
        }
        if (items.stream().allMatch(i -> i.has("outcome"))) {
            return DataPlaneSteps.ended(op, body, items, false, now);
        }
        return progressed(op, body, items, at, now);
    }

    /** One item as a single operation, so ARM's answers to it mean what they mean for any other. */
    private static Operation item(Operation op, ObjectNode i, Instant now) {
        Operation item = Operation.pending(op.id(), op.scope(), op.kind(), i.path("label").asText(), i.path("target").asText(),
                op.targetKind(), op.tenantId(), i.path("method").asText(), i.path("path").asText(),
                i.hasNonNull("body") ? i.get("body").asText() : null, Operation.After.none, null, op.createdAt());
        return i.hasNonNull("pollUrl") ? item.running(PollMode.valueOf(i.get("pollMode").asText()), i.get("pollUrl").asText(), now, now)
                : item;
    }

    private static Operation progressed(Operation op, ObjectNode body, List<ObjectNode> items, Instant next, Instant now) {
        Operation running = op.state() == State.Pending
                ? op.running(PollMode.resource, op.path(), next, now) : op.polled(next, false, null, now);
        return running.withRequestBody(body.toString()).withNote(DataPlaneSteps.progress(items));
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("A bulk operation's journaled items cannot be read", e);
        }
    }
}
