package dev.acrconsole.app.operations;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation.State;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

/**
 * Sends writes to ARM as operations and follows each to its end. Every operation is journaled before its request
 * goes out and after every step, so one that is still running when the app stops is followed again by
 * {@link #resume()} after the next start. Polls are spaced per Retry-After ({@link PollDelay}), at most
 * {@value #MAX_CONCURRENT} at a time; one timer wakes the poller when the next one is due. One whose endpoint gives no
 * answer for {@link #LOST_AFTER} is Lost: no longer followed until the user retries it ({@link #retry}).
 */
public final class OperationsService implements AutoCloseable {
    static final int MAX_CONCURRENT = 4;
    /** Exchanges kept per operation for its details (the first and the latest matter; a long one polls for hours). */
    static final int MAX_EXCHANGES = 200;
    /** How long an operation is asked about without an answer before it is Lost (about ten polls, backing off). */
    public static final Duration LOST_AFTER = Duration.ofMinutes(2);
    private static final System.Logger LOG = System.getLogger(OperationsService.class.getName());
    /** ARM's writes that may be sent twice with the same outcome (POSTs such as ScheduleRun may not). */
    private static final Set<String> IDEMPOTENT = Set.of("PUT", "PATCH", "DELETE", DataPlaneRequests.BULK);

    private final CacheScope scope;
    private final String tenantId;
    private final ArmHttp http;
    private final OperationJournal journal;
    private final TargetSync targets;
    /** A registry's contents (data-plane operations); null where the session has no data planes. */
    private final DataPlaneSteps contents;
    private final ArmBulkSteps armBulk;
    private final Background background;
    private final Clock clock;
    private final Map<String, Operation> active = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final List<OperationsListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Operation>> waiters = new ConcurrentHashMap<>();
    /** What each exchange with ARM answered, per operation followed in this process (the journal keeps the count). */
    private final Map<String, List<OperationPoll>> exchanges = new ConcurrentHashMap<>();
    private Future<?> timer;
    private Instant timerAt;
    private volatile boolean closed;
    private volatile Duration lostAfter = LOST_AFTER;
    private volatile WriteGuard guard;

    public OperationsService(ArmClients arm, OperationJournal journal, ResourceStore store, KindCatalog kinds,
                             Background background, Clock clock) {
        this(arm, null, journal, store, kinds, background, clock);
    }

    /**
     * For one tenant of an account ({@code tenantId} null: every tenant, as the sandbox has one): its clients hold
     * tokens for that tenant only, so it resumes only that tenant's operations.
     */
    public OperationsService(ArmClients arm, String tenantId, OperationJournal journal, ResourceStore store,
                             KindCatalog kinds, Background background, Clock clock) {
        this(arm, tenantId, null, journal, store, kinds, background, clock);
    }

    /** With the session's registries' data planes: operations on what is in them (deletes, locks, bulks) too. */
    public OperationsService(ArmClients arm, String tenantId, DataPlanes dataPlanes, OperationJournal journal,
                             ResourceStore store, KindCatalog kinds, Background background, Clock clock) {
        this.contents = dataPlanes == null ? null : new DataPlaneSteps(dataPlanes, store, kinds, clock);
        this.tenantId = tenantId;
        this.scope = arm.session().cacheScope();
        this.http = arm.http();
        this.armBulk = new ArmBulkSteps(http, clock);
        this.journal = journal;
        this.targets = new TargetSync(arm.readHttp(), store, kinds, clock);
        this.background = background;
        this.clock = clock;
    }

    /** How long without an answer before an operation is Lost (tests shorten it); from the next poll on. */
    public OperationsService lostAfter(Duration bound) {
        this.lostAfter = bound;
        return this;
    }

    /** Asked before each operation is journaled and sent (read-only mode, production); null: every one goes. */
    public OperationsService guard(WriteGuard g) {
        this.guard = g;
        return this;
    }

    /** What is asked before a write is sent (null: none); writes that are no operation (secrets) ask it too. */
    public WriteGuard guard() {
        return guard;
    }

