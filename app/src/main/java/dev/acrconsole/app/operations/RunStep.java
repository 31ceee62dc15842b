package dev.acrconsole.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.cache.Operation.PollMode;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The rules for an operation that started an ACR Tasks run. ARM answers ScheduleRun with the queued run at once
 * (no status URL): the run becomes the target, its cancel action the operation's cancel, and its {@code status} is
 * followed by reading the run (Runs_Get) until it is terminal. Pure, like {@link OperationStep}.
 */
final class RunStep {
    /** Runs send no Retry-After; a person watching one wants to see it move, so polls stop growing at 3 s. */
    static final Duration CEILING = Duration.ofSeconds(3);

    private RunStep() {}

    static Operation afterSend(Operation op, ArmResponse r, Instant now) {
        JsonNode run = r.json();
        String runId = run.path("id").asText(op.targetId());
        Operation following = op.retargeted(runId, runId + "/cancel" + query(op.path()));
        return next(following.running(PollMode.run, runId + query(op.path()), now, now), run, now);
    }

    static Operation afterPoll(Operation op, ArmResponse r, Instant now) {
        if (r.status() == 404) {
            return op.finished(State.Failed, r.errorCode(), r.errorMessage(), now);
        }
        return next(op, r.json(), now);
    }

    /** Ended when the run's status is terminal; otherwise polled again soon. */
    private static Operation next(Operation op, JsonNode run, Instant now) {
        JsonNode p = run.path("properties");
        String status = p.path("status").asText("");
        String error = p.path("runErrorMessage").asText("");
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "succeeded" -> op.finished(State.Succeeded, null, null, now);
            case "canceled" -> op.finished(State.Canceled, "Canceled", "The run was canceled.", now);
            case "failed", "error", "timeout" -> op.finished(State.Failed, "Run" + status,
                    error.isEmpty() ? "The run ended " + status + "." : error, now);
            default -> op.polled(now.plus(delay(op.polls())), false, status.isEmpty() ? null : "Run " + status, now);
        };
    }

    private static Duration delay(int polls) {
        Duration d = PollDelay.backoff(polls);
        return d.compareTo(CEILING) > 0 ? CEILING : d;
    }

    private static String query(String path) {
        int q = path.indexOf('?');
        return q < 0 ? "" : path.substring(q);
    }
}
