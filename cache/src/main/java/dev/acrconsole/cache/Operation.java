package dev.acrconsole.cache;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the operations journal: a write the console made to ARM, and how following it went.
 *
 * @param after           what to do with the target when the operation succeeds
 * @param pollMode        how it is followed: the Azure-AsyncOperation URL, the Location URL, or the target's own state
 * @param unansweredSince since when its endpoint has not answered (null while it answers); for a Lost one, the time
 *                        contact was lost
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
        boolean dismissed,
        Instant unansweredSince) {

    public enum State {
        /** Journaled; ARM has not answered yet (or the app stopped before it did). */
        Pending,
        /** ARM accepted it and it is being followed. */
        Running,
        Succeeded,
        Failed,
        Canceled,
        /**
         * Its endpoint gave no answer for longer than the console waits, or it was sent to a sandbox that no longer
         * exists: not followed any more, not ended either. The user may retry it or dismiss it.
         */
        Lost;

        public boolean terminal() {
            return this == Succeeded || this == Failed || this == Canceled;
        }

        /** Being followed: what "running" counts, and what a start picks up again. */
        public boolean followed() {
            return this == Pending || this == Running;
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
                cancelPath, State.Pending, null, null, null, 0, 0, null, null, null, now, now, null, false, null);
    }

    /** Journaled to be followed as {@code mode} once ARM answers (a run: the answer names the run to follow). */
    public Operation following(PollMode mode) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, mode, pollUrl, nextPollAt, polls, throttled, note, errorCode, errorMessage, createdAt,
                updatedAt, finishedAt, dismissed, unansweredSince);
    }

    /** ARM's answer named the resource the work is on (e.g. the run a ScheduleRun queued) and how to cancel it. */
    public Operation retargeted(String newTargetId, String newCancelPath) {
        return new Operation(id, scope, kind, title, newTargetId, targetKind, tenantId, method, path, requestBody, after,
                newCancelPath, state, pollMode, pollUrl, nextPollAt, polls, throttled, note, errorCode, errorMessage,
                createdAt, updatedAt, finishedAt, dismissed, unansweredSince);
    }

    /** ARM accepted it: follow {@code pollUrl} ({@code mode}) from {@code nextPollAt}. */
    public Operation running(PollMode mode, String url, Instant nextPollAt, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, State.Running, mode, url, nextPollAt, polls, throttled, null, null, null, createdAt, now,
                null, dismissed, null);
    }

    /** One more poll, answered, that did not end it; {@code note} says why the next one waits, if it does. */
    public Operation polled(Instant nextPollAt, boolean wasThrottled, String note, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls + 1, throttled + (wasThrottled ? 1 : 0), note,
                errorCode, errorMessage, createdAt, now, finishedAt, dismissed, null);
    }

    /** One more poll that got no answer: asked again at {@code nextPollAt}; unanswered since the first of them. */
    public Operation unanswered(Instant nextPollAt, String note, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls + 1, throttled, note, errorCode, errorMessage,
                createdAt, now, finishedAt, dismissed, unansweredSince != null ? unansweredSince : now);
    }

    /**
     * Not followed any more (from {@code now}, its finish as far as the panel's clock and retention go): no answer since
     * {@code since}; {@code note} says what was last heard, or why.
     */
    public Operation lost(Instant since, String note, Instant now) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, State.Lost, pollMode, pollUrl, null, polls, throttled, note, null, null, createdAt, now, now,
                dismissed, since);
    }

    /**
     * Followed again (Retry, or a start that resumes it) from now: Running where ARM had accepted it, else Pending (sent
     * again if that is safe). {@code keepSilence}: a poll that gets no answer again makes it Lost at once.
     */
    public Operation followedAgain(Instant now, boolean keepSilence) {
        State again = pollUrl != null ? State.Running : State.Pending;
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, again, pollMode, pollUrl, now, polls, throttled, null, null, null, createdAt, now, null,
                dismissed, keepSilence ? unansweredSince : null);
    }

    /** It ended; {@code code}/{@code message} are ARM's when it failed. */
    public Operation finished(State end, String code, String message, Instant now) {
        if (!end.terminal()) {
            throw new IllegalArgumentException("not a terminal state: " + end);
        }
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, end, pollMode, pollUrl, null, polls, throttled, null, code, message, createdAt, now, now,
                dismissed, null);
    }

    /**
     * The same row with another request body: a bulk operation keeps each item's outcome in it, so a restart goes on
     * from the first item without one.
     */
    public Operation withRequestBody(String body) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, body, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls, throttled, note, errorCode, errorMessage,
                createdAt, updatedAt, finishedAt, dismissed, unansweredSince);
    }

    /** The same row with a note for the user (e.g. why the cache could not show the outcome). */
    public Operation withNote(String text) {
        return new Operation(id, scope, kind, title, targetId, targetKind, tenantId, method, path, requestBody, after,
                cancelPath, state, pollMode, pollUrl, nextPollAt, polls, throttled, text, errorCode, errorMessage,
                createdAt, updatedAt, finishedAt, dismissed, unansweredSince);
    }

    public boolean cancellable() {
        return state.followed() && (state == State.Pending || cancelPath != null);
    }

    /** Finished, or lost: nothing follows it, so it may leave the panel. */
    public boolean dismissible() {
        return !state.followed();
    }
}
