package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Reloader;
import dev.acrconsole.ui.page.Subscriptions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every private endpoint connection waiting for approval, across every cached registry (of every account when
 * offline): the inbox a registry owner works through. Read from the cache, so it costs no ARM calls; re-read when
 * connections change there.
 */
public final class PendingApprovalsViewModel implements Lifecycle {
    static final String STATUS_PATH = "$.properties.privateLinkServiceConnectionState.status";

    private final PageContext context;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Subscriptions subscriptions = new Subscriptions();
    private final Reloader reloader;
    private volatile java.util.Map<String, String> subscriptionNames = java.util.Map.of();

    public PendingApprovalsViewModel(PageContext context) {
        this.context = context;
        this.reloader = new Reloader(this::load, context.fx());
    }

    @Override
    public void activate() {
        subscriptions.add(context.feed().watch(c -> c.touchesKinds(Set.of(PrivateEndpointConnectionKind.KIND)), reloader::request));
        load();
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean online() {
        return context.online();
    }

    /** Shows the connection's registry, at its private endpoint connections, in the tree. */
    public void openRegistry(Row connection) {
        context.reveal().showRow(connection.id(), PrivateEndpointConnectionKind.KIND);
    }

    /** A connection's subscription by its name, as the tree shows it; its id until the subscription is cached. */
    public String subscription(Row connection) {
        String id = connection.subscriptionId();
        return id == null ? null : subscriptionNames.getOrDefault(id.toLowerCase(java.util.Locale.ROOT), id);
    }

    public CompletableFuture<Void> load() {
        return context.background()
                .submit(() -> {
                    java.util.Map<String, String> names = new java.util.HashMap<>();
                    // Offline the view is of every account: each one's cached subscriptions.
                    for (var scope : context.scope() == null ? context.store().scopes() : List.of(context.scope())) {
                        for (var s : context.store().resources(scope, dev.acrconsole.app.subscriptions.SubscriptionKind.KIND)) {
                            names.put(s.id().substring(s.id().lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT), s.name());
                        }
                    }
                    subscriptionNames = java.util.Map.copyOf(names);
                    return context.kinds().rows(context.store().withJsonValue(context.scope(),
                            PrivateEndpointConnectionKind.KIND, STATUS_PATH, "Pending"));
                })
                .handleAsync((pending, error) -> {
                    if (error != null) {
                        // What was shown stays; the summary says it could not be read again.
                        summary.set("Cannot read the pending approvals from the cache: " + ArmErrors.describe(error));
                    } else {
                        show(pending);
                    }
                    return null;
                }, context.fx());
    }

    private void show(List<Row> pending) {
        Row was = selected.get();
        rows.setAll(pending);
        selected.set(was == null ? null : pending.stream().filter(r -> r.id().equals(was.id())).findFirst().orElse(null));
        summary.set(pending.isEmpty() ? "Nothing waits for approval in the cached registries."
                : pending.size() + " private endpoint connection" + (pending.size() == 1 ? " waits" : "s wait")
                + " for approval. Oldest data fetched "
                + Format.instant(pending.stream().map(Row::fetchedAt).min(Instant::compareTo).orElseThrow()) + ".");
    }
}
