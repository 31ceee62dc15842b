package dev.acrconsole.ui.children;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.model.AgentPoolDetails;
import dev.acrconsole.app.model.DetailField;
import dev.acrconsole.app.refresh.DetailReads;
import java.time.Clock;
import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.model.ResourceDetails;
import dev.acrconsole.app.model.ResourceTables;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.refresh.ListingKeys;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One collection below a resource (e.g. a registry's private endpoint connections): its cached rows at once, then
 * a refresh of that collection from ARM when online; the selected row's details; when the data was fetched.
 */
public final class ChildListViewModel {
    private final ResourceStore store;
    private final CacheScope viewScope;
    private final Background background;
    private final dev.acrconsole.ui.Sessions sessions;
    private final java.util.function.BooleanSupplier canChange;
    private final String parentId;
    private final ResourceKind kind;
    private final ObservableList<CachedResource> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CachedResource> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private volatile CachedResource parent;
    private final KeptSelection selection = new KeptSelection();

    public ChildListViewModel(ResourceStore store, CacheScope viewScope, Background background,
                              dev.acrconsole.ui.Sessions sessions, java.util.function.BooleanSupplier canChange,
                              String parentId, ResourceKind kind) {
        this.store = store;
        this.viewScope = viewScope;
        this.background = background;
        this.sessions = sessions;
        this.canChange = canChange;
        this.parentId = parentId;
        this.kind = kind;
        selected.addListener((obs, old, row) -> {
            details.set(row == null ? List.of() : ResourceDetails.of(row).fields());
            if (row != null) {
                fetchDetails(row); // also after a reload: what was fetched is not in the list's rows
            }
        });
    }

    /**
     * The view model of a collection below {@code parentId} as cached in {@code parentScope} (a folder node's id and
     * scope; null scope: the view's, or whichever scope holds the parent).
     */
    public static ChildListViewModel of(PageContext context, String parentId, CacheScope parentScope, ResourceKind kind) {
        return new ChildListViewModel(context.store(), parentScope != null ? parentScope : context.scope(),
                context.background(), context.sessions(), context.canChange(), parentId, kind);
    }

    public String title() {
        return ResourceTables.title(kind);
    }

    public ResourceKind kind() {
        return kind;
    }

    public String parentId() {
        return parentId;
    }

    /** The parent's cached row, once {@link #load} has read it. */
    public CachedResource parent() {
        return parent;
    }

    public ObservableList<CachedResource> rows() {
        return rows;
    }

    public ObjectProperty<CachedResource> selectedProperty() {
        return selected;
    }

    /** Selects the row with {@code id} as soon as it shows (e.g. a search result opened here); null does nothing. */
    public void preselect(String id) {
        selection.want(id);
    }

    public ReadOnlyObjectProperty<List<DetailField>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** "Fetched …", "Refreshing…", or why the last refresh failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public boolean online() {
        return canChange.getAsBoolean();
    }

    /** Shows the cached rows; completes on the FX thread. */
    public CompletableFuture<Void> load() {
        return background.submit(this::read).thenAcceptAsync(this::show, FxBridge.executor());
    }

    /** Re-reads the collection from ARM (when online), then shows it. */
    public CompletableFuture<Void> refresh() {
        Session s = parent == null ? null : sessions.find(parent.scope(), parent.tenantId());
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        refreshing.set(true);
        status.set("Refreshing…");
        return background.submit(() -> s.refresh().refreshChildren(parent, kind, RefreshListener.NONE))
                .handleAsync((report, error) -> {
                    refreshing.set(false);
                    if (error != null) {
                        status.set("Refresh failed: " + ArmErrors.describe(error));
                    }
                    return null;
                }, FxBridge.executor())
                .thenCompose(v -> load());
    }

    /**
     * What the list does not carry, fetched when a row is selected and a session is connected: a task's or task run's
     * full details (into the cache, secrets stripped), an agent pool's queue.
     */
    private void fetchDetails(CachedResource row) {
        Session s = sessions.find(row.scope(), row.tenantId());
        if (s == null) {
            return;
        }
        CompletableFuture<List<DetailField>> fields;
        if (DetailReads.hasDetails(kind)) {
            fields = background.submit(() -> ResourceDetails.of(DetailReads.details(s.arm(), store, row, Clock.systemUTC())).fields());
        } else if (kind == ResourceKind.AGENT_POOL) {
            fields = background.submit(() -> AgentPoolDetails.parse(row.json()).fields(String.valueOf(DetailReads.queued(s.arm(), row))));
        } else {
            return;
        }
        fields.whenCompleteAsync((f, error) -> {
            CachedResource now = selected.get();
            if (now == null || !now.id().equalsIgnoreCase(row.id())) {
                return; // another row was selected meanwhile
            }
            if (error != null) {
                status.set("Details could not be read: " + ArmErrors.describe(error));
            } else {
                details.set(f);
            }
        }, FxBridge.executor());
    }

    private record Snapshot(CachedResource parent, List<CachedResource> rows, Listing listing) {}

    private Snapshot read() {
        CachedResource p = scopeOf().flatMap(scope -> store.get(scope, parentId)).orElse(null);
        if (p == null) {
            return new Snapshot(null, List.of(), null);
        }
        String key = ListingKeys.children(p.id(), kind);
        Listing listing = store.listings(p.scope()).stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
        return new Snapshot(p, store.children(p.scope(), parentId, kind), listing);
    }

    /** The scope the parent is cached in: the session's, or (offline) whichever holds it. */
    private Optional<CacheScope> scopeOf() {
        if (viewScope != null) {
            return Optional.of(viewScope);
        }
        return store.listings(null).stream().map(Listing::scope).distinct()
                .filter(s -> store.get(s, parentId).isPresent()).findFirst();
    }

    private void show(Snapshot snapshot) {
        parent = snapshot.parent();
        CachedResource was = selected.get();
        rows.setAll(snapshot.rows());
        selected.set(selection.pick(rows, was));
        if (!refreshing.get()) {
            status.set(freshness(snapshot));
        }
    }

    private static String freshness(Snapshot s) {
        if (s.parent() == null) {
            return "Not in the cache.";
        }
        Listing l = s.listing();
        String fetched = l != null && l.lastCompleteAt() != null ? "Fetched " + Format.instant(l.lastCompleteAt())
                : "Fetched with " + s.parent().name() + " " + Format.instant(s.parent().fetchedAt());
        return l != null && l.failed() ? fetched + " — last refresh failed: " + l.lastError() : fetched;
    }
}
