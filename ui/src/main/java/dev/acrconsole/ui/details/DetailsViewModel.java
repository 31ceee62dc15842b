package dev.acrconsole.ui.details;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.ResourceDetails;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.ui.page.Latest;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Subscriptions;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The detail pane's state: the shown resource's row and details, read from the cache in the background, and read again
 * when that resource changes there (and only then).
 */
public final class DetailsViewModel {
    /**
     * What the pane is asked to show: a cached resource ({@code id} and {@code scope}, null scope: the view's, or
     * whichever holds it), or only a line to say (a message, an account, a parent known only from its children).
     */
    public record Target(String id, CacheScope scope, String name, String placeholder) {
        public static Target resource(String id, CacheScope scope, String name) {
            return new Target(id, scope, name, null);
        }

        public static Target say(String text) {
            return new Target(null, null, null, text);
        }
    }

    static final String NOTHING = "Select a subscription, resource group or registry.";

    private final PageContext context;
    private final ReadOnlyObjectWrapper<ResourceDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Row> row = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(NOTHING);
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper("");
    private final Subscriptions subscriptions = new Subscriptions();
    private final Latest latest = new Latest();
    private Target shown;
    private int loads;

    public DetailsViewModel(PageContext context) {
        this.context = context;
    }

    public ReadOnlyObjectProperty<ResourceDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The shown resource's row (its kind decides the actions and sections), or null. */
    public ReadOnlyObjectProperty<Row> rowProperty() {
        return row.getReadOnlyProperty();
    }

    /** When the shown resource was fetched, and whether only Resource Graph has said so yet. */
    public ReadOnlyStringProperty fetchedProperty() {
        return fetched.getReadOnlyProperty();
    }

    /** Shown instead of details when there are none (nothing selected, not cached, unreadable). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many times it read the cache (tests count them). */
    public int loads() {
        return loads;
    }

    /** Loads {@code target}'s details; completes on the FX thread when they are shown. Call on the FX thread. */
    public CompletableFuture<Void> show(Target target) {
        boolean same = target != null && shown != null && target.id() != null && target.id().equalsIgnoreCase(shown.id());
        shown = target;
        if (!same) {
            subscriptions.releaseAll();
        }
        if (target == null || target.id() == null) {
            details.set(null);
            row.set(null);
            message.set(target == null ? NOTHING : target.placeholder());
            return CompletableFuture.completedFuture(null);
        }
        if (!same) {
            // Re-read when this resource is written or removed in the cache: a refresh, an operation's outcome.
            subscriptions.add(context.feed().watch(c -> c.touchesResource(target.scope(), target.id()), this::reload));
        }
        loads++;
        long ticket = latest.ask();
        return context.background().submit(() -> context.find(target.scope(), target.id())
                        .map(r -> new Loaded(r, context.store().listingOf(r.scope(), r.id()).orElse(null))).orElse(null))
                .handleAsync((found, error) -> {
                    Row loaded = found == null ? null : found.row();
                    if (shown != target || !latest.fresh(ticket)) {
                        return null; // the user moved on, or a newer read is on screen: a stale answer must not overwrite
                    }
                    if (error != null) {
                        details.set(null);
                        row.set(null);
                        message.set("Cannot show " + target.name() + ": " + ArmErrors.describe(error));
                    } else if (loaded == null) {
                        details.set(null);
                        row.set(null);
                        message.set(target.name() + " is no longer in the cache.");
                    } else {
                        ResourceDetails d = context.kinds().describe(loaded);
                        if (!d.equals(details.get())) {
                            details.set(d); // the same details again (a refresh that changed nothing) keep the pane as it is
                        }
                        if (!loaded.equals(row.get())) {
                            row.set(loaded);
                        }
                        fetched.set(dev.acrconsole.app.inventory.ResourceGraphInventory.freshness(found.listing(), d.fetchedAt()));
                    }
                    return null;
                }, context.fx());
    }

    /** A cached resource and the listing that delivered it (its source), read together off the FX thread. */
    private record Loaded(Row row, dev.acrconsole.cache.Listing listing) {}

    /** Reads what is shown again. */
    public CompletableFuture<Void> reload() {
        return show(shown);
    }
}
