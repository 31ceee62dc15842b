package dev.acrconsole.ui.changes;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Reloader;
import dev.acrconsole.ui.page.Subscriptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What changed, newest first, from the change log each refresh writes; filtered to what a registry owner watches
 * for. Given a snapshot file, it shows instead what differs between that snapshot and the cache.
 */
public final class ChangesViewModel implements Lifecycle {
    /** The filters a user picks from. */
    public enum Filter {
        ALL("All changes"),
        PENDING_ENDPOINTS("New pending private endpoints"),
        UNHEALTHY("Connected registries that went Unhealthy"),
        FAILED_RUNS("Runs that failed"),
        DISABLED_TOKENS("Tokens that were disabled"),
        EXPIRING_TOKENS("Tokens expiring within N days"),
        ADDED("Added resources"),
        REMOVED("Removed resources");

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How far back to look. */
    public enum Since {
        DAY("Last 24 hours", Duration.ofDays(1)), WEEK("Last 7 days", Duration.ofDays(7)),
        MONTH("Last 30 days", Duration.ofDays(30)), EVER("Everything kept", null);

        private final String label;
        private final Duration back;

        Since(String label, Duration back) {
            this.label = label;
            this.back = back;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final int LIMIT = 1000;

    private final PageContext context;
    private final CacheReview review;
    private final Path snapshot;
    private final ObservableList<Change> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<Since> since = new SimpleObjectProperty<>(Since.WEEK);
    static final int MAX_DAYS = 365;
    private final StringProperty days = new SimpleStringProperty("30");
    private final ReadOnlyStringWrapper daysError = new ReadOnlyStringWrapper("");
    /** The last N that read as a number: what is shown while the field holds a text that does not. */
    private int daysShown = 30;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private List<Change> compared;
    /** What the compared snapshot holds and when it was made (" of everything, made …"); empty until it is read. */
    private volatile String comparedWith = "";
    private final Subscriptions subscriptions = new Subscriptions();
    private final Reloader reloader;

    /** {@code snapshot} null: the change log; else the differences from that snapshot to the cache. */
    public ChangesViewModel(PageContext context, CacheReview review, Path snapshot) {
        this.context = context;
        this.reloader = new Reloader(this::load, context.fx());
        this.review = review;
        this.snapshot = snapshot;
        filter.addListener((obs, old, now) -> load());
        since.addListener((obs, old, now) -> load());
        days.addListener((obs, old, now) -> {
            Typed<Integer> n = Typed.wholeNumber(now, 1, MAX_DAYS);
            daysError.set(n.ok() ? "" : n.problem());
            if (n.ok() && n.value() != daysShown) {
                daysShown = n.value();
                load();
            }
        });
    }

    /** Shows the changes; the change log's view re-reads as the cache changes (a comparison stays as it was made). */
    @Override
    public void activate() {
        if (!comparing()) {
            subscriptions.add(context.feed().watch(c -> true, reloader::request));
        }
        load();
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    public ObservableList<Change> rows() {
        return rows;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObjectProperty<Since> sinceProperty() {
        return since;
    }

    /** N of "tokens expiring within N days", as typed; a text that is not a number from 1 to 365 changes nothing. */
    public StringProperty daysProperty() {
        return days;
    }

    /** What is wrong with the N typed; empty when it reads. */
    public ReadOnlyStringProperty daysErrorProperty() {
        return daysError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public boolean comparing() {
        return snapshot != null;
    }

    public String title() {
        return snapshot == null ? "What changed" : "Compared with " + snapshot.getFileName();
    }

    /** Reads the changes the filters ask for; completes on the FX thread. */
    public java.util.concurrent.CompletableFuture<Void> load() {
        Filter f = filter.get();
        Since s = since.get();
        int n = daysShown;
        return context.background().submit(() -> read(f, s, n))
                .handleAsync((found, error) -> {
                    if (error != null) {
                        rows.clear();
                        summary.set("Cannot show the changes: " + error.getMessage());
                    } else {
                        rows.setAll(found);
                        summary.set(found.isEmpty() ? "Nothing matches." : found.size() + (found.size() >= LIMIT ? "+" : "")
                                + " change" + (found.size() == 1 ? "" : "s") + (comparing() ? " since the snapshot" + comparedWith + "." : ", newest first."));
                    }
                    return null;
                }, context.fx());
    }

    /** Opens a change's resource in the tree (or the folder that lists it). */
    public void open(Change c) {
        ResourceKind kind = ResourceKind.of(c.kind());
        KindDescriptor<?> d = context.kinds().of(kind);
        if (c.what() == Change.What.removed) {
            return;
        }
        if (d.inTree()) {
            context.reveal().show(c.id(), null);
        } else if (d.listing() instanceof Listing.Below) {
            context.reveal().showRow(c.id(), kind);
        } // a tenant is no node of the tree: nothing to open
    }

    /**
     * What the Change column shows: {@link #describe}, each value as its kind shows it (a tag's digests as the Tags
     * table does, so before and after fit a row); {@link #describe} has them whole.
     */
    public String shown(Change c) {
        if (c.what() != Change.What.changed) {
            return describe(c);
        }
        KindDescriptor<?> d = context.kinds().of(ResourceKind.of(c.kind()));
        return describe(new Change(c.seq(), c.at(), c.scope(), c.id(), c.kind(), c.name(), c.what(), c.field(),
                c.before() == null ? null : d.changeValue(c.field(), c.before()),
                c.after() == null ? null : d.changeValue(c.field(), c.after())));
    }

    /** "Succeeded → Failed", "added", "removed". */
    public static String describe(Change c) {
        return switch (c.what()) {
            case added -> "added";
            case removed -> "removed";
            case changed -> (c.before() == null ? "—" : c.before()) + " → " + (c.after() == null ? "—" : c.after());
        };
    }

    public static String when(Change c) {
        return Format.instant(c.at());
    }

    private List<Change> read(Filter f, Since s, int n) {
        if (snapshot != null) {
            if (compared == null) {
                CacheReview.Compared result = review.compareWith(snapshot);
                compared = result.changes();
                comparedWith = " of " + result.snapshot().filter() + ", made " + Format.instant(result.snapshot().createdAt());
            }
            return compared.stream().filter(c -> matches(c, f)).toList();
        }
        Changes log = review.changes();
        if (f == Filter.EXPIRING_TOKENS) {
            Instant due = Instant.now().plus(Duration.ofDays(n));
            return log.dueBefore(context.scope(), TokenKind.KIND.code(), "Expiry", due, context.store()).stream()
                    .map(t -> new Change(0, t.fetchedAt(), t.scope(), t.id(), t.kind().code(), t.name(), Change.What.changed,
                            "Expiry", null, context.row(t).details(TokenDetails.class).earliestExpiry())).toList();
        }
        Instant from = s.back == null ? null : Instant.now().minus(s.back);
        Changes.Query q = switch (f) {
            case ALL, EXPIRING_TOKENS -> new Changes.Query(context.scope(), from, null, null, null, null, LIMIT);
            case PENDING_ENDPOINTS -> new Changes.Query(context.scope(), from, PrivateEndpointConnectionKind.KIND.code(), null,
                    "Connection status", "Pending", LIMIT);
            case UNHEALTHY -> new Changes.Query(context.scope(), from, ConnectedRegistryKind.KIND.code(), null, "Connection state", "Unhealthy", LIMIT);
            case FAILED_RUNS -> new Changes.Query(context.scope(), from, RunKind.KIND.code(), null, "Run status", "Failed", LIMIT);
            case DISABLED_TOKENS -> new Changes.Query(context.scope(), from, TokenKind.KIND.code(), null, "Status", "disabled", LIMIT);
            case ADDED -> new Changes.Query(context.scope(), from, null, Change.What.added, null, null, LIMIT);
            case REMOVED -> new Changes.Query(context.scope(), from, null, Change.What.removed, null, null, LIMIT);
        };
        return log.list(q);
    }

    /** The filters applied to a comparison's changes (which are not in the log). */
    private static boolean matches(Change c, Filter f) {
        return switch (f) {
            case ALL, EXPIRING_TOKENS -> true;
            case PENDING_ENDPOINTS -> "Connection status".equals(c.field()) && "Pending".equals(c.after());
            case UNHEALTHY -> "Connection state".equals(c.field()) && "Unhealthy".equals(c.after());
            case FAILED_RUNS -> "Run status".equals(c.field()) && "Failed".equals(c.after());
            case DISABLED_TOKENS -> TokenKind.KIND.code().equals(c.kind()) && "Status".equals(c.field()) && "disabled".equals(c.after());
            case ADDED -> c.what() == Change.What.added;
            case REMOVED -> c.what() == Change.What.removed;
        };
    }
}
