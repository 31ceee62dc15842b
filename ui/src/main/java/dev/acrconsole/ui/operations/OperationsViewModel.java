package dev.acrconsole.ui.operations;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.OperationCommands;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationPoll;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.cache.SecretFilter;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Sessions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operations panel's state: running and recent operations, how many run, and the clock the elapsed times count
 * against. The journal is read once; after that each operation event is applied to its own row (the journal is not
 * read again). Works offline too (the journal is in the cache); cancel and retry need a session.
 */
public final class OperationsViewModel {
    static final int SHOWN = 200;

    private final OperationJournal journal;
    private final CacheScope scope;
    private final Background background;
    private final Executor fx;
    private final Sessions sessions;
    private final ObservableList<Operation> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(Instant.now());
    private final KindCatalog kinds;
    private Consumer<String> notices = text -> { };
    private int journalReads;

    /** {@code sessions} finds the session an operation's account and tenant write through; it never blocks. */
    public OperationsViewModel(OperationJournal journal, CacheScope scope, Background background, Executor fx, Sessions sessions) {
        this(journal, scope, background, fx, sessions, null);
    }

    /** {@code kinds} gives each operation's equivalent az command (null: none). */
    public OperationsViewModel(OperationJournal journal, CacheScope scope, Background background, Executor fx,
                               Sessions sessions, KindCatalog kinds) {
        this.kinds = kinds;
        this.journal = journal;
        this.scope = scope;
        this.background = background;
        this.fx = fx;
        this.sessions = sessions;
    }

    public ObservableList<Operation> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Where answers to the user's requests (cancel refused, ...) go. */
    public void onNotice(Consumer<String> sink) {
        this.notices = sink;
    }

    /** How many times it read the journal (tests count them: events do not read it). */
    public int journalReads() {
        return journalReads;
    }

    /** Reads the journal (at start); completes on the FX thread. */
    public CompletableFuture<Void> reload() {
        journalReads++;
        return background.submit(() -> journal.recent(scope, SHOWN)).thenAcceptAsync(this::show, fx);
    }

    /**
     * One operation changed (sent, polled, ended, dismissed): its row is replaced, added at the top, or removed. Call
     * on the FX thread.
     */
    public void apply(Operation op) {
        if (scope != null && !scope.equals(op.scope())) {
            return; // another account's, in a window of one scope
        }
        int at = indexOf(op.id());
        if (op.dismissed()) {
            if (at >= 0) {
                rows.remove(at);
            }
        } else if (at >= 0) {
            rows.set(at, op);
        } else {
            rows.addFirst(op);
            if (rows.size() > SHOWN) {
                rows.removeLast();
            }
        }
        countRunning();
    }

    /** Moves the clock the elapsed column counts against (the view ticks it while something runs). */
    public void tick() {
        now.set(Instant.now());
    }

    public boolean canCancel(Operation op) {
        return op != null && op.cancellable() && sessions.find(op.scope(), op.tenantId()) != null;
    }

    /** Finished, or lost (nothing follows it any more). */
    public boolean canDismiss(Operation op) {
        return op != null && op.dismissible();
    }

    /**
     * A lost operation can be followed again; a failed or canceled one sent again (as a new operation), unless the
     * journal left its secrets out or it is a bulk; either through its session.
     */
    public boolean canRetry(Operation op) {
        if (op == null || sessions.find(op.scope(), op.tenantId()) == null) {
            return false;
        }
        return op.state() == Operation.State.Lost || resendable(op);
    }

    private static boolean resendable(Operation op) {
        return (op.state() == Operation.State.Failed || op.state() == Operation.State.Canceled)
                && !SecretFilter.withheld(op.requestBody()) && !DataPlaneRequests.BULK.equals(op.method());
    }

