package dev.acrconsole.ui.main;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheRecovery;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The bar a damaged cache puts at the top of the window (ADR 0014): what is wrong, and the move aside it offers;
 * offline or headless nobody is asked, and it is done at once. Until the damaged cache is moved aside nothing is
 * refreshed ({@link #pending}): writes into a damaged file could make it worse. A snapshot is never moved: the bar only
 * says it is damaged. Plain Java; the view shows {@link #textProperty} and the buttons the two flags ask for.
 */
public final class CacheDamageViewModel {
    private final boolean movable;
    private final boolean unasked;
    private final Supplier<CacheRecovery.Result> startFresh;
    private final Background background;
    private final Executor fx;
    private final Supplier<CompletableFuture<Void>> afterwards;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dismissible = new ReadOnlyBooleanWrapper(false);
    /** FX thread only: the damage not yet moved aside, and the last one told (a read that failed before the move). */
    private CacheDamagedException damage;
    private CacheDamagedException told;
    private CompletableFuture<Void> handled = CompletableFuture.completedFuture(null);

    /**
     * {@code startFresh} moves the cache aside (blocking; run in the background); {@code afterwards} re-reads the window
     * from the fresh cache and refreshes it, on the FX thread.
     */
    CacheDamageViewModel(boolean movable, boolean unasked, Supplier<CacheRecovery.Result> startFresh, Background background,
                         Executor fx, Supplier<CompletableFuture<Void>> afterwards) {
        this.movable = movable;
        this.unasked = unasked;
        this.startFresh = startFresh;
        this.background = background;
        this.fx = fx;
        this.afterwards = afterwards;
    }

    /** Empty unless the cache is (or was just) damaged. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The move aside is offered: its button shows. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** It was moved aside and the bar says how it went, until the user has read it. */
    public ReadOnlyBooleanProperty dismissibleProperty() {
        return dismissible.getReadOnlyProperty();
    }

    /** Damage is known and the cache not yet moved aside. FX thread. */
    public boolean pending() {
        return damage != null;
    }

    /**
     * Damage was found (FX thread): it is said, and the move aside offered or (unasked) done. Found again (or a read
     * that failed on it before the move is heard of after), nothing new happens. Completes when it is dealt with: at
     * once when the user is asked.
     */
    CompletableFuture<Void> damaged(CacheDamagedException found) {
        if (damage != null || found == told) {
            return handled;
        }
        damage = found;
        told = found;
        if (!movable) {
            text.set(found.getMessage() + " A snapshot is never changed: ask for a new one.");
        } else if (unasked) {
            return moveAside();
        } else {
            text.set(found.getMessage() + " Move it aside and start a fresh cache: the next refresh fills it, and the"
                    + " operations journal, settings and history are kept as far as they can be read. Until then"
                    + " nothing is refreshed.");
            offered.set(true);
        }
        return handled;
    }

    /** The bar's button: moves the damaged cache aside, then the window re-reads the fresh cache and refreshes. */
    public CompletableFuture<Void> moveAside() {
        offered.set(false);
        text.set("Moving the damaged cache aside…");
        handled = background.submit(startFresh::get).handleAsync((result, error) -> {
            if (error != null) {
                text.set("The damaged cache could not be moved aside: " + ArmErrors.describe(error));
                offered.set(true);
                return false;
            }
            damage = null;
            text.set("The cache was damaged. " + result.describe());
            dismissible.set(true);
            return true;
        }, fx).thenCompose(moved -> moved ? afterwards.get() : CompletableFuture.completedFuture(null));
        return handled;
    }

    /** The user has read how it went. */
    public void dismiss() {
        if (damage == null) {
            text.set("");
            dismissible.set(false);
        }
    }
}
