package dev.acrconsole.ui.operations;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.model.OperationText;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.Sessions;
import dev.acrconsole.ui.fx.FxBridge;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operations panel's state: running and recent operations from the journal, how many run, and the clock the
 * elapsed times count against. Works offline too (the journal is in the cache); cancel needs a session.
 */
public final class OperationsViewModel {
    static final int SHOWN = 200;

    private final OperationJournal journal;
    private final CacheScope scope;
    private final Background background;
    private final Sessions sessions;
    private final ObservableList<Operation> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(Instant.now());
    private Consumer<String> notices = text -> { };

    /** {@code sessions} finds the session an operation's account and tenant write through; it never blocks. */
    public OperationsViewModel(OperationJournal journal, CacheScope scope, Background background, Sessions sessions) {
        this.journal = journal;
        this.scope = scope;
        this.background = background;
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

    /** Re-reads the journal; completes on the FX thread. */
    public CompletableFuture<Void> reload() {
        return background.submit(() -> journal.recent(scope, SHOWN)).thenAcceptAsync(this::show, FxBridge.executor());
    }

    /** Moves the clock the elapsed column counts against (the view ticks it while something runs). */
    public void tick() {
        now.set(Instant.now());
    }

    public boolean canCancel(Operation op) {
        return op != null && op.cancellable() && sessions.find(op.scope(), op.tenantId()) != null;
    }

    public boolean canDismiss(Operation op) {
        return op != null && op.state().terminal();
    }

    public void cancel(Operation op) {
        Session s = sessions.find(op.scope(), op.tenantId());
        if (s == null) {
            notices.accept("Offline: nothing can be canceled.");
            return;
        }
        s.operations().cancel(op.id()).thenAcceptAsync(notices, FxBridge.executor());
    }

    public void dismiss(Operation op) {
        background.submit(() -> journal.dismiss(op.id())).thenComposeAsync(v -> reload(), FxBridge.executor());
    }

    /** Hides every finished operation. */
    public void dismissFinished() {
        List<Operation> done = rows.stream().filter(this::canDismiss).toList();
        background.submit(() -> {
            done.forEach(op -> journal.dismiss(op.id()));
            return null;
        }).thenComposeAsync(v -> reload(), FxBridge.executor());
    }

    private void show(List<Operation> latest) {
        rows.setAll(latest);
        running.set((int) latest.stream().filter(op -> !op.state().terminal()).count());
        tick();
    }

    /** Text for a notification once an operation ends. */
    static String finishedText(Operation op) {
        return OperationText.finished(op);
    }
}
