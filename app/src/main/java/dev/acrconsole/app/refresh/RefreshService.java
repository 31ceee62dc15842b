package dev.acrconsole.app.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.dataplane.AcrPaths;
import dev.acrconsole.app.dataplane.DataPlane;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.inventory.ResourceGraphInventory;
import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads tenants -> subscriptions -> what each kind lists per subscription (resource groups, registries, IoT Operations
 * instances) and below, from ARM into the cache, as each kind's descriptor says. Each listing is read whole (every
 * page) before one transaction replaces it, so a failure part-way leaves what was cached before; the failure is
 * recorded on the listing and the refresh goes on.
 */
public final class RefreshService {
    private final ArmClients arm;
    private final DataPlanes dataPlanes;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;

    /** Without the registries' data planes: what is in them is not read (an account's tenants and subscriptions). */
    public RefreshService(ArmClients arm, ResourceStore store, KindCatalog kinds, Clock clock) {
        this(arm, null, store, kinds, clock);
    }

    public RefreshService(ArmClients arm, DataPlanes dataPlanes, ResourceStore store, KindCatalog kinds, Clock clock) {
        this.arm = arm;
        this.dataPlanes = dataPlanes;
        this.store = store;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** The registries' data planes it reads contents from; null when it reads none. */
    public DataPlanes dataPlanes() {
        return dataPlanes;
    }

    /** Runs on the caller's thread (a background one): it blocks on the network. */
    public RefreshReport refreshAll(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        inventory(id -> true, listener, ListingKeys.SUBSCRIPTIONS);
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
     * One tenant's subscriptions (what this client's token lists), then what is below those {@code shown} lets
     * through: a subscription the user filtered out is listed, but not read further.
     */
    public RefreshReport refreshTenant(String tenantName, String tenantId, Predicate<String> shown, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        inventory(shown, listener, ListingKeys.subscriptions(tenantId));
        subscriptionsAndBelow(run, "Subscriptions in " + tenantName, ListingKeys.subscriptions(tenantId), shown);
        openedCollections(run, parent -> tenantId.equalsIgnoreCase(parent.tenantId()) && shown.test(parent.subscriptionId()));
        return run.report(started);
    }

    /**
     * Resource Graph's inventory first, so the tree shows every registry before the per-subscription reads confirm
     * it; when Resource Graph is skipped (its quota) or refused, the listener hears why and the ARM reads do it. A
     * refresh of only what is stale skips it when the subscriptions listed under {@code key} are fresh enough.
     */
    private void inventory(Predicate<String> shown, RefreshListener listener, String key) {
        if (!listener.wants(store.listing(arm.session().cacheScope(), key)
                .map(dev.acrconsole.cache.Listing::lastCompleteAt).orElse(null))) {
            return;
        }
        listener.listingStarted(ResourceGraphInventory.WHAT);
        ResourceGraphInventory.Outcome o = new ResourceGraphInventory(arm, store, kinds, clock).fill(shown);
        if (o.used()) {
            listener.listingDone(ResourceGraphInventory.WHAT, o.resources());
        } else {
            listener.listingFailed(ResourceGraphInventory.WHAT, o.note());
        }
    }

    private void tenants(Run run) {
        KindDescriptor<?> tenants = kinds.root(ListingKeys.TENANTS);
        run.listing("Tenants", ListingKeys.TENANTS, tenants, arm.session().cacheScope(), null, tenants.listing().firstPage(null));
    }

    private void subscriptionsAndBelow(Run run, String what, String key, Predicate<String> shown) {
        KindDescriptor<?> subscriptionKind = kinds.root(ListingKeys.SUBSCRIPTIONS);
        List<CachedResource> subscriptions = run.listing(what, key, subscriptionKind, arm.session().cacheScope(), null,
                subscriptionKind.listing().firstPage(null));
        for (CachedResource sub : subscriptions) {
            String subscriptionId = sub.subscriptionId();
            if (!shown.test(subscriptionId)) {
                continue;
            }
            for (KindDescriptor<?> kind : kinds.perSubscription()) {
                Listing.PerSubscription listing = (Listing.PerSubscription) kind.listing();
                List<CachedResource> rows = run.listing(kind.title() + " in " + sub.name(), listing.key(subscriptionId),
                        kind, sub.scope(), sub.tenantId(), listing.firstPage(subscriptionId));
                // What is read with its parent (few and small: an instance's registry endpoints), so a registry's page
                // can say who points at it.
                for (KindDescriptor<?> child : kinds.childrenOf(kind.kind(), Listing.When.WITH_PARENT)) {
                    for (CachedResource parent : rows) {
                        children(run, parent, child, ListingKeys.children(parent.id(), child.kind()));
                    }
                }
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
        for (dev.acrconsole.cache.Listing l : store.listings(scope)) {
            KindDescriptor<?> kind = kinds.of(l.kind());
            String parentKey = ListingKeys.parentOf(l.key());
            // One Resource Graph filled was never opened: its folder's first opening reads it from ARM.
            if (!(kind.listing() instanceof Listing.Below c) || c.when() != Listing.When.ONCE_OPENED || parentKey == null
                    || l.fromResourceGraph()) {
                continue;
            }
            store.get(scope, parentKey).filter(parents).ifPresent(parent -> children(run, parent, kind, l.key()));
        }
    }

    /**
     * Refreshes one child collection of a cached resource (e.g. a registry's private endpoint connections): what a
     * page showing that collection asks for when it opens. Runs on the caller's (background) thread.
     */
    public RefreshReport refreshChildren(CachedResource parent, dev.acrconsole.cache.ResourceKind kind, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener);
        children(run, parent, kinds.of(kind), ListingKeys.children(parent.id(), kind));
        return run.report(started);
    }

    /** One child collection of {@code parent} read whole: from ARM, or from the registry's data plane. */
    private void children(Run run, CachedResource parent, KindDescriptor<?> kind, String key) {
        String what = kind.title() + " of " + parent.name();
        if (kind.listing() instanceof Listing.Contents contents) {
            run.read(what, key, kind, at -> {
                if (dataPlanes == null) {
                    throw new IllegalStateException("What is in a registry is not read in this session");
                }
                DataPlane plane = dataPlanes.of(loginServer(parent));
                List<CachedResource> rows = new ArrayList<>();
                for (JsonNode item : plane.all(contents.firstPage(parent.id()), contents.field())) {
                    // The catalog names repositories; each one's own attributes say what the table shows.
                    JsonNode attributes = contents.readEach() ? plane.get(AcrPaths.repository(item.asText())) : item;
                    rows.add(kind.fromDataPlane(parent, attributes, at));
                }
                return List.of(new ListingContent(key, kind.kind(), rows));
            });
        } else {
            run.listing(what, key, kind, parent.scope(), parent.tenantId(), kind.listing().firstPage(parent.id()));
        }
    }

    /** The login server of the registry {@code item} is (or is in): its ARM properties say. */
    private String loginServer(CachedResource item) {
        String registryId = ContentIds.registryId(item.id()) != null ? ContentIds.registryId(item.id()) : item.id();
        CachedResource registry = registryId.equals(item.id()) ? item
                : store.get(item.scope(), registryId).orElseThrow(() -> new IllegalStateException(
                        "The registry of " + item.name() + " is no longer in the cache: refresh it first"));
        String server = registry.json() == null ? null
                : Json.text(Json.read(registry.json()).path("properties"), "loginServer");
        if (server == null) {
            throw new IllegalStateException("The registry " + registry.name() + " has no login server");
        }
        return server;
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
         * Reads one listing (every page from {@code firstPage}) as rows of {@code kind} seen by {@code tenantId}'s token
         * and replaces it in the cache. On failure it returns nothing, so when the subscription list fails (offline,
         * signed out) the refresh stops instead of failing per subscription.
         */
        List<CachedResource> listing(String what, String key, KindDescriptor<?> kind, CacheScope rowScope, String tenantId,
                                     String firstPage) {
            return read(what, key, kind, at -> {
                List<CachedResource> rows = new ArrayList<>();
                // What the resources carry inside them (a registry's private endpoint connections) is replaced with them.
                List<ListingContent> contents = new ArrayList<>();
                for (JsonNode item : arm.reads().all(firstPage)) {
                    CachedResource row = kind.fromArm(rowScope, tenantId, item, at);
                    rows.add(row);
                    contents.addAll(kinds.carriedBy(row, item, at));
                }
                contents.addFirst(new ListingContent(key, kind.kind(), rows));
                return contents;
            });
        }

        /**
         * Reads one listing whole with {@code read} (the listing itself first, then what its rows carry) and replaces
         * it in the cache; a failure is recorded on the listing and leaves what was cached.
         */
        List<CachedResource> read(String what, String key, KindDescriptor<?> kind,
                                  java.util.function.Function<Instant, List<ListingContent>> read) {
            CacheScope scope = arm.session().cacheScope();
            Optional<dev.acrconsole.cache.Listing> last = store.listing(scope, key);
            if (!listener.wants(last.map(dev.acrconsole.cache.Listing::lastCompleteAt).orElse(null))) {
                return store.listingRows(scope, key); // fresh enough: what is below it may still be stale
            }
            listener.listingStarted(what);
            Instant at = clock.instant();
            try {
                List<ListingContent> contents = read.apply(at);
                List<CachedResource> rows = List.copyOf(contents.getFirst().resources());
                store.replaceListings(scope, contents, at, kinds.watch());
                stored += rows.size();
                listener.listingDone(what, rows.size());
                return rows;
            } catch (RuntimeException e) {
                String error = ArmErrors.describe(e);
                store.recordFailure(scope, key, kind.kind(), error, at);
                failures.add(new RefreshReport.Failure(what, error));
                listener.listingFailed(what, error);
                return List.of();
            }
        }
    }
}
