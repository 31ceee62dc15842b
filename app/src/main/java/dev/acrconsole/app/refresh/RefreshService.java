package dev.acrconsole.app.refresh;

import com.azure.core.management.ProxyResource;
import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.azure.resourcemanager.resources.models.Subscription;
import com.azure.resourcemanager.resources.models.Tenant;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.iotoperations.IotOperationsClient;
import dev.acrconsole.app.model.ResourceTables;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads tenants -> subscriptions -> resource groups and registries from ARM into the cache. Each
 * listing is read whole (every page) before one transaction replaces it, so a failure part-way
 * leaves what was cached before; the failure is recorded on the listing and the refresh goes on.
 */
public final class RefreshService {
    private final ArmClients arm;
    private final ResourceStore store;
    private final Clock clock;
    private final IotOperationsClient iot;

    public RefreshService(ArmClients arm, ResourceStore store, Clock clock) {
        this.arm = arm;
        this.store = store;
        this.clock = clock;
        this.iot = new IotOperationsClient(arm.http());
    }

    private static final Set<ResourceKind> KEPT_FRESH = EnumSet.of(ResourceKind.CONNECTED_REGISTRY, ResourceKind.SCOPE_MAP,
            ResourceKind.TOKEN, ResourceKind.TASK, ResourceKind.TASK_RUN, ResourceKind.AGENT_POOL);

    /** Runs on the caller's thread (a background one): it blocks on the network. */
    public RefreshReport refreshAll(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        tenants(run);
        subscriptionsAndBelow(run, "Subscriptions", ListingKeys.SUBSCRIPTIONS, id -> true);
        openedCollections(run, parent -> true);
        return run.report(started);
    }

    /** Only the tenants the account belongs to (a token of any of its tenants lists them all). */
    public RefreshReport refreshTenants(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        tenants(run);
        return run.report(started);
    }

    /**
     * One tenant's subscriptions (what this client's token lists), then the resource groups and registries of those
     * {@code shown} lets through: a subscription the user filtered out is listed, but not read further.
     */
    public RefreshReport refreshTenant(String tenantName, String tenantId, Predicate<String> shown, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        subscriptionsAndBelow(run, "Subscriptions in " + tenantName, ListingKeys.subscriptions(tenantId), shown);
        openedCollections(run, parent -> tenantId.equalsIgnoreCase(parent.tenantId()) && shown.test(parent.subscriptionId()));
        return run.report(started);
    }

    private List<CachedResource> tenants(Run run) {
        CacheScope scope = arm.session().cacheScope();
        return run.listing("Tenants", ListingKeys.TENANTS, ResourceKind.TENANT, at -> arm.resources().tenants().list()
                .stream().map(Tenant::innerModel)
                .map(t -> ResourceRows.tenant(scope, t, armJson(t.id(), t), at)).toList());
    }

    private void subscriptionsAndBelow(Run run, String what, String key, Predicate<String> shown) {
        CacheScope scope = arm.session().cacheScope();
        List<CachedResource> subscriptions = run.listing(what, key,
                ResourceKind.SUBSCRIPTION, at -> arm.resources().subscriptions().list().stream()
                        .map(Subscription::innerModel)
                        .map(s -> ResourceRows.subscription(scope, s, armJson(s.id(), s), at)).toList());

        for (CachedResource sub : subscriptions) {
            String subscriptionId = sub.subscriptionId();
            if (!shown.test(subscriptionId)) {
                continue;
            }
            String tenantId = sub.tenantId();
            run.listing("Resource groups in " + sub.name(), ListingKeys.resourceGroups(subscriptionId),
                    ResourceKind.RESOURCE_GROUP, at -> {
                        List<CachedResource> rows = new ArrayList<>();
                        for (ResourceGroupInner g : arm.resources(subscriptionId)
                                .serviceClient().getResourceGroups().list()) {
                            rows.add(ResourceRows.resourceGroup(scope, tenantId, subscriptionId, g, armJson(g.id(), g), at));
                        }
                        return rows;
                    });
            run.listing("Registries in " + sub.name(), ListingKeys.registries(subscriptionId),
                    ResourceKind.REGISTRY, at -> {
                        List<CachedResource> rows = new ArrayList<>();
                        for (RegistryInner r : arm.registries(subscriptionId).serviceClient().getRegistries().list()) {
                            rows.add(ResourceRows.registry(scope, tenantId, subscriptionId, r, armJson(r.id(), r), at));
                        }
                        return rows;
                    });
            List<CachedResource> instances = run.listing("IoT Operations instances in " + sub.name(),
                    ListingKeys.iotInstances(subscriptionId), ResourceKind.IOT_INSTANCE,
                    at -> fromArm(scope, tenantId, ResourceKind.IOT_INSTANCE, iot.instances(subscriptionId), at));
            // Endpoints are read with their instances (few and small), so a registry's page can say who points at it.
            for (CachedResource instance : instances) {
                run.listing(ResourceTables.title(ResourceKind.REGISTRY_ENDPOINT) + " of " + instance.name(),
                        ListingKeys.children(instance.id(), ResourceKind.REGISTRY_ENDPOINT), ResourceKind.REGISTRY_ENDPOINT,
                        at -> children(instance, ResourceKind.REGISTRY_ENDPOINT, at));
            }
        }
    }

