package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryActions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryHierarchy;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.connectedregistries.ConnectionStrings;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ConnectedRegistryHistory.Transition;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Subscriptions;
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
public final class ConnectedRegistriesViewModel implements Lifecycle {
    private final PageContext context;
    private final CollectionViewModel list;
    private final Subscriptions subscriptions = new Subscriptions();
    private final ReadOnlyObjectWrapper<List<ConnectedRegistryHierarchy.Node>> hierarchy = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<Transition> history = FXCollections.observableArrayList();
    private Row shown;

    public ConnectedRegistriesViewModel(PageContext context, String registryId, CacheScope scope) {
        this.context = context;
        this.list = new CollectionViewModel(context, registryId, scope, ConnectedRegistryKind.KIND);
        list.rows().addListener((javafx.collections.ListChangeListener<Row>) c ->
                hierarchy.set(ConnectedRegistryHierarchy.build(List.copyOf(list.rows()))));
        list.selectedProperty().addListener((obs, old, row) -> showSelected(row));
    }

    /**
     * Shows the cached rows, then refreshes them (and the registry's tokens); re-reads when they change in the cache,
     * and re-reads the selected one's fields when the tokens (its client tokens' status) change.
     */
    @Override
    public void activate() {
        list.listen();
        subscriptions.add(context.feed().watch(c -> c.touchesListing(null, ListingKeys.children(list.parentId(), TokenKind.KIND)),
                () -> showSelected(list.selectedProperty().get())));
        load().thenRun(this::refresh);
    }

    @Override
    public void deactivate() {
        list.deactivate();
        subscriptions.releaseAll();
    }

    public boolean online() {
        return context.online();
    }

    public void notice(String text) {
        context.notice().accept(text);
    }

    /** The rows, the selection, the freshness line and Refresh. */
    public CollectionViewModel list() {
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

    public static ConnectedRegistryDetails parse(Row row) {
        return row.details(ConnectedRegistryDetails.class);
    }

    /** Deactivating a connected registry that is already inactive does nothing worth an operation. */
    public static boolean canDeactivate(Row row) {
        return row != null && "Active".equalsIgnoreCase(parse(row).activation());
    }

    public static boolean hasSyncToken(Row row) {
        return row != null && parse(row).sync().tokenId() != null;
    }

    /** The name of a connected registry's sync token, for the words of a dialog. */
    public static String syncToken(Row row) {
        String token = parse(row).syncTokenName();
        return token == null ? "(none)" : token;
    }

    /** An error in one line, ARM's code and message first. */
    public String describe(Throwable error) {
        return ArmErrors.describe(error);
    }

    public CompletableFuture<Operation> deactivate(Row row) {
        return context.submit(row.scope(), ConnectedRegistryActions.deactivate(row.id(), row.tenantId()));
    }

    /** Only an activated runtime syncs: resyncing one never deployed (or deactivated) has nothing to sync. */
    public static boolean canResync(Row row) {
        return canDeactivate(row);
    }

    /** ConnectedRegistries_Resync as an operation; the row is re-read when it ends, with its last sync result. */
    public CompletableFuture<Operation> resync(Row row) {
        return context.submit(row.scope(), ConnectedRegistryActions.resync(row.id(), row.tenantId()));
    }

    public CompletableFuture<Operation> delete(Row row) {
        return context.submit(row.scope(), ConnectedRegistryActions.delete(row.id(), row.tenantId()));
    }

    /**
     * Generates a new password1 for its sync token and the connection string with it; completes on the FX thread. The
     * secret goes to the caller (a dialog) and nowhere else.
     */
    public CompletableFuture<Secret> connectionString(Row row) {
        Session s = context.session(row.scope(), row.tenantId());
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Offline: connect to generate a password."));
        }
        return context.background().submit(() -> new ConnectionStrings(new TokenCredentials(s.arm()), context.store()).generate(row.resource()))
                .thenApplyAsync(secret -> secret, context.fx());
    }

    /**
     * Re-reads the registry's tokens (so client tokens show whether they are enabled) and then its connected registries
     * from ARM, when online; completes on the FX thread.
     */
    public CompletableFuture<Void> refresh() {
        Row registry = list.parent();
        Session s = registry == null ? null : context.session(registry.scope(), registry.tenantId());
        if (s == null) {
            return list.refresh();
        }
        return context.background().submit(() -> s.refresh().refreshChildren(registry.resource(), TokenKind.KIND, RefreshListener.NONE))
                .handle((report, error) -> null) // a failure shows on the Tokens folder; the page goes on
                .thenComposeAsync(v -> list.refresh(), context.fx());
    }

    /** Reads the cached rows (and the selected one's history again); completes on the FX thread. */
    public CompletableFuture<Void> load() {
        return list.load();
    }

    private record Selected(Row row, List<DetailField> fields, List<Transition> history) {}

    private void showSelected(Row row) {
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
        }, context.fx());
    }

    private Selected read(Row row) {
        Map<String, String> notes = new HashMap<>();
        for (Row t : context.kinds().rows(context.store().children(row.scope(), list.parentId(), TokenKind.KIND))) {
            notes.put(t.id().toLowerCase(Locale.ROOT), t.details(TokenDetails.class).status());
        }
        List<Transition> changes = new java.util.ArrayList<>(context.store().connectedRegistryHistory(row.scope(), row.id()));
        java.util.Collections.reverse(changes);
        return new Selected(row, parse(row).fields(notes), changes);
    }
}
