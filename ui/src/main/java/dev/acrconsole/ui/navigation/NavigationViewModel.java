package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The tree's state: the nodes read from the cache, and which one is selected. Reads happen in the
 * background; overlapping reload requests collapse into one follow-up read.
 */
public final class NavigationViewModel {
    private static final long FOLLOW_UP_DELAY_MS = 250;
    private final ResourceStore store;
    private final CacheScope scope;
    private final Background background;
    private final ReadOnlyObjectWrapper<List<NavNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<NavNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> reveal = new ReadOnlyObjectWrapper<>();
    private CompletableFuture<Void> inFlight;
    private CompletableFuture<Void> queued;
    private CompletableFuture<List<NavigationRow>> prefetched;
    private final Function<List<NavigationRow>, List<NavNode>> outline;

    /** {@code prefetched}, if not null, is the first reload's rows, already being read. */
    public NavigationViewModel(ResourceStore store, CacheScope scope, Background background,
                               CompletableFuture<List<NavigationRow>> prefetched) {
        this(store, scope, background, prefetched, NavTree::build);
    }

    /** {@code outline} turns cache rows into the tree (on a background thread: it may read more). */
    public NavigationViewModel(ResourceStore store, CacheScope scope, Background background,
                               CompletableFuture<List<NavigationRow>> prefetched,
                               Function<List<NavigationRow>, List<NavNode>> outline) {
        this.outline = outline;
        this.store = store;
        this.scope = scope;
        this.background = background;
        this.prefetched = prefetched;
    }

    public ReadOnlyObjectProperty<List<NavNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public ObjectProperty<NavNode> selectedProperty() {
        return selected;
    }

    /** The key of a node the tree should select and scroll to (set by {@link #reveal}). */
    public ReadOnlyObjectProperty<String> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Asks the tree to open and select a resource (by id) or a registry's folder of {@code kind} (kind not null). */
    public void reveal(String resourceId, ResourceKind folderKind) {
        String key = CachedResource.idKey(resourceId);
        reveal.set(null); // the same target twice in a row must still move the tree
        reveal.set(folderKind == null ? key : NavTree.folderKey(key, folderKind));
    }

    /**
     * Re-reads the tree from the cache; completes on the FX thread once the new nodes are set.
     * Call on the FX thread.
     */
    public CompletableFuture<Void> reload() {
        if (inFlight != null && !inFlight.isDone()) {
            if (queued == null) {
                // A refresh asks after every listing; one follow-up read, spaced out, serves them all.
                queued = inFlight
                        .thenCompose(v -> CompletableFuture.runAsync(() -> { },
                                CompletableFuture.delayedExecutor(FOLLOW_UP_DELAY_MS, TimeUnit.MILLISECONDS)))
                        .thenComposeAsync(v -> {
                            queued = null;
                            inFlight = start();
                            return inFlight;
                        }, FxBridge.executor());
            }
            return queued;
        }
        inFlight = start();
        return inFlight;
    }

    private CompletableFuture<Void> start() {
        CompletableFuture<List<NavigationRow>> rows = prefetched != null ? prefetched
                : background.submit(() -> store.navigationRows(scope));
        prefetched = null;
        return rows.thenApplyAsync(outline, background::run)
                .thenAcceptAsync(roots::set, FxBridge.executor());
    }
}