    /**
     * The collections below registries that the user has opened once (their listing is cached): a Refresh keeps them
     * fresh with the rest, so what changed in them (a connected registry gone Unhealthy, a token disabled) shows. Runs
     * are paged history, read by their page; the rest are read when first opened.
     */
    private void openedCollections(Run run, Predicate<CachedResource> parents) {
        CacheScope scope = arm.session().cacheScope();
        for (Listing l : store.listings(scope)) {
            int bar = l.key().lastIndexOf('|');
            if (!KEPT_FRESH.contains(l.kind()) || bar < 0) {
                continue;
            }
            store.get(scope, l.key().substring(0, bar)).filter(parents).ifPresent(parent -> run.listing(
                    ResourceTables.title(l.kind()) + " of " + parent.name(), l.key(), l.kind(), at -> children(parent, l.kind(), at)));
        }
    }

    /**
     * Refreshes one child collection of a cached resource (e.g. a registry's private endpoint connections): what a
     * page showing that collection asks for when it opens. Runs on the caller's (background) thread.
     */
    public RefreshReport refreshChildren(CachedResource parent, ResourceKind kind, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        String what = ResourceTables.title(kind) + " of " + parent.name();
        run.listing(what, ListingKeys.children(parent.id(), kind), kind, at -> children(parent, kind, at));
        return new RefreshReport(started, clock.instant(), run.stored, List.copyOf(run.failures));
    }

    /** One child collection read whole: through the SDK's typed clients, or as plain JSON where there is no SDK. */
    private List<CachedResource> children(CachedResource parent, ResourceKind kind, Instant at) {
        if (kind == ResourceKind.REGISTRY_ENDPOINT) {
            return fromArm(parent.scope(), parent.tenantId(), kind, iot.registryEndpoints(parent.id()), at);
        }
        List<CachedResource> rows = new ArrayList<>();
        for (ProxyResource child : ChildListings.list(arm, parent, kind)) {
            rows.add(ResourceRows.fromArm(parent.scope(), parent.tenantId(), kind, armJson(child.id(), child), at));
        }
        return rows;
    }

    private static List<CachedResource> fromArm(CacheScope scope, String tenantId, ResourceKind kind, List<String> json,
                                                Instant at) {
        return json.stream().map(j -> ResourceRows.fromArm(scope, tenantId, kind, j, at)).toList();
    }

    /** ARM's own JSON for a resource just listed; the SDK's serialisation only if none was captured. */
    private String armJson(String id, JsonSerializable<?> model) {
        return arm.capture().take(id).orElseGet(() -> {
            try {
                return model.toJsonString();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot serialise " + id, e);
            }
        });
    }

    /** One refresh's bookkeeping. */
    private final class Run {
        private final RefreshListener listener;
        private final List<RefreshReport.Failure> failures = new ArrayList<>();
        private int stored;

        Run(RefreshListener listener) {
            this.listener = listener;
        }

        RefreshReport report(Instant started) {
            return new RefreshReport(started, clock.instant(), stored, List.copyOf(failures));
        }

        /**
         * Reads one listing and replaces it in the cache. On failure it returns nothing, so when the
         * subscription list fails (offline, signed out) the refresh stops instead of failing per subscription.
         */
        List<CachedResource> listing(String what, String key, ResourceKind kind,
                                     Function<Instant, List<CachedResource>> read) {
            CacheScope scope = arm.session().cacheScope();
            Optional<Listing> last = store.listing(scope, key);
            if (!listener.wants(last.map(Listing::lastCompleteAt).orElse(null))) {
                return store.listingRows(scope, key); // fresh enough: what is below it may still be stale
            }
            listener.listingStarted(what);
            Instant at = clock.instant();
            try {
                List<CachedResource> rows = read.apply(at);
                // What the resources carry inside them (a registry's private endpoint connections) is replaced with them.
                List<ListingContent> contents = new ArrayList<>();
                contents.add(new ListingContent(key, kind, rows));
                rows.forEach(r -> contents.addAll(EmbeddedChildren.of(r, at)));
                store.replaceListings(scope, contents, at, ConnectedRegistryWatch.INSTANCE);
                stored += rows.size();
                listener.listingDone(what, rows.size());
                return rows;
            } catch (RuntimeException e) {
                arm.capture().clear();
                String error = ArmErrors.describe(e);
                store.recordFailure(scope, key, kind, error, at);
                failures.add(new RefreshReport.Failure(what, error));
                listener.listingFailed(what, error);
                return List.of();
            }
        }
    }
}
