package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleHealth;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Subscriptions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * On a registry's page: its cache rules whose credential set is unhealthy (or gone), each with the set and ARM's health
 * error, shown only when there is one. From the cache; when connected and the registry's cache rules or credential sets
 * were never listed, it lists them once (from then on every refresh reads them, so a set that turns unhealthy is
 * flagged). It re-reads when either kind changes in the cache. Plain Java.
 */
public final class CacheRuleFlagsViewModel {
    private static final Set<ResourceKind> KINDS = Set.of(CacheRuleKind.KIND, CredentialSetKind.KIND);

    private final PageContext context;
    private final ObservableList<CacheRuleHealth.Flag> flags = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final Subscriptions subscriptions = new Subscriptions();
    private Row current;

    public CacheRuleFlagsViewModel(PageContext context) {
        this.context = context;
    }

    public ObservableList<CacheRuleHealth.Flag> flags() {
        return flags;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** True while a registry with a flagged rule is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows the flagged rules of {@code row} when it is a registry, else hides; completes on the FX thread. */
    public CompletableFuture<Void> show(Row row) {
        boolean same = row != null && row.sameResource(current);
        current = row;
        if (row == null || row.kind() != RegistryKind.KIND) {
            subscriptions.releaseAll();
            apply(List.of());
            return CompletableFuture.completedFuture(null);
        }
        if (!same) {
            subscriptions.releaseAll();
            subscriptions.add(context.feed().watch(c -> c.touchesKinds(KINDS), () -> {
                if (current != null && current.kind() == RegistryKind.KIND) {
                    load(current, false);
                }
            }));
        }
        return load(row, !same);
    }

    /** Opens the flagged rule in its folder. */
    public void open(CacheRuleHealth.Flag flag) {
        context.reveal().showRow(flag.ruleId(), CacheRuleKind.KIND);
    }

    private CompletableFuture<Void> load(Row registry, boolean listMissing) {
        Session session = listMissing ? context.session(registry) : null;
        return context.background().submit(() -> {
                    if (session != null) {
                        for (ResourceKind kind : List.of(CacheRuleKind.KIND, CredentialSetKind.KIND)) {
                            if (context.store().listing(registry.scope(), ListingKeys.children(registry.id(), kind)).isEmpty()) {
                                // Its change notification reloads this section; a failure shows on the folder's page.
                                session.refresh().refreshChildren(registry.resource(), kind, RefreshListener.NONE);
                            }
                        }
                    }
                    boolean setsListed = context.store().listing(registry.scope(),
                            ListingKeys.children(registry.id(), CredentialSetKind.KIND)).isPresent();
                    return CacheRuleHealth.flags(context.children(registry, CacheRuleKind.KIND),
                            setsListed ? context.children(registry, CredentialSetKind.KIND) : null);
                })
                .thenAcceptAsync(found -> {
                    if (current == registry) { // the user may have moved on meanwhile
                        apply(found);
                    }
                }, context.fx());
    }

    private void apply(List<CacheRuleHealth.Flag> found) {
        flags.setAll(found);
        heading.set(found.isEmpty() ? "" : "Cache rules that cannot sign in to their upstream (" + found.size() + ")");
        shown.set(!found.isEmpty());
    }
}
