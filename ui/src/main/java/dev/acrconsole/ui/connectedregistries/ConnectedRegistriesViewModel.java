package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryActions;
import dev.acrconsole.app.connectedregistries.ConnectionStrings;
import dev.acrconsole.app.model.ConnectedRegistryDetails;
import dev.acrconsole.app.model.ConnectedRegistryHierarchy;
import dev.acrconsole.app.model.DetailField;
import dev.acrconsole.app.model.TokenDetails;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.children.ChildListViewModel;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A registry's connected registries: the table and the hierarchy their parent links make (from the cache at once,
 * then refreshed from ARM), and for the selected one every field and its state history, read in the background.
 */
public final class ConnectedRegistriesViewModel {
    private final PageContext context;
    private final ChildListViewModel list;
    private final ReadOnlyObjectWrapper<List<ConnectedRegistryHierarchy.Node>> hierarchy = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<Transition> history = FXCollections.observableArrayList();
    private CachedResource shown;

    public ConnectedRegistriesViewModel(PageContext context, String registryId, CacheScope scope) {
        this.context = context;
        this.list = ChildListViewModel.of(context, registryId, scope, ResourceKind.CONNECTED_REGISTRY);
        list.rows().addListener((javafx.collections.ListChangeListener<CachedResource>) c ->
                hierarchy.set(ConnectedRegistryHierarchy.build(List.copyOf(list.rows()))));
        list.selectedProperty().addListener((obs, old, row) -> showSelected(row));
    }

    public PageContext context() {
        return context;
    }

    /** The rows, the selection, the freshness line and Refresh. */
    public ChildListViewModel list() {
        return list;
    }

    public ReadOnlyObjectProperty<List<ConnectedRegistryHierarchy.Node>> hierarchyProperty() {
        return hierarchy.getReadOnlyProperty();
    }

    /** Every field of the selected connected registry, its client tokens with their status. */
    public ReadOnlyObjectProperty<List<DetailField>> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The selected one's state changes as refreshes saw them, newest first. */
    public ObservableList<Transition> history() {
        return history;
    }

    public static ConnectedRegistryDetails parse(CachedResource row) {
        return ConnectedRegistryDetails.parse(row.json());
    }

    /** Deactivating a connected registry that is already inactive does nothing worth an operation. */
    public static boolean canDeactivate(CachedResource row) {
        return row != null && "Active".equalsIgnoreCase(parse(row).activation());
    }

    public static boolean hasSyncToken(CachedResource row) {
        return row != null && parse(row).sync().tokenId() != null;
    }

    /** The name of a connected registry's sync token, for the words of a dialog. */
    public static String syncToken(CachedResource row) {
        String token = parse(row).syncTokenName();
        return token == null ? "(none)" : token;
    }

    /** An error in one line, ARM's code and message first. */
    public String describe(Throwable error) {
        return ArmErrors.describe(error);
    }

    public CompletableFuture<Operation> deactivate(CachedResource row) {
        return context.submit(row.scope(), ConnectedRegistryActions.deactivate(row.id(), row.tenantId()));
    }

    public CompletableFuture<Operation> delete(CachedResource row) {
        return context.submit(row.scope(), ConnectedRegistryActions.delete(row.id(), row.tenantId()));
    }

    /**
     * Generates a new password1 for its sync token and the connection string with it; completes on the FX thread. The
     * secret goes to the caller (a dialog) and nowhere else.
     */
    public CompletableFuture<Secret> connectionString(CachedResource row) {
        Session s = context.session(row.scope(), row.tenantId());
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Offline: connect to generate a password."));
        }
        return context.background().submit(() -> new ConnectionStrings(new TokenCredentials(s.arm()), context.store()).generate(row))
                .thenApplyAsync(secret -> secret, FxBridge.executor());
    }

    /**
     * Re-reads the registry's tokens (so client tokens show whether they are enabled) and then its connected registries
     * from ARM, when online; completes on the FX thread.
     */
    public CompletableFuture<Void> refresh() {
        CachedResource registry = list.parent();
        Session s = registry == null ? null : context.session(registry.scope(), registry.tenantId());
        if (s == null) {
            return list.refresh();
        }
        return context.background().submit(() -> s.refresh().refreshChildren(registry, ResourceKind.TOKEN, RefreshListener.NONE))
                .handle((report, error) -> null) // a failure shows on the Tokens folder; the page goes on
                .thenComposeAsync(v -> list.refresh(), FxBridge.executor());
    }

    /** Reads the cached rows (and the selected one's history again); completes on the FX thread. */
    public CompletableFuture<Void> load() {
        return list.load();
    }

    private record Selected(CachedResource row, List<DetailField> fields, List<Transition> history) {}

    private void showSelected(CachedResource row) {
        shown = row;
        if (row == null) {
            details.set(List.of());
            history.clear();
            return;
        }
        context.background().submit(() -> read(row)).thenAcceptAsync(s -> {
            if (shown == s.row()) {
                details.set(s.fields());
                history.setAll(s.history());
            }
        }, FxBridge.executor());
    }

    private Selected read(CachedResource row) {
        Map<String, String> notes = new HashMap<>();
        for (CachedResource t : context.store().children(row.scope(), list.parentId(), ResourceKind.TOKEN)) {
            notes.put(t.id().toLowerCase(Locale.ROOT), TokenDetails.parse(t.json()).status());
        }
        List<Transition> changes = new java.util.ArrayList<>(context.store().connectedRegistryHistory(row.scope(), row.id()));
        java.util.Collections.reverse(changes);
        return new Selected(row, parse(row).fields(notes), changes);
    }
}
