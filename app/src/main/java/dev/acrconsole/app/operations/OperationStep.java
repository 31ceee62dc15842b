package dev.acrconsole.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.cache.Operation.PollMode;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.Operation;
import java.time.Instant;
import java.util.Set;

/**
 * What ARM's answer means for an operation: the journal row after the request was sent, or after one poll. Pure:
 * no I/O, so every LRO rule here is tested without a network.
 */
final class OperationStep {
    private static final Set<String> SUCCEEDED = Set.of("succeeded");
    private static final Set<String> FAILED = Set.of("failed");
    private static final Set<String> CANCELED = Set.of("canceled", "cancelled");
    /** How many times a request is sent in all while ARM is unavailable (503) or does not answer, before it fails. */
    static final int MAX_SENDS = 4;

    private OperationStep() {}

    /** After the request itself: done, accepted (follow it), throttled (send again later) or refused. */
    static Operation afterSend(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 429) {
            return op.polled(now.plus(PollDelay.throttled(r, now)), true,
                    "Throttled by ARM (429); sending again as it asked", now);
        }
        if (r.status() == 503 && op.polls() + 1 < MAX_SENDS) {
            // 503 says the request was not taken up, so sending it again is safe whatever its method.
            return op.polled(now.plus(PollDelay.after(r, op.polls() + 1, now)), false,
                    "ARM is unavailable (503); sending again", now);
        }
        if (!r.ok()) {
            return op.finished(State.Failed, r.errorCode(), r.errorMessage(), now);
        }
        if (op.pollMode() == PollMode.run) {
            return RunStep.afterSend(op, r, now);
        }
        if (r.asyncOperation() != null) {
            return op.running(PollMode.async, r.asyncOperation(), now.plus(PollDelay.after(r, 0, now)), now);
        }
        if (r.location() != null && r.status() == 202) {
            return op.running(PollMode.location, r.location(), now.plus(PollDelay.after(r, 0, now)), now);
        }
        String state = provisioningState(r.json());
        if (r.status() == 202 || (state != null && !terminal(state))) {
            // Accepted without a status URL: follow the resource's own provisioningState.
            return op.running(PollMode.resource, op.path(), now.plus(PollDelay.after(r, 0, now)), now);
        }
        if (state != null && FAILED.contains(state.toLowerCase())) {
            return op.finished(State.Failed, "ProvisioningFailed", "ARM reports provisioningState Failed.", now);
        }
        return op.finished(State.Succeeded, null, null, now);
    }

    /** After one poll of the status URL, result URL or resource. */
    static Operation afterPoll(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 429) {
            long seconds = PollDelay.throttled(r, now).toSeconds();
            return op.polled(now.plus(PollDelay.throttled(r, now)), true,
                    "Throttled by ARM (429); next poll in " + seconds + " s as it asked", now);
        }
        return switch (op.pollMode()) {
            case async -> afterStatusPoll(op, r, now);
            case location -> afterResultPoll(op, r, now);
            case resource -> afterResourcePoll(op, r, now);
            case run -> r.ok() || r.status() == 404 ? RunStep.afterPoll(op, r, now) : transientOrFailed(op, r, now);
        };
    }

    private static Operation afterStatusPoll(Operation op, ArmResponse r, Instant now) {
        if (!r.ok()) {
            return transientOrFailed(op, r, now);
        }
        JsonNode body = r.json();
        String status = body.path("status").asText("").toLowerCase();
        if (SUCCEEDED.contains(status)) {
            return op.finished(State.Succeeded, null, null, now);
        }
        if (FAILED.contains(status) || CANCELED.contains(status)) {
            JsonNode error = body.path("error");
            String code = error.path("code").asText(FAILED.contains(status) ? "Failed" : "Canceled");
            String message = error.path("message").asText("ARM reports the operation " + body.path("status").asText() + ".");
            return op.finished(FAILED.contains(status) ? State.Failed : State.Canceled, code, message, now);
        }
        return op.polled(now.plus(PollDelay.after(r, op.polls() + 1, now)), false, null, now);
    }

    private static Operation afterResultPoll(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 202) {
            return op.polled(now.plus(PollDelay.after(r, op.polls() + 1, now)), false, null, now);
        }
        if (r.ok()) {
            return op.finished(State.Succeeded, null, null, now);
        }
        return transientOrFailed(op, r, now);
    }

    private static Operation afterResourcePoll(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 404) {
            return op.method().equals("DELETE") ? op.finished(State.Succeeded, null, null, now)
                    : op.finished(State.Failed, r.errorCode(), r.errorMessage(), now);
        }
        if (!r.ok()) {
            return transientOrFailed(op, r, now);
        }
        String state = provisioningState(r.json());
        if (state == null || SUCCEEDED.contains(state.toLowerCase())) {
            return op.method().equals("DELETE")
                    ? op.polled(now.plus(PollDelay.after(r, op.polls() + 1, now)), false, null, now)
                    : op.finished(State.Succeeded, null, null, now);
        }
        if (FAILED.contains(state.toLowerCase()) || CANCELED.contains(state.toLowerCase())) {
            return op.finished(FAILED.contains(state.toLowerCase()) ? State.Failed : State.Canceled,
                    "ProvisioningFailed", "ARM reports provisioningState " + state + ".", now);
        }
        return op.polled(now.plus(PollDelay.after(r, op.polls() + 1, now)), false, null, now);
    }

    /**
     * A failed operation answers with ARM's error body; a gateway hiccup (5xx without one) or ARM unavailable (503,
     * which says nothing of the operation) is asked again later, so a blip never turns a running operation into a
     * failed one. It is no answer from ARM either: one that lasts is lost contact.
     */
    private static Operation transientOrFailed(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 503 || (r.status() >= 500 && !r.carriesArmError())) {
            return op.unanswered(now.plus(PollDelay.backoff(op.polls() + 1)),
                    "ARM answered HTTP " + r.status(), now);
        }
        return op.finished(State.Failed, r.errorCode(), r.errorMessage(), now);
    }

    private static String provisioningState(JsonNode body) {
        JsonNode state = body.path("properties").path("provisioningState");
        return state.isMissingNode() || state.isNull() ? null : state.asText();
    }

    private static boolean terminal(String provisioningState) {
        String s = provisioningState.toLowerCase();
        return SUCCEEDED.contains(s) || FAILED.contains(s) || CANCELED.contains(s);
    }
}
