package dev.acrconsole.ui.details;

import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.model.ResourceDetails;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.navigation.NavNode;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The detail pane's state: the selected resource's details, read from the cache in the background. */
public final class DetailsViewModel {
    private final ResourceStore store;
    private final CacheScope scope;
    private final Background background;
    private final ReadOnlyObjectWrapper<ResourceDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Select a subscription, resource group or registry.");
    private NavNode shown;

    public DetailsViewModel(ResourceStore store, CacheScope scope, Background background) {
        this.store = store;
        this.scope = scope;
        this.background = background;
    }

    public ReadOnlyObjectProperty<ResourceDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Shown instead of details when there are none (nothing selected, not cached, unreadable). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Loads {@code node}'s details; completes on the FX thread when they are shown. Call on the FX thread. */
    public CompletableFuture<Void> show(NavNode node) {
        shown = node;
        if (node == null || node.id() == null) {
            details.set(null);
            message.set(placeholder(node));
            return CompletableFuture.completedFuture(null);
        }
        CacheScope rowScope = scope;
        return background.submit(() -> load(node, rowScope))
                .handleAsync((loaded, error) -> {
                    if (shown != node) {
                        return null; // the user moved on; a stale answer must not overwrite
                    }
                    if (error != null) {
                        details.set(null);
                        message.set("Cannot show " + node.name() + ": " + ArmErrors.describe(error));
                    } else if (loaded == null) {
                        details.set(null);
                        message.set(node.name() + " is no longer in the cache.");
                    } else if (!loaded.equals(details.get())) {
                        details.set(loaded); // the same details again (a reload, a refresh that changed nothing) keep the pane as it is
                    }
                    return null;
                }, FxBridge.executor());
    }

    private static String placeholder(NavNode node) {
        if (node == null) {
            return "Select a subscription, resource group or registry.";
        }
        return switch (node.kind()) {
            case ACCOUNT -> "Account " + node.name() + ". Sign-in, tenants and the subscription filter are in the Accounts panel.";
            case MESSAGE -> node.name();
            default -> node.name() + " is known only from its children's ids: it has not been fetched.";
        };
    }

    /** Reloads what is shown (after a refresh replaced it in the cache). */
    public CompletableFuture<Void> reload() {
        return show(shown);
    }

    private ResourceDetails load(NavNode node, CacheScope rowScope) {
        CacheScope known = rowScope != null ? rowScope : node.scope(); // the tree knows whose row it shows
        if (known != null) {
            return store.get(known, node.id()).map(ResourceDetails::of).orElse(null);
        }
        // Offline, every cached scope is shown: find the row in whichever scope holds it.
        return store.listings(null).stream().map(l -> l.scope()).distinct()
                .map(s -> store.get(s, node.id())).flatMap(java.util.Optional::stream)
                .findFirst().map(ResourceDetails::of).orElse(null);
    }

}
