package dev.acrconsole.ui.iotoperations;

import dev.acrconsole.app.iotoperations.RegistryEndpoint;
import dev.acrconsole.app.model.RegistryDetails;
import dev.acrconsole.app.refresh.ArmIds;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import dev.acrconsole.ui.navigation.NavNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * On a registry's page: the IoT Operations registry endpoints that point at its login server. ARM has no link from a
 * registry to them (an endpoint only names a host), so this is a query over the cached endpoints' hosts; it costs no
 * ARM call and works offline.
 */
public final class EndpointsUsingRegistryViewModel {
    /** One endpoint pointing here; {@code text} says which instance it belongs to and how it signs in. */
    public record Link(String endpointId, String instanceId, String text) {}

    private final PageContext context;
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private NavNode current;

    public EndpointsUsingRegistryViewModel(PageContext context) {
        this.context = context;
    }

    public ObservableList<Link> links() {
        return links;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** True while a registry is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Shows what points at {@code node} when it is a registry, else hides; completes on the FX thread. */
    public CompletableFuture<Void> show(NavNode node) {
        current = node;
        if (node == null || node.folder() || node.kind() != dev.acrconsole.ui.navigation.NavKind.REGISTRY || node.id() == null) {
            shown.set(false);
            links.clear();
            return CompletableFuture.completedFuture(null);
        }
        return context.background().submit(() -> read(node.id()))
                .thenAcceptAsync(found -> {
                    if (current == node) { // the user may have moved on meanwhile
                        apply(found);
                    }
                }, FxBridge.executor());
    }

    /** Reads again what is shown (the cache changed). */
    public CompletableFuture<Void> reload() {
        return show(current);
    }

    /** Opens the endpoint's instance at its registry endpoints in the tree. */
    public void open(Link link) {
        context.reveal().show(link.instanceId(), ResourceKind.REGISTRY_ENDPOINT);
    }

    private record Found(String loginServer, List<Link> links) {}

    private Optional<Found> read(String registryId) {
        ResourceStore store = context.store();
        return registry(store, registryId).map(r -> {
            String loginServer = RegistryDetails.parse(r.json()).loginServer();
            if (loginServer == null) {
                return new Found(null, List.of());
            }
            List<Link> found = store.withHost(r.scope(), ResourceKind.REGISTRY_ENDPOINT, RegistryEndpoint.HOST_PATH, loginServer)
                    .stream().map(EndpointsUsingRegistryViewModel::link).toList();
            return new Found(loginServer, found);
        });
    }

    private static Link link(CachedResource row) {
        RegistryEndpoint e = RegistryEndpoint.parse(row.json());
        String instanceId = ArmIds.parent(row.id());
        return new Link(row.id(), instanceId, e.name() + " on " + e.instanceName() + " (" + row.resourceGroup() + ") — "
                + e.authentication().label() + (e.host() != null && e.host().contains(":") ? ", " + e.host() : ""));
    }

    /** The registry's row in the session's scope, or offline in whichever cached scope holds it. */
    private Optional<CachedResource> registry(ResourceStore store, String id) {
        CacheScope scope = context.scope();
        if (scope != null) {
            return store.get(scope, id);
        }
        return store.listings(null).stream().map(Listing::scope).distinct()
                .map(s -> store.get(s, id)).flatMap(Optional::stream).findFirst();
    }

    private void apply(Optional<Found> found) {
        if (found.isEmpty() || found.get().loginServer() == null) {
            shown.set(false);
            links.clear();
            return;
        }
        Found f = found.get();
        links.setAll(f.links());
        heading.set("IoT Operations registry endpoints pulling from " + f.loginServer()
                + (f.links().isEmpty() ? "" : " (" + f.links().size() + ")"));
        shown.set(true);
    }
}
