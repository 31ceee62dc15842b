package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.model.Format;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every private endpoint connection waiting for approval, across every cached registry (of every account when
 * offline): the inbox a registry owner works through. Read from the cache, so it costs no ARM calls.
 */
public final class PendingApprovalsViewModel {
    static final String STATUS_PATH = "$.properties.privateLinkServiceConnectionState.status";

    private final PageContext context;
    private final ObservableList<CachedResource> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CachedResource> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public PendingApprovalsViewModel(PageContext context) {
        this.context = context;
    }

    public ObservableList<CachedResource> rows() {
        return rows;
    }

    public ObjectProperty<CachedResource> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public PageContext context() {
        return context;
    }

    /** Shows the connection's registry, at its private endpoint connections, in the tree. */
    public void openRegistry(CachedResource connection) {
        context.reveal().showRow(connection.id(), ResourceKind.PRIVATE_ENDPOINT_CONNECTION);
    }

    public CompletableFuture<Void> load() {
        return context.background()
                .submit(() -> context.store().withJsonValue(context.scope(), ResourceKind.PRIVATE_ENDPOINT_CONNECTION,
                        STATUS_PATH, "Pending"))
                .thenAcceptAsync(this::show, FxBridge.executor());
    }

    private void show(List<CachedResource> pending) {
        CachedResource was = selected.get();
        rows.setAll(pending);
        selected.set(was == null ? null : pending.stream().filter(r -> r.id().equals(was.id())).findFirst().orElse(null));
        summary.set(pending.isEmpty() ? "Nothing waits for approval in the cached registries."
                : pending.size() + " private endpoint connection" + (pending.size() == 1 ? " waits" : "s wait")
                + " for approval. Oldest data fetched "
                + Format.instant(pending.stream().map(CachedResource::fetchedAt).min(java.time.Instant::compareTo).orElseThrow()) + ".");
    }

}