    /**
     * Follows a lost operation again (its row follows through the session's events), or sends a failed one again as a
     * new operation (a new row). Completes on the FX thread with the row it is followed in, or null if it was not.
     */
    public CompletableFuture<Operation> retry(Operation op) {
        Session s = sessions.find(op.scope(), op.tenantId());
        if (s == null) {
            notices.accept("Offline: nothing can be retried.");
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Operation> asked = op.state() == Operation.State.Lost ? s.operations().retry(op.id())
                : s.operations().resend(op.id());
        return asked.handleAsync((again, error) -> {
            if (error != null) {
                notices.accept("Not retried: " + reason(error));
                return null;
            }
            if (op.state() != Operation.State.Lost) {
                notices.accept("Sent again: " + again.title());
            }
            return again;
        }, fx);
    }

    /** The az command equivalent to what {@code op} asked ARM for; null where az has none (or no kinds were given). */
    public String azCommand(Operation op) {
        return op == null || kinds == null ? null : OperationCommands.of(op, kinds).orElse(null);
    }

    /** The details view of one operation: read again from the journal (the row may be older), off the FX thread. */
    public CompletableFuture<OperationDetails> details(Operation op) {
        Session s = sessions.find(op.scope(), op.tenantId());
        return background.submit(() -> {
            Operation now = journal.get(op.id()).orElse(op);
            List<OperationPoll> exchanges = s == null ? List.of() : s.operations().exchanges(now.id());
            String body = now.requestBody() == null ? null : Json.pretty(now.requestBody());
            String error = now.errorCode() != null ? now.errorCode() + ": " + now.errorMessage()
                    : now.state() == Operation.State.Lost ? OperationText.outcome(now) : null;
            String polls = !exchanges.isEmpty() ? exchanges.size() + (exchanges.size() == 1 ? " exchange" : " exchanges")
                    + (now.throttled() > 0 ? ", " + now.throttled() + " throttled" : "")
                    : now.polls() == 0 ? "none listed (it was sent before this start)"
                    : now.polls() + (now.polls() == 1 ? " poll" : " polls") + " before this start (each is listed only while"
                    + " the console that sent it runs)";
            String az = azCommand(now);
            return new OperationDetails(now, now.method() + " " + now.path(), body, exchanges, polls, error, az,
                    SecretFilter.withheld(now.requestBody()));
        }).thenApplyAsync(d -> d, fx);
    }

    /** The message of what refused, without the wrappers of the futures it came through. */
    private static String reason(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof IllegalStateException || t instanceof IllegalArgumentException ? t.getMessage()
                : ArmErrors.describe(t);
    }

    public void cancel(Operation op) {
        Session s = sessions.find(op.scope(), op.tenantId());
        if (s == null) {
            notices.accept("Offline: nothing can be canceled.");
            return;
        }
        s.operations().cancel(op.id()).thenAcceptAsync(notices, fx);
    }

    public CompletableFuture<Void> dismiss(Operation op) {
        return background.submit(() -> journal.dismiss(op.id())).thenAcceptAsync(done -> {
            if (done) {
                remove(op.id());
            }
        }, fx);
    }

    /** Hides every finished operation (lost ones stay, to be retried or dismissed one by one). */
    public CompletableFuture<Void> dismissFinished() {
        List<Operation> done = rows.stream().filter(op -> op.state().terminal()).toList();
        return background.submit(() -> {
            done.forEach(op -> journal.dismiss(op.id()));
            return null;
        }).thenAcceptAsync(v -> done.forEach(op -> remove(op.id())), fx);
    }

    private void remove(String id) {
        int at = indexOf(id);
        if (at >= 0) {
            rows.remove(at);
        }
        countRunning();
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void show(List<Operation> latest) {
        rows.setAll(latest);
        countRunning();
        tick();
    }

    private void countRunning() {
        running.set((int) rows.stream().filter(op -> op.state().followed()).count());
    }

    /** Text for a notification once an operation ends. */
    static String finishedText(Operation op) {
        return OperationText.finished(op);
    }
}
