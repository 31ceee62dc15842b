package dev.acrconsole.ui.collection;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.SortBy;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.page.KeptSelection;
import dev.acrconsole.ui.page.Latest;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Subscriptions;
import java.util.List;
import java.util.Objects;
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
import javafx.collections.transformation.SortedList;

/**
 * One collection below a resource (e.g. a registry's tokens): its cached rows at once, then a refresh of that
 * collection from ARM when online; the selected row's details (and what the list does not carry, read when it is
 * selected); when the data was fetched. While active it re-reads when its own listing (or its parent) changes in the
 * cache, and only then.
 */
public final class CollectionViewModel implements Lifecycle {
    private final PageContext context;
    private final CacheScope parentScope;
    private final String parentId;
    private final KindDescriptor<?> kind;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SortedList<Row> shown = new SortedList<>(rows);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    /** The rows selected together (the table lets many be selected where a kind acts on many). */
    private final javafx.collections.ObservableList<Row> selectedRows = javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper();
    private final KeptSelection selection = new KeptSelection();
    private final Latest latest = new Latest();
    private final Subscriptions subscriptions = new Subscriptions();
    private volatile Row parent;
    /** The row whose details were shown last, and those details (with what was read beyond the list). FX thread. */
    private Row described;
    private List<DetailField> describedFields = List.of();
    private int loads;

    /**
     * The collection of {@code kind} below {@code parentId} as cached in {@code parentScope} (a folder node's id and
     * scope; null scope: the view's, or whichever scope holds the parent).
     */
    public CollectionViewModel(PageContext context, String parentId, CacheScope parentScope, ResourceKind kind) {
        this.context = context;
        this.parentScope = parentScope;
        this.parentId = parentId;
        this.kind = context.kinds().of(kind);
        SortBy initial = this.kind.defaultSort();
        sortBy(initial == null ? List.of() : List.of(initial));
        selected.addListener((obs, old, row) -> {
            if (row == null) {
                details.set(List.of());
                return;
            }
            if (row.sameResource(described) && Objects.equals(row.details(), described.details())) {
                // A re-read brought the same row (the table's selection blinks to null while its rows are replaced):
                // what was shown, and read beyond it, stands.
                details.set(describedFields);
                return;
            }
            described = row;
            describedFields = this.kind.describe(row).fields();
            details.set(describedFields);
            readMore(row); // also when a refresh changed it: what was read beyond the list may have changed too
        });
    }

    /** Shows the cached rows, then asks ARM (when connected); re-reads whenever its rows change in the cache. */
    @Override
    public void activate() {
        listen();
        load().thenRun(this::refresh);
    }

    /** Re-reads whenever its rows (or its parent) change in the cache, until {@link #deactivate}. */
    public void listen() {
        String listing = ListingKeys.children(parentId, kind.kind());
        subscriptions.add(context.feed().watch(
                c -> c.touchesListing(parentScope, listing) || c.touchesResource(parentScope, parentId),
                () -> {
                    if (!refreshing.get()) {
                        load(); // the refresh it is waiting for reads once when it ends
                    }
                }));
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    public String title() {
        return kind.title();
    }

    public ResourceKind kind() {
        return kind.kind();
    }

    public List<TableColumn> columns() {
        return kind.columns();
    }

    public String parentId() {
        return parentId;
    }

    /** The parent's cached row, once {@link #load} has read it. */
    public Row parent() {
        return parent;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /**
     * The rows in the order the table shows them: the kind's default order (tags and manifests newest first) until the
     * user sorts by other columns ({@link #sortBy}).
     */
    public SortedList<Row> shown() {
        return shown;
    }

    /** How the kind's table starts sorted; null: as cached. */
    public SortBy defaultSort() {
        return kind.defaultSort();
    }

    /** Sorts the shown rows by these columns (the first decides); none: as cached. By each column's key, not its text. */
    public void sortBy(List<SortBy> keys) {
        shown.setComparator(kind.order(keys));
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public javafx.collections.ObservableList<Row> selectedRows() {
        return selectedRows;
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
        return context.online();
    }

    /** How many times it read the cache (tests count them). */
    public int loads() {
        return loads;
    }

    /** Shows the cached rows; completes on the FX thread. */
    public CompletableFuture<Void> load() {
        loads++;
        long ticket = latest.ask();
        return context.background().submit(this::read).thenAcceptAsync(s -> {
            if (latest.fresh(ticket)) {
                show(s); // else a newer read is already on screen
            }
        }, context.fx());
    }

    /** Re-reads the collection from ARM (when online), then shows it. */
    public CompletableFuture<Void> refresh() {
        Row p = parent;
        Session s = context.session(p);
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        refreshing.set(true);
        status.set("Refreshing…");
        return context.background().submit(() -> s.refresh().refreshChildren(p.resource(), kind.kind(), RefreshListener.NONE))
                .handleAsync((report, error) -> {
                    refreshing.set(false);
                    if (error != null) {
                        status.set("Refresh failed: " + ArmErrors.describe(error));
                    }
                    return null;
                }, context.fx())
                .thenCompose(v -> load());
    }

    /**
     * What the list does not carry, read when a row is selected and a session is connected: a task's or task run's
     * full details (into the cache, secrets stripped), an agent pool's queue, a manifest's document and referrers.
     */
    private void readMore(Row row) {
        Session s = context.session(row);
        if (s == null || !kind.readsMore()) {
            return;
        }
        context.background().submit(() -> kind.readMore(s.reads(context.store(), context.kinds()), row))
                .whenCompleteAsync((f, error) -> {
                    Row now = selected.get();
                    if (now == null || !now.sameResource(row)) {
                        return; // another row was selected meanwhile
                    }
                    if (error != null) {
                        status.set("Details could not be read: " + ArmErrors.describe(error));
                    } else {
                        describedFields = f;
                        details.set(f);
                    }
                }, context.fx());
    }

    private record Snapshot(Row parent, List<Row> rows, Listing listing) {}

    private Snapshot read() {
        Row p = context.find(parentScope, parentId).orElse(null);
        if (p == null) {
            return new Snapshot(null, List.of(), null);
        }
        Listing listing = context.store().listing(p.scope(), ListingKeys.children(p.id(), kind.kind())).orElse(null);
        return new Snapshot(p, context.children(p, kind.kind()), listing);
    }

    private void show(Snapshot snapshot) {
        parent = snapshot.parent();
        Row was = selected.get();
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
        String fetched = l != null && l.lastCompleteAt() != null
                ? dev.acrconsole.app.inventory.ResourceGraphInventory.freshness(l, l.lastCompleteAt())
                : "Fetched with " + s.parent().name() + " " + Format.instant(s.parent().fetchedAt());
        return l != null && l.failed() ? fetched + " — last refresh failed: " + l.lastError() : fetched;
    }
}
