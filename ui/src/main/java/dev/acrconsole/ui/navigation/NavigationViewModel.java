package dev.acrconsole.ui.navigation;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The tree's state: the nodes read from the cache, and which one is selected. Reads happen in the
 * background; overlapping reload requests collapse into one follow-up read.
 */
public final class NavigationViewModel {
    private final ResourceStore store;
    private final CacheScope scope;
    private final Background background;
    private final ReadOnlyObjectWrapper<List<NavNode>> roots = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<NavNode> selected = new SimpleObjectProperty<>();
    private CompletableFuture<Void> inFlight;
    private CompletableFuture<Void> queued;

    public NavigationViewModel(ResourceStore store, CacheScope scope, Background background) {
        this.store = store;
        this.scope = scope;
        this.background = background;
    }

    public ReadOnlyObjectProperty<List<NavNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public ObjectProperty<NavNode> selectedProperty() {
        return selected;
    }

    /**
     * Re-reads the tree from the cache; completes on the FX thread once the new nodes are set.
     * Call on the FX thread.
     */
    public CompletableFuture<Void> reload() {
        if (inFlight != null && !inFlight.isDone()) {
            if (queued == null) {
                queued = inFlight.thenCompose(v -> {
                    queued = null;
                    return start();
                });
            }
            return queued;
        }
        inFlight = start();
        return inFlight;
    }

    private CompletableFuture<Void> start() {
        return background.submit(() -> NavTree.build(store.navigationRows(scope)))
                .thenAcceptAsync(roots::set, FxBridge.executor());
    }
}
