package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registryendpoints.RegistryEndpoint;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.ui.page.PageContext;
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
 * On a registry's page: the IoT Operations registry endpoints that point at its login server. ARM has no link from a
 * registry to them (an endpoint only names a host), so this is a query over the cached endpoints' hosts; it costs no
 * ARM call and works offline. While a registry shows, it re-reads when endpoints (or the registry) change in the cache.
 */
public final class EndpointsUsingRegistryViewModel {
    /** One endpoint pointing here; {@code text} says which instance it belongs to and how it signs in. */
    public record Link(String endpointId, String instanceId, String text) {}

    private final PageContext context;
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final Subscriptions subscriptions = new Subscriptions();
    private Row current;
    private int loads;

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

    /** How many times it read the cache (tests count them). */
    public int loads() {
        return loads;
    }

    /** Shows what points at {@code row} when it is a registry, else hides; completes on the FX thread. */
    public CompletableFuture<Void> show(Row row) {
        boolean same = row != null && row.sameResource(current);
        current = row;
        if (row == null || row.kind() != RegistryKind.KIND) {
            subscriptions.releaseAll();
            shown.set(false);
            links.clear();
            return CompletableFuture.completedFuture(null);
        }
        if (!same) {
            subscriptions.releaseAll();
            subscriptions.add(context.feed().watch(c -> c.touchesKinds(Set.of(RegistryEndpointKind.KIND)), this::reload));
        }
        return load(row);
    }

    private CompletableFuture<Void> load(Row registry) {
        loads++;
        return context.background().submit(() -> read(registry))
                .thenAcceptAsync(found -> {
                    if (current == registry) { // the user may have moved on meanwhile
                        apply(found);
                    }
                }, context.fx());
    }

    /** Reads again what is shown (the endpoints changed in the cache). */
    private void reload() {
        if (current != null && current.kind() == RegistryKind.KIND) {
            load(current);
        }
    }

    /** Opens the endpoint's instance at its registry endpoints in the tree. */
    public void open(Link link) {
        context.reveal().show(link.instanceId(), RegistryEndpointKind.KIND);
    }

    private record Found(String loginServer, List<Link> links) {}

    private Found read(Row registry) {
        String loginServer = registry.details(RegistryDetails.class).loginServer();
        if (loginServer == null) {
            return new Found(null, List.of());
        }
        List<Link> found = context.kinds().rows(context.store().withHost(registry.scope(), RegistryEndpointKind.KIND,
                RegistryEndpoint.HOST_PATH, loginServer)).stream().map(EndpointsUsingRegistryViewModel::link).toList();
        return new Found(loginServer, found);
    }

    private static Link link(Row row) {
        RegistryEndpoint e = row.details(RegistryEndpoint.class);
        String instanceId = ArmIds.parent(row.id());
        return new Link(row.id(), instanceId, e.name() + " on " + e.instanceName() + " (" + row.resourceGroup() + ") — "
                + e.authentication().label() + (e.host() != null && e.host().contains(":") ? ", " + e.host() : ""));
    }

    private void apply(Found found) {
        if (found.loginServer() == null) {
            shown.set(false);
            links.clear();
            return;
        }
        links.setAll(found.links());
        heading.set("IoT Operations registry endpoints pulling from " + found.loginServer()
                + (found.links().isEmpty() ? "" : " (" + found.links().size() + ")"));
        shown.set(true);
    }
}
