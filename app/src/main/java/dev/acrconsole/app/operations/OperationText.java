package dev.acrconsole.app.operations;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.cache.Operation;
import java.time.Duration;
import java.time.Instant;

/** How an operation reads in the operations panel and in notifications. */
public final class OperationText {
    private OperationText() {}

    public static String state(Operation op) {
        return switch (op.state()) {
            case Pending -> op.nextPollAt() != null ? "Waiting" : "Sending";
            case Running -> "Running";
            case Succeeded -> "Succeeded";
            case Failed -> "Failed";
            case Canceled -> "Canceled";
            case Lost -> "Lost contact";
        };
    }

    /** Time from submission to its end (or to {@code now} while it runs), e.g. "42 s", "3 min 5 s". */
    public static String elapsed(Operation op, Instant now) {
        Instant end = op.finishedAt() != null ? op.finishedAt() : now;
        return Format.duration(Duration.between(op.createdAt(), end));
    }

    /**
     * ARM's error for a failure, since when contact is lost for a lost one, else the latest note (e.g. throttled), else
     * what is being waited for.
     */
    public static String outcome(Operation op) {
        if (op.state() == Operation.State.Lost) {
            return "Lost contact since " + since(op) + (op.note() == null ? "" : ": " + op.note());
        }
        if (op.errorCode() != null) {
            return op.errorCode() + ": " + op.errorMessage();
        }
        if (op.note() != null) {
            // What went unanswered is asked again until it is lost
            return op.note() + (op.unansweredSince() != null ? "; asking again" : "");
        }
        return switch (op.state()) {
            case Pending -> "Sending to ARM…";
            case Running -> "ARM is working on it" + (op.polls() > 0 ? " (checked " + op.polls() + "×)" : "");
            case Succeeded -> "Done";
            case Failed, Canceled, Lost -> op.state().name(); // a lost one was told above
        };
    }

    private static String since(Operation op) {
        return Format.instant(op.unansweredSince() != null ? op.unansweredSince() : op.updatedAt());
    }

    /** The last part of the target's id, which names it. */
    public static String target(Operation op) {
        String id = op.targetId();
        String content = dev.acrconsole.app.kind.ContentIds.displayName(id); // repositories' names hold slashes
        return content != null ? content : id.substring(id.lastIndexOf('/') + 1);
    }

    /** One line for a notification when it ends. */
    public static String finished(Operation op) {
        return switch (op.state()) {
            case Succeeded -> op.title() + " succeeded";
            case Failed -> op.title() + " failed — " + op.errorCode() + ": " + op.errorMessage();
            case Canceled -> op.title() + " was canceled";
            case Lost -> op.title() + " lost contact since " + since(op) + (op.note() == null ? "" : " — " + op.note());
            default -> op.title() + ": " + state(op);
        };
    }
}
