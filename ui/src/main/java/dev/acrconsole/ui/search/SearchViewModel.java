package dev.acrconsole.ui.search;

import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.Search;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.ui.page.PageContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Search over every cached resource of every account: each word typed is a prefix, all must match, a quoted phrase
 * matches its words together, -word leaves out ({@link Search#SYNTAX}). Runs against the cache only, so it works
 * offline; each hit says when it was fetched.
 */
public final class SearchViewModel {
    static final int LIMIT = 200;
    private static final Duration PAUSE = Duration.ofMillis(200);

    private final PageContext context;
    private final Search search;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableSet<ResourceKind> kinds = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Type to search names, ids, login servers, "
            + "tags, run ids, image digests, status texts, token and scope map names, endpoint hosts. " + Search.SYNTAX);
    private Future<?> pending;
    private long asked;

    public SearchViewModel(PageContext context, Search search) {
        this.context = context;
        this.search = search;
        text.addListener((obs, old, now) -> schedule());
        kinds.addListener((javafx.collections.SetChangeListener<ResourceKind>) change -> schedule());
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The kinds to keep; none chosen means every kind. */
    public ObservableSet<ResourceKind> kinds() {
        return kinds;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The kinds a user can filter by, in the kind registry's order. */
    public List<ResourceKind> filterableKinds() {
        return context.kinds().all().stream().map(KindDescriptor::kind).toList();
    }

    public String title(ResourceKind kind) {
        return context.kinds().of(kind).title();
    }

    /** Opens a hit in the tree: the resource itself, or the folder of its parent that lists it. */
    public void open(SearchHit hit) {
        KindDescriptor<?> kind = context.kinds().of(hit.kind());
        if (kind.inTree()) {
            context.reveal().show(hit.id(), null);
        } else if (kind.listing() instanceof Listing.Below) {
            context.reveal().showRow(hit.id(), hit.kind());
        } // a tenant is no node of the tree: nothing to open

    }

    /** Searches now (Enter), without the pause typing gets. */
    public void searchNow() {
        if (pending != null) {
            pending.cancel(false);
        }
        run();
    }

    private void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = context.background().schedule(PAUSE, () -> context.fx().execute(this::run));
    }

    private void run() {
        String query = text.get();
        Set<ResourceKind> chosen = Set.copyOf(kinds);
        long ticket = ++asked;
        if (query.isBlank()) {
            hits.clear();
            status.set("Type to search.");
            return;
        }
        long started = System.nanoTime();
        context.background().submit(() -> search.find(query, context.scope(), chosen, LIMIT))
                .whenCompleteAsync((found, error) -> {
                    if (ticket != asked) {
                        return; // typed on since: a newer answer is coming
                    }
                    if (error != null) {
                        status.set("Search failed: " + error.getMessage());
                        return;
                    }
                    hits.setAll(found);
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    String note = Search.note(query); // how the text was read, when it is not what was meant
                    status.set((note == null ? "" : note + " ") + (found.isEmpty() ? "Nothing cached matches." : found.size()
                            + (found.size() == LIMIT ? "+" : "") + " found in " + ms + " ms (the cache, offline too)."));
                }, context.fx());
    }
}
