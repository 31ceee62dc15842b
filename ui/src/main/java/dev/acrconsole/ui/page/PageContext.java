package dev.acrconsole.ui.page;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What a view model (a page in the right-hand pane, a dialog's form) may use: the cache and the kinds that describe
 * its rows, the background and the FX thread's executor, the session when connected, a way to send an operation, to
 * tell the user something, to open a resource in the tree, and the cache's change feed. Plain Java: a view model built
 * on it runs in a test without the JavaFX toolkit ({@code DirectBackground} and a same-thread executor).
 */
public record PageContext(ResourceStore store, KindCatalog kinds, CacheReview review, CacheScope scope,
                          Background background, Executor fx, Sessions sessions, BooleanSupplier canChange,
                          Consumer<String> notice, Reveal reveal, CacheFeed feed) {

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

    /** The session that writes to {@code row}, or null (offline, a snapshot, not connected). */
    public Session session(Row row) {
        return row == null ? null : sessions.find(row.scope(), row.tenantId());
    }

    /** The row with its typed details. */
    public Row row(CachedResource resource) {
        return kinds.row(resource);
    }

    /**
     * The cached row of {@code id}, in the view's scope or (offline, every account shown) whichever scope holds it.
     * Blocks on the cache: background only.
     */
    public Optional<Row> find(CacheScope known, String id) {
        if (known != null || scope != null) {
            return store.get(known != null ? known : scope, id).map(kinds::row);
        }
        return store.listings(null).stream().map(Listing::scope).distinct()
                .map(s -> store.get(s, id)).flatMap(Optional::stream).findFirst().map(kinds::row);
    }

    /** The rows of a kind below {@code parent}, by name. Blocks on the cache: background only. */
    public List<Row> children(Row parent, ResourceKind kind) {
        return kinds.rows(store.children(parent.scope(), parent.id(), kind));
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
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof dev.acrconsole.app.operations.WriteGuard.Refused refused) {
                notice.accept(refused.getMessage()); // read-only mode, or a production name not typed: says it all
            } else if (error != null) {
                notice.accept("Could not start: " + error.getMessage());
            }
        }, fx);
    }
}
