package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.cache.CacheChange;
import dev.acrconsole.cache.CacheChanges;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.page.CacheFeed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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
    /** How long the last read and build of the tree took, in the background (ms). */
    private volatile long lastReadMs;
    private final ResourceStore store;
    private final CacheScope scope;
    private final Background background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<List<NavNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<NavNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<String> reveal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<String>> changed = new ReadOnlyObjectWrapper<>(Set.of());
    private Supplier<Map<String, String>> unseen = Map::of;
    private CompletableFuture<Void> inFlight;
    private CompletableFuture<Void> queued;
    private CompletableFuture<List<NavNode>> prefetched;
    private final Function<List<NavigationRow>, List<NavNode>> outline;

    /**
     * {@code outline} turns cache rows into the tree (on a background thread: it may read more); {@code prefetched},
     * if not null, is the first reload's tree, already being read and built.
     */
    private java.util.function.Predicate<String> production = id -> false;
    private final javafx.beans.property.SimpleIntegerProperty productionMarks = new javafx.beans.property.SimpleIntegerProperty();

    public NavigationViewModel(ResourceStore store, CacheScope scope, Background background, Executor fx,
                               CompletableFuture<List<NavNode>> prefetched,
                               Function<List<NavigationRow>, List<NavNode>> outline) {
        this.outline = outline;
        this.store = store;
        this.scope = scope;
        this.background = background;
        this.fx = fx;
        this.prefetched = prefetched;
    }

    /** Re-reads the tree whenever a write {@code mine} accepts (one that touches the tree's kinds) lands in the cache. */
    public CacheChanges.Subscription follow(CacheFeed feed, Predicate<CacheChange> mine) {
        return feed.watch(mine, this::reload);
    }

    public ReadOnlyObjectProperty<List<NavNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public ObjectProperty<NavNode> selectedProperty() {
        return selected;
    }

    /**
     * Shows a mark on every node with a change the user has not looked at yet, or one below it; {@code unseen}
     * reads them (id key -> kind) from the change log, on a background thread.
     */
    public void markChanges(Supplier<Map<String, String>> unseen) {
        this.unseen = unseen;
    }

    /** Keys of the nodes to mark as changed since the user last looked. */
    /** Which ARM ids are production (tinted in the tree); see {@code app.guard.Guard}. */
    public void production(java.util.function.Predicate<String> isProduction) {
        this.production = isProduction;
    }

    public boolean production(NavNode node) {
        return node != null && node.id() != null && production.test(node.id());
    }

    /** A Production mark changed: the tree re-tints its cells. */
    public void productionChanged() {
        productionMarks.set(productionMarks.get() + 1);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty productionMarksProperty() {
        return productionMarks;
    }

    public ReadOnlyObjectProperty<Set<String>> changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Re-reads the marks only (after the user looked at something); completes on the FX thread. */
    public CompletableFuture<Void> reloadMarks() {
        return background.submit(() -> changedKeys(unseen.get())).thenAcceptAsync(changed::set, fx);
    }

    /** Each unseen resource, every node above it (its id's prefixes), and its parent's folder of its kind. */
    static Set<String> changedKeys(Map<String, String> unseen) {
        Set<String> keys = new HashSet<>();
        unseen.forEach((idKey, kind) -> {
            keys.add(idKey);
            for (int slash = idKey.indexOf('/', 1); slash > 0; slash = idKey.indexOf('/', slash + 1)) {
                keys.add(idKey.substring(0, slash));
            }
            String parent = ArmIds.parent(idKey);
            if (parent != null) {
                keys.add(NavNode.folderKey(parent, ResourceKind.of(kind)));
            }
        });
        return keys;
    }

    private String wantedRow;
    private ResourceKind wantedKind;

    /** The key of a node the tree should select and scroll to (set by {@link #reveal}). */
    public ReadOnlyObjectProperty<String> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /**
     * Asks the tree to open and select a resource (by id) or a registry's folder of {@code kind} (kind not null);
     * returns the key of the node it will select.
     */
    public String reveal(String resourceId, ResourceKind folderKind) {
        String key = CachedResource.idKey(resourceId);
        String target = folderKind == null ? key : NavNode.folderKey(key, folderKind);
        reveal.set(null); // the same target twice in a row must still move the tree
        reveal.set(target);
        return target;
    }

    /**
     * Asks the tree to open the folder that lists a row (a resource the tree does not show itself, e.g. a token), and
     * that folder's page to select the row; returns the folder's key.
     */
    public String revealRow(String rowId, ResourceKind kind) {
        wantedRow = CachedResource.idKey(rowId);
        wantedKind = kind;
        return reveal(ArmIds.parent(rowId), kind);
    }

    /** The row {@link #revealRow} asked {@code folder} to select, once; null when none was asked. */
    public String takeWantedRow(NavNode folder) {
        String row = wantedRow;
        if (row == null || !folder.folder() || folder.folderOf() != wantedKind || folder.id() == null
                || !row.startsWith(CachedResource.idKey(folder.id()) + "/")) {
            return null;
        }
        wantedRow = null;
        return row;
    }

    /**
     * Re-reads the tree from the cache; completes on the FX thread once the new nodes are set.
     * Call on the FX thread.
     */
    public CompletableFuture<Void> reload() {
        if (inFlight != null && !inFlight.isDone()) {
            if (queued == null) {
                // A refresh asks after every listing; one follow-up read, spaced out, serves them all.
                // Spaced by four times the last read at least: at 10,000 registries a read and build takes ~150 ms, and
                // back to back they kept both cores busy while a refresh wrote, so the FX thread waited for one.
                long delay = Math.max(FOLLOW_UP_DELAY_MS, 4 * lastReadMs);
                queued = inFlight
                        .thenCompose(v -> CompletableFuture.runAsync(() -> { },
                                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS)))
                        .thenComposeAsync(v -> {
                            queued = null;
                            inFlight = start();
                            return inFlight;
                        }, fx);
            }
            return queued;
        }
        inFlight = start();
        return inFlight;
    }

    private CompletableFuture<Void> start() {
        CompletableFuture<List<NavNode>> nodes = prefetched != null ? prefetched
                : background.submit(() -> {
                    long started = System.nanoTime();
                    List<NavNode> built = outline.apply(store.navigationRows(scope));
                    lastReadMs = (System.nanoTime() - started) / 1_000_000;
                    return built;
                });
        prefetched = null;
        return nodes.thenAcceptAsync(roots::set, fx)
                .thenCompose(v -> reloadMarks());
    }
}
