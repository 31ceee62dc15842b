package dev.acrconsole.app.refresh;

import com.azure.core.management.ProxyResource;
import com.azure.json.JsonSerializable;
import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.azure.resourcemanager.resources.models.Subscription;
import com.azure.resourcemanager.resources.models.Tenant;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.model.ResourceTables;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads tenants -> subscriptions -> resource groups and registries from ARM into the cache. Each
 * listing is read whole (every page) before one transaction replaces it, so a failure part-way
 * leaves what was cached before; the failure is recorded on the listing and the refresh goes on.
 */
public final class RefreshService {
    private final ArmClients arm;
    private final ResourceStore store;
    private final Clock clock;

    public RefreshService(ArmClients arm, ResourceStore store, Clock clock) {
        this.arm = arm;
        this.store = store;
        this.clock = clock;
    }

    /** Runs on the caller's thread (a background one): it blocks on the network. */
    public RefreshReport refreshAll(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        CacheScope scope = arm.session().cacheScope();

        run.listing("Tenants", ListingKeys.TENANTS, ResourceKind.TENANT, at -> arm.resources().tenants().list()
                .stream().map(Tenant::innerModel)
                .map(t -> ResourceRows.tenant(scope, t, armJson(t.id(), t), at)).toList());
        List<CachedResource> subscriptions = run.listing("Subscriptions", ListingKeys.SUBSCRIPTIONS,
                ResourceKind.SUBSCRIPTION, at -> arm.resources().subscriptions().list().stream()
                        .map(Subscription::innerModel)
                        .map(s -> ResourceRows.subscription(scope, s, armJson(s.id(), s), at)).toList());

        for (CachedResource sub : subscriptions) {
            String subscriptionId = sub.subscriptionId();
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
        }
        return new RefreshReport(started, clock.instant(), run.stored, List.copyOf(run.failures));
    }

    /**
     * Refreshes one child collection of a cached resource (e.g. a registry's private endpoint connections): what a
     * page showing that collection asks for when it opens. Runs on the caller's (background) thread.
     */
    public RefreshReport refreshChildren(CachedResource parent, ResourceKind kind, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        String what = ResourceTables.title(kind) + " of " + parent.name();
        run.listing(what, ListingKeys.children(parent.id(), kind), kind, at -> {
            List<CachedResource> rows = new ArrayList<>();
            for (ProxyResource child : ChildListings.list(arm, parent, kind)) {
                rows.add(ResourceRows.fromArm(parent.scope(), parent.tenantId(), kind, armJson(child.id(), child), at));
            }
            return rows;
        });
        return new RefreshReport(started, clock.instant(), run.stored, List.copyOf(run.failures));
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

        /**
         * Reads one listing and replaces it in the cache. On failure it returns nothing, so when the
         * subscription list fails (offline, signed out) the refresh stops instead of failing per subscription.
         */
        List<CachedResource> listing(String what, String key, ResourceKind kind,
                                     Function<Instant, List<CachedResource>> read) {
            CacheScope scope = arm.session().cacheScope();
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