    public void addListener(OperationsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(OperationsListener listener) {
        listeners.remove(listener);
    }

    /** Picks up what the journal says is unfinished: after a start, or after the app was killed mid-operation. */
    public CompletableFuture<Integer> resume() {
        return background.submit(() -> {
            List<Operation> unfinished = journal.unfinished(scope).stream().filter(this::mine).toList();
            Instant now = clock.instant();
            for (Operation op : unfinished) {
                if (op.state() == State.Pending && op.nextPollAt() == null
                        && dev.acrconsole.cache.SecretFilter.withheld(op.requestBody())) {
                    // Sent again without its secrets, a create would be refused and an update would keep the old ones.
                    save(op.finished(State.Failed, "Interrupted", "The console stopped before sending it, and keeps no "
                            + "secrets it carried (e.g. a webhook's service URI and headers): send it again.", now));
                } else if (op.state() == State.Pending && op.nextPollAt() == null && op.method().equals("POST")) {
                    // An action may have run; sending it again could run it twice.
                    save(op.finished(State.Failed, "Interrupted",
                            "The console stopped before ARM answered; check the resource to see whether it ran.", now));
                } else if (op.state() == State.Pending && op.nextPollAt() == null) {
                    // PUT, PATCH and DELETE are idempotent in ARM: sending again is safe.
                    active.put(op.id(), op.polled(now, false, "Sent again after a restart", now));
                } else if (op.unansweredSince() != null) {
                    // Nobody asked while the app was closed: the time without an answer counts from now.
                    active.put(op.id(), op.followedAgain(now, false));
                } else {
                    active.put(op.id(), op);
                }
            }
            tick();
            return unfinished.size();
        });
    }

    /** Journals the operation, then sends it; completes with the journaled row (before ARM has answered). */
    public CompletableFuture<Operation> submit(OperationRequest request) {
        return send(request, null);
    }

    /**
     * As {@link #submit}, but completes when the operation has ended (Succeeded, Failed or Canceled) and its target is
     * in the cache: for flows that chain operations, such as the connected-registry wizard. Such a flow lives in this
     * process only; the operations themselves are journaled and resumed like any other.
     */
    public CompletableFuture<Operation> submitAndWait(OperationRequest request) {
        CompletableFuture<Operation> ended = new CompletableFuture<>();
        send(request, ended).whenComplete((op, error) -> {
            if (error != null) {
                ended.completeExceptionally(error);
            }
        });
        return ended;
    }

    private CompletableFuture<Operation> send(OperationRequest request, CompletableFuture<Operation> ended) {
        WriteGuard g = guard;
        if (g != null) { // refused: nothing journaled, nothing sent
            return g.check(request).thenCompose(ok -> journalAndSend(request, ended));
        }
        return journalAndSend(request, ended);
    }

    private CompletableFuture<Operation> journalAndSend(OperationRequest request, CompletableFuture<Operation> ended) {
        return background.submit(() -> {
            Operation op = Operation.pending(UUID.randomUUID().toString(), scope, request.kind(), request.title(),
                    request.targetId(), request.targetKind(), request.tenantId(), request.method(), request.path(),
                    request.body(), request.after(), request.cancelPath(), clock.instant());
            if (request.follow() != null) {
                op = op.following(request.follow());
            }
            save(op);
            Operation sent = op;
            if (ended != null) {
                waiters.put(sent.id(), ended);
            }
            active.put(sent.id(), sent);
            inFlight.add(sent.id());
            background.run(() -> step(sent));
            return sent;
        });
    }

    /**
     * Cancels where that is possible: one not yet sent is dropped; one whose work ARM can cancel is asked to (and
     * followed until ARM says Canceled). Completes with what happened, in words for the user.
     */
    public CompletableFuture<String> cancel(String operationId) {
        return background.submit(() -> {
            Operation op = active.get(operationId);
            if (op == null) {
                return "It has already finished.";
            }
            if (op.state() == State.Pending && !inFlight.contains(op.id())) {
                finish(op.finished(State.Canceled, "Canceled", "Canceled before it was sent.", clock.instant()));
                return "Canceled before it was sent.";
            }
            if (ArmBulkSteps.is(op)) {
                return armBulk.cancel(op);
            }
            if (contents != null && DataPlaneRequests.isDataPlane(op.path()) && op.cancelPath() != null) {
                return contents.cancel(op);
            }
            if (op.cancelPath() == null) {
                return "ARM cannot cancel this operation once it has started; it will end on its own.";
            }
            ArmResponse r = http.send("POST", op.cancelPath(), null);
            if (!r.ok()) {
                return "ARM refused to cancel: " + r.errorCode() + ": " + r.errorMessage();
            }
            return "Cancel requested; ARM will report when it has stopped.";
        });
    }

    /**
     * Follows a Lost operation again, from now: one more answer and it goes on as before; no answer, and it is Lost
     * again at once (with the time contact was first lost). Completes with the row as it is then journaled.
     */
    public CompletableFuture<Operation> retry(String operationId) {
        return background.submit(() -> {
            Operation op = journal.get(operationId).orElseThrow(() -> new IllegalArgumentException(
                    "No operation " + operationId + " in the journal."));
            if (op.state() != State.Lost) {
                return op;
            }
            Operation again = op.followedAgain(clock.instant(), true);
            save(again);
            active.put(again.id(), again);
            tick();
            return again;
        });
    }

    /**
     * Sends a Failed (or Canceled) operation's request again, as a new operation with its own row: the journaled
     * request, which kept no secrets, so one that carried some cannot be sent again from here (its form can). Bulk
     * requests are sent again from their page, which knows which items are left.
     */
    public CompletableFuture<Operation> resend(String operationId) {
        return background.submit(() -> journal.get(operationId).orElseThrow(() -> new IllegalArgumentException(
                "No operation " + operationId + " in the journal."))).thenCompose(op -> {
                    if (op.state() != State.Failed && op.state() != State.Canceled) {
                        throw new IllegalStateException("Only a failed or canceled operation is sent again.");
                    }
                    if (dev.acrconsole.cache.SecretFilter.withheld(op.requestBody())) {
                        throw new IllegalStateException("It carried secrets the console does not keep; "
                                + "send it again from its form.");
                    }
                    if (DataPlaneRequests.BULK.equals(op.method())) {
                        throw new IllegalStateException("A bulk operation is sent again from its page.");
                    }
                    return submit(new OperationRequest(op.kind(), op.title(), op.targetId(), op.targetKind(),
                            op.tenantId(), op.method(), op.path(), op.requestBody(), op.after(), op.cancelPath(),
                            op.pollMode() == Operation.PollMode.run ? Operation.PollMode.run : null));
                });
    }

    /**
     * Each exchange with ARM about an operation since this process sent or resumed it, oldest first (what the details
     * view lists; after a restart only the journal's count of polls is known).
     */
    public List<OperationPoll> exchanges(String operationId) {
        List<OperationPoll> log = exchanges.get(operationId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /**
     * Marks every operation of this session still followed as Lost, with {@code why}: they were sent to an endpoint
     * that no longer exists (a sandbox that was reset or started without its state), so no answer will come. Blocks
     * on the cache: call in the background. Returns how many were marked.
     */
    public int abandonUnfinished(String why) {
        Instant now = clock.instant();
        List<Operation> unfinished = journal.unfinished(scope).stream().filter(this::mine).toList();
        for (Operation op : unfinished) {
            active.remove(op.id());
            Operation lost = op.lost(op.updatedAt(), why, now);
            save(lost);
            CompletableFuture<Operation> waiter = waiters.remove(op.id());
            if (waiter != null) {
                waiter.complete(lost);
            }
        }
        return unfinished.size();
    }

    /** Hides a finished operation from the panel (it stays in the journal and the export). */
    public CompletableFuture<Boolean> dismiss(String operationId) {
        return background.submit(() -> {
            boolean dismissed = journal.dismiss(operationId);
            journal.get(operationId).ifPresent(this::notifyListeners);
            return dismissed;
        });
    }

    /** The operations panel's rows: not dismissed, newest first. Blocks on the cache: call in the background. */
    public List<Operation> recent(int limit) {
        return journal.recent(scope, limit);
    }

    /** How many operations are being followed right now. */
    public int runningCount() {
        return active.size();
    }

    @Override
    public void close() {
        closed = true;
        waiters.values().forEach(w -> w.cancel(false));
        synchronized (this) {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /** Sends (or sends again) a pending operation, or polls a running one; then journals what ARM said. */
    private void step(Operation op) {
        try {
            Operation next = lostIfSilentTooLong(ask(op));
            if (!active.containsKey(op.id())) {
                return; // abandoned while it was being asked about
            }
            if (next.state().terminal()) {
                finish(next);
            } else if (next.state() == State.Lost) {
                active.remove(next.id());
                save(next);
                CompletableFuture<Operation> waiter = waiters.remove(next.id());
                if (waiter != null) {
                    waiter.complete(next);
                }
            } else {
                active.put(next.id(), next);
                save(next);
            }
        } catch (RuntimeException e) {
            // The cache refused the row (disk full, closed): keep following it in memory and try again later.
            LOG.log(System.Logger.Level.WARNING, "Could not record a step of operation " + op.id(), e);
            Instant now = clock.instant();
            active.put(op.id(), op.polled(now.plus(PollDelay.CEILING), false, "Could not record: " + ArmErrors.describe(e), now));
        } finally {
            inFlight.remove(op.id());
            tick();
        }
    }

    /** Asks ARM, and notes the exchange for the details view. */
    private Operation ask(Operation op) {
        String request = op.state() == State.Pending ? "Sent " + op.method() : "Poll";
        int[] status = {0};
        Operation next = ask(op, status);
        String answer = (status[0] > 0 ? "HTTP " + status[0] + " · " : "") + OperationText.state(next) + " · "
                + OperationText.outcome(next);
        List<OperationPoll> log = exchanges.computeIfAbsent(op.id(), id -> new java.util.ArrayList<>());
        synchronized (log) {
            if (log.size() >= MAX_EXCHANGES) {
                log.remove(1); // the request itself stays first
            }
            log.add(new OperationPoll(clock.instant(), request, answer));
        }
        return next;
    }

    private Operation ask(Operation op, int[] status) {
        Instant now = clock.instant();
        if (ArmBulkSteps.is(op)) {
            return armBulk.ask(op);
        }
        if (DataPlaneRequests.isDataPlane(op.path())) {
            if (contents == null) {
                return op.finished(State.Failed, "NoDataPlane", "This session cannot reach registries' contents.", now);
            }
            try {
                return contents.ask(op);
            } catch (RuntimeException e) {
                return afterTransportFailure(op, e, now);
            }
        }
        try {
            ArmResponse r = op.state() == State.Pending ? http.send(op.method(), op.path(), op.requestBody()) : http.get(op.pollUrl());
            status[0] = r.status();
            if (op.pollMode() == Operation.PollMode.run && r.ok()) {
                targets.showRun(op, r); // a run being followed shows its progress in the cache as it goes
            }
            return op.state() == State.Pending ? OperationStep.afterSend(op, r, clock.instant())
                    : OperationStep.afterPoll(op, r, clock.instant());
        } catch (RuntimeException e) {
            return afterTransportFailure(op, e, now);
        }
    }

    /** No answer for {@link #lostAfter} (or more) since the first poll that got none: it is Lost. */
    private Operation lostIfSilentTooLong(Operation next) {
        Instant since = next.unansweredSince();
        Instant now = clock.instant();
        if (next.state() != State.Running || since == null || now.isBefore(since.plus(lostAfter))) {
            return next;
        }
        return next.lost(since, next.note(), now);
    }

    /**
     * No answer at all. While following: ask again later. Before ARM accepted it: a PUT, PATCH or DELETE is sent again
     * a few times (ARM's writes are idempotent, as the SDK's own retries assume); otherwise, if the connection was never
     * made nothing was sent, so it failed; else it may have arrived, and re-reading the target tells.
     */
    private Operation afterTransportFailure(Operation op, RuntimeException e, Instant now) {
        String why = ArmErrors.describe(e);
        String who = DataPlaneRequests.isDataPlane(op.path()) ? "the registry " + DataPlaneRequests.loginServer(op.path()) : "ARM";
        if (op.state() == State.Running) {
            return op.unanswered(now.plus(PollDelay.backoff(op.polls() + 1)), "No answer from " + who + " (" + why + ")", now);
        }
        if (IDEMPOTENT.contains(op.method()) && op.polls() + 1 < OperationStep.MAX_SENDS) {
            return op.polled(now.plus(PollDelay.backoff(op.polls())), false, "No answer from " + who + " (" + why + "); sending again", now);
        }
        if (hasCause(e, ConnectException.class)) {
            return op.finished(State.Failed, "NotSent", "Could not reach " + who + ", nothing was sent: " + why, now);
        }
        return op.finished(State.Failed, "NoAnswer", who + " did not answer; the request may or may not have arrived: " + why, now);
    }

    private void finish(Operation done) {
        Operation finished = done;
        // A data-plane operation brought the cache in line as each request succeeded.
        String note = DataPlaneRequests.isDataPlane(done.path()) ? null : targets.apply(done);
        if (note != null && done.state() == State.Succeeded) {
            finished = done.withNote(note);
        }
        active.remove(finished.id());
        save(finished);
        CompletableFuture<Operation> waiter = waiters.remove(finished.id());
        if (waiter != null) {
            waiter.complete(finished);
        }
    }

    private void save(Operation op) {
        journal.save(op);
        notifyListeners(op);
    }

    private void notifyListeners(Operation op) {
        for (OperationsListener l : listeners) {
            try {
                l.changed(op);
            } catch (RuntimeException e) {
                // A listener's fault must not stop the poller; it is a bug in that listener, so it is logged.
                LOG.log(System.Logger.Level.WARNING, "An operations listener failed on " + op.id(), e);
            }
        }
    }

    /** Starts the polls that are due (up to the cap) and sets the timer for the next one. */
    private synchronized void tick() {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        List<Operation> waiting = active.values().stream()
                .filter(op -> !inFlight.contains(op.id()) && op.nextPollAt() != null)
                .sorted(Comparator.comparing(Operation::nextPollAt)).toList();
        Instant nextDue = null;
        for (Operation op : waiting) {
            if (!op.nextPollAt().isAfter(now) && inFlight.size() < MAX_CONCURRENT) {
                inFlight.add(op.id());
                background.run(() -> step(op));
            } else if (op.nextPollAt().isAfter(now)) {
                nextDue = nextDue == null || op.nextPollAt().isBefore(nextDue) ? op.nextPollAt() : nextDue;
            }
        }
        // Due but over the cap: the next poll to end calls tick() again.
        schedule(nextDue, now);
    }

    private void schedule(Instant at, Instant now) {
        if (at == null || (timer != null && !timer.isDone() && timerAt != null && !timerAt.isAfter(at))) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = at;
        timer = background.schedule(Duration.between(now, at), this::onTimer);
    }

    /** The timer that is running now is spent: forget it, or tick() would think a wake-up is still coming. */
    private synchronized void onTimer() {
        timer = null;
        timerAt = null;
        tick();
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean mine(Operation op) {
        return tenantId == null || op.tenantId() == null || tenantId.equalsIgnoreCase(op.tenantId());
    }

    /** An operation in the journal, whoever sent it (for tests and the UI's detail). */
    public Optional<Operation> find(String id) {
        return journal.get(id);
    }
}
