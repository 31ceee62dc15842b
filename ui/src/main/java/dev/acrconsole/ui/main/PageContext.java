package dev.acrconsole.ui.main;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.Sessions;
import dev.acrconsole.ui.fx.FxBridge;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableLongValue;
import javafx.stage.Window;

/**
 * What a page (a view in the right-hand pane, or a dialog) may use: the cache, the background, the session when
 * connected, a way to send an operation, to tell the user something, to open a resource in the tree, and a counter
 * that moves whenever the cache changed (a refresh landed, an operation ended).
 */
public record PageContext(ResourceStore store, CacheReview review, CacheScope scope, Background background,
                          Sessions sessions, BooleanSupplier canChange, Consumer<String> notice, Reveal reveal,
                          ObservableLongValue cacheChanges, Supplier<Window> owner) {

    /** Opens things in the tree. */
    public interface Reveal {
        /** A resource the tree shows, or a resource's folder of a kind (kind not null). */
        void show(String resourceId, ResourceKind folderKind);

        /** A row of a folder (e.g. a token): the folder of its kind below its parent opens with the row selected. */
        void showRow(String rowId, ResourceKind kind);
    }

    /** True when changes can be sent (the sandbox connected, or live with accounts). */
    public boolean online() {
        return canChange.getAsBoolean();
    }

    /** The session for resources of {@code scope} in {@code tenantId}, or null. */
    public Session session(CacheScope scope, String tenantId) {
        return sessions.find(scope, tenantId);
    }

    /**
     * Sends an operation on a resource cached in {@code scope} (it shows in the operations panel at once); completes
     * on the FX thread with the journaled row. Offline it is refused with a notice.
     */
    public CompletableFuture<Operation> submit(CacheScope scope, OperationRequest request) {
        Session s = sessions.find(scope, request.tenantId());
        if (s == null) {
            notice.accept("Offline: nothing can be changed. Start with --sandbox (or sign in) to make changes.");
            return CompletableFuture.failedFuture(new IllegalStateException("offline"));
        }
        return s.operations().submit(request).whenCompleteAsync((op, error) -> {
            if (error != null) {
                notice.accept("Could not start: " + error.getMessage());
            }
        }, FxBridge.executor());
    }
}
