package dev.acrconsole.ui.main;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.throttle.ArmBudget;
import dev.acrconsole.cache.CacheScope;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's "ARM reads left" item: the lowest read budget ARM reported across every ARM client set this run reads
 * through (the sandbox's, each account's), with the subscription it is for. Budgets report on the threads that saw
 * ARM's answers; the figure is taken there and shown on the FX thread, at most one update queued at a time.
 */
public final class ReadBudgetViewModel {

    /** Below this many reads left the item is marked low (a tenth of ARM's 250). */
    static final long LOW = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** One budget's lowest figure, with its subscription's name when the cache knows it. */
    private record Seen(ArmBudget.Low low, String name) {}

    private final Executor fx;
    private final BiFunction<CacheScope, String, Optional<String>> subscriptionName;
    private final Map<ArmBudget, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper low = new ReadOnlyBooleanWrapper();

    /** {@code subscriptionName} looks a subscription's display name up in the cache (called off the FX thread). */
    public ReadBudgetViewModel(BiFunction<CacheScope, String, Optional<String>> subscriptionName, Executor fx) {
        this.subscriptionName = subscriptionName;
        this.fx = fx;
    }

    /** Follows {@code arm}'s budget from now on (any thread). */
    public void watch(ArmClients arm) {
        ArmBudget budget = arm.budget();
        CacheScope scope = arm.session().cacheScope();
        budget.listen(l -> changed(budget, scope, l));
        changed(budget, scope, budget.lowest());
    }

    private void changed(ArmBudget budget, CacheScope scope, Optional<ArmBudget.Low> lowest) {
        if (lowest.isEmpty()) {
            seen.remove(budget);
        } else {
            seen.put(budget, new Seen(lowest.get(), name(scope, lowest.get())));
        }
        if (queued.compareAndSet(false, true)) { // a refresh reports on every answer: the FX thread gets the latest only
            fx.execute(() -> {
                queued.set(false);
                show();
            });
        }
    }

    private String name(CacheScope scope, ArmBudget.Low l) {
        if (l.tenant()) {
            return "tenant-level requests";
        }
        String key = scope.key() + "|" + l.subscriptionId();
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> found = subscriptionName.apply(scope, l.subscriptionId());
        found.ifPresent(n -> names.put(key, n)); // not cached yet: asked again at the next change
        return found.orElse(l.subscriptionId());
    }

    private void show() {
        Optional<Seen> lowest = seen.values().stream().min(Comparator.comparingLong(s -> s.low().remaining()));
        if (lowest.isEmpty()) {
            text.set("");
            tooltip.set("");
            low.set(false);
            return;
        }
        Seen s = lowest.get();
        text.set("ARM reads left: " + s.low().remaining() + " (" + s.name() + ")");
        low.set(s.low().remaining() < LOW);
        String at = s.low().seenAt() == null ? "" : " at " + TIME.format(s.low().seenAt().truncatedTo(ChronoUnit.SECONDS)
                .atZone(ZoneId.systemDefault()));
        String whose = s.low().tenant() ? "tenant-level requests (no subscription)"
                : s.name() + (s.name().equals(s.low().subscriptionId()) ? "" : " (" + s.low().subscriptionId() + ")");
        tooltip.set("The lowest read budget Azure Resource Manager reported" + at + ": " + s.low().remaining()
                + " reads left for " + whose + ".\nARM allows each subscription a burst of 250 reads, 25 more each second. "
                + "A refresh slows down before a subscription's budget runs out and waits out ARM's throttling (429) for "
                + "that subscription only, so no listing is lost; operations are not held back.");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tooltipProperty() {
        return tooltip.getReadOnlyProperty();
    }

    /** Fewer than a tenth of ARM's burst left: the refresh is being paced. */
    public ReadOnlyBooleanProperty lowProperty() {
        return low.getReadOnlyProperty();
    }
}
