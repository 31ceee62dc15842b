package dev.acrconsole.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the operations journal: a write the console made to ARM, and how following it went.
 *
 * @param after    what to do with the target when the operation succeeds
 * @param pollMode how it is followed: the Azure-AsyncOperation URL, the Location URL, or the target's own state
 */
public record Operation(
        String id,
        CacheScope scope,
        String kind,
        String title,
        String targetId,
        ResourceKind targetKind,
        String tenantId,
        String method,
        String path,
        String requestBody,
        After after,
        String cancelPath,
        State state,
        PollMode pollMode,
        String pollUrl,
        Instant nextPollAt,
        int polls,
        int throttled,
        String note,
        String errorCode,
        String errorMessage,
        Instant createdAt,
        Instant updatedAt,
        Instant finishedAt,
        boolean dismissed) {

    public enum State {
        /** Journaled; ARM has not answered yet (or the app stopped before it did). */
        Pending,
        /** ARM accepted it and it is being followed. */
        Running,
        Succeeded,
        Failed,
        Canceled;

        public boolean terminal() {
            return this == Succeeded || this == Failed || this == Canceled;
        }
    }

    /**
     * How it is followed: ARM's status URL, its Location URL, the target's provisioningState, or (run) the target is an
     * ACR Tasks run whose {@code properties.status} is followed to Succeeded, Failed, Canceled, Error or Timeout.
     */
    public enum PollMode { async, location, resource, run }

    public enum After { refresh, remove, none }

    public Operation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new operation, journaled before its request is sent. */
    public static Operation pending(String id, CacheScope scope, String kind, String title, String targetId,
                                   ResourceKind targetKind, String tenantId, String method, String path,
                                   String requestBody, After after, String cancelPath, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, State.Pending, null, null, null, 0, 0, null, null, null, now, now, null, false);
    }

    /** Journaled to be followed as {@code mode} once ARM answers (a run: the answer names the run to follow). */
    public Operation following(PollMode mode) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, mode, pollUrl, nextPollAt, polls, throttled, note, errorCode, errorMessage, createdAt,
                updatedAt, finishedAt, dismissed);
    }

    /** ARM's answer named the resource the work is on (e.g. the run a ScheduleRun queued) and how to cancel it. */
    public Operation retargeted(String newTargetId, String newCancelPath) {
        return new Operation(id, scope, kind, title, newTargetId, targetKind, tenantId, method, path, requestBody, after,
                newCancelPath, state, pollMode, pollUrl, nextPollAt, polls, throttled, note, errorCode, errorMessage,
                createdAt, updatedAt, finishedAt, dismissed);
    }

    /** ARM accepted it: follow {@code pollUrl} ({@code mode}) from {@code nextPollAt}. */
    public Operation running(PollMode mode, String url, Instant nextPollAt, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, State.Running, mode, url, nextPollAt, polls, throttled, null, null, null, createdAt, now,
                null, dismissed);
    }

    /** One more poll that did not end it; {@code note} says why the next one waits, if it does. */
    public Operation polled(Instant nextPollAt, boolean wasThrottled, String note, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls + 1, throttled + (wasThrottled ? 1 : 0), note,
                errorCode, errorMessage, createdAt, now, finishedAt, dismissed);
    }

    /** It ended; {@code code}/{@code message} are ARM's when it failed. */
    public Operation finished(State end, String code, String message, Instant now) {
        if (!end.terminal()) {
            throw new IllegalArgumentException("not a terminal state: " + end);
        }
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, end, pollMode, pollUrl, null, polls, throttled, null, code, message, createdAt, now, now,
                dismissed);
    }

    /** The same row with a note for the user (e.g. why the cache could not show the outcome). */
    public Operation withNote(String text) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls, throttled, text, errorCode, errorMessage,
                createdAt, updatedAt, finishedAt, dismissed);
    }

    public boolean cancellable() {
        return !state.terminal() && (state == State.Pending || cancelPath != null);
    }
}
