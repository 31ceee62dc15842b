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
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads tenants -> subscriptions -> what each kind lists per subscription (resource groups, registries, IoT Operations
 * instances) and below, from ARM into the cache, as each kind's descriptor says. Each listing is read whole (every
 * page) before one transaction replaces it, so a failure part-way leaves what was cached before; the failure is
 * recorded on the listing and the refresh goes on.
 *
 * <p>Listings are read concurrently, at most {@link RefreshOptions#maxRequestsInFlight()} at once (each reads its pages
 * one after another, so that bounds the requests in flight); a listing's children are queued as soon as it is read.
 * The cache serialises the writes (its one writer behind a lock). Cancel ({@link RefreshListener#cancelled}) is
 * checked before every request: nothing more is sent, what was read stands, a listing begun is not written (ADR 0020).
 */
public final class RefreshService {
    private final ArmClients arm;
    private final DataPlanes dataPlanes;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;
    private final RefreshOptions options;

    /** Without the registries' data planes: what is in them is not read (an account's tenants and subscriptions). */
    public RefreshService(ArmClients arm, ResourceStore store, KindCatalog kinds, Clock clock) {
        this(arm, null, store, kinds, clock);
    }

    public RefreshService(ArmClients arm, DataPlanes dataPlanes, ResourceStore store, KindCatalog kinds, Clock clock) {
        this(arm, dataPlanes, store, kinds, clock, RefreshOptions.DEFAULTS);
    }

    public RefreshService(ArmClients arm, DataPlanes dataPlanes, ResourceStore store, KindCatalog kinds, Clock clock,
                          RefreshOptions options) {
        this.arm = arm;
        this.dataPlanes = dataPlanes;
        this.store = store;
        this.kinds = kinds;
        this.clock = clock;
        this.options = options;
    }

    /** The same service reading as {@code other} says (how many at once; everything or what was opened). */
    public RefreshService with(RefreshOptions other) {
        return new RefreshService(arm, dataPlanes, store, kinds, clock, other);
    }

    public RefreshOptions options() {
        return options;
    }

    /** The registries' data planes it reads contents from; null when it reads none. */
    public DataPlanes dataPlanes() {
        return dataPlanes;
    }

    /** Runs on the caller's thread (a background one): it blocks on the network. */
    public RefreshReport refreshAll(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener, options.maxRequestsInFlight());
        Runnable graph = inventory(run, id -> true, listener, ListingKeys.SUBSCRIPTIONS);
        tenants(run);
        subscriptionsAndBelow(run, "Subscriptions", ListingKeys.SUBSCRIPTIONS, id -> true, graph);
        run.await();
        return run.report(started);
    }

    /** Only the tenants the account belongs to (a token of any of its tenants lists them all). */
    public RefreshReport refreshTenants(RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener, 1);
        tenants(run);
        run.await();
        return run.report(started);
    }

    /**
     * One tenant's subscriptions (what this client's token lists), then what is below those {@code shown} lets
     * through: a subscription the user filtered out is listed, but not read further.
     */
    public RefreshReport refreshTenant(String tenantName, String tenantId, Predicate<String> shown, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener, options.maxRequestsInFlight());
        Runnable graph = inventory(run, shown, listener, ListingKeys.subscriptions(tenantId));
        subscriptionsAndBelow(run, "Subscriptions in " + tenantName, ListingKeys.subscriptions(tenantId), shown, graph);
        run.await();
        return run.report(started);
    }

    /**
     * Resource Graph's inventory, run once the subscriptions are read (so the tree names them) beside the
     * per-subscription reads: it shows every registry long before those have gone through thousands of subscriptions,
     * and what they have read by the time it writes is left as they wrote it. When Resource Graph is skipped
     * (its quota) or refused, the listener hears why and the ARM reads do it. A refresh of only what is stale skips it
     * when the subscriptions listed under {@code key} are fresh enough (then null): decided now, before they are read
     * again.
     */
    private Runnable inventory(Run run, Predicate<String> shown, RefreshListener listener, String key) {
        if (!listener.wants(store.listing(arm.session().cacheScope(), key)
                .map(dev.acrconsole.cache.Listing::lastCompleteAt).orElse(null))) {
            return null;
        }
        return () -> fillFromResourceGraph(run, shown, listener);
    }

    private void fillFromResourceGraph(Run run, Predicate<String> shown, RefreshListener listener) {
        listener.listingStarted(ResourceGraphInventory.WHAT);
        ResourceGraphInventory.Outcome o = new ResourceGraphInventory(arm, store, kinds, clock).fill(shown);
        run.requests.addAndGet(o.queries()); // the summary's request count is what was sent, Resource Graph's included
        if (o.used()) {
            listener.listingDone(ResourceGraphInventory.WHAT, o.resources());
        } else {
            listener.listingFailed(ResourceGraphInventory.WHAT, o.note());
        }
    }

    private void tenants(Run run) {
        KindDescriptor<?> tenants = kinds.root(ListingKeys.TENANTS);
        run.submit("Tenants", () -> run.listing("Tenants", ListingKeys.TENANTS, tenants, arm.session().cacheScope(), null,
                tenants.listing().firstPage(null)));
    }

    /**
     * Queues the subscriptions, then (concurrently) what each lists and below. The subscriptions' own listing comes
     * first: when it fails (offline, signed out) nothing below is tried.
     */
    private void subscriptionsAndBelow(Run run, String what, String key, Predicate<String> shown, Runnable graph) {
        KindDescriptor<?> subscriptionKind = kinds.root(ListingKeys.SUBSCRIPTIONS);
        run.submit(what, () -> {
            List<CachedResource> subscriptions = run.listing(what, key, subscriptionKind, arm.session().cacheScope(), null,
                    subscriptionKind.listing().firstPage(null));
            if (!subscriptions.isEmpty() && graph != null) {
                // Queued first: it starts before the per-subscription reads, and does not hold them back.
                run.submit(ResourceGraphInventory.WHAT, graph);
            }
            for (CachedResource sub : subscriptions) {
                String subscriptionId = sub.subscriptionId();
                if (!shown.test(subscriptionId)) {
                    continue;
                }
                for (KindDescriptor<?> kind : kinds.perSubscription()) {
                    Listing.PerSubscription listing = (Listing.PerSubscription) kind.listing();
                    String label = kind.title() + " in " + sub.name();
                    run.submit(label, () -> below(run, run.listing(label, listing.key(subscriptionId), kind, sub.scope(),
                            sub.tenantId(), listing.firstPage(subscriptionId))));
                }
            }
        });
    }

    /**
     * What is read below the rows a listing delivered: what is read with its parent (few and small: an instance's
     * registry endpoints, so a registry's page can say who points at it); the collections the user has opened once
     * (their listing is cached: a Refresh keeps them fresh, so a connected registry gone Unhealthy shows); with
     * "everything", every collection and the latest page of runs. Each is queued, not read here.
     */
    private void below(Run run, List<CachedResource> parents) {
        for (CachedResource parent : parents) {
            for (KindDescriptor<?> child : kinds.childrenOf(parent.kind())) {
                String key = ListingKeys.children(parent.id(), child.kind());
                Listing.Below listing = (Listing.Below) child.listing();
                boolean read = switch (listing.when()) {
                    case WITH_PARENT -> true;
                    case ONCE_OPENED -> run.opened().contains(key) || options.everything() && everything(child, parent);
                    // Carried by the parent's JSON, replaced with it.
                    case IN_PARENT -> false;
                    case BY_PAGE -> false;
                };
                String what = child.title() + " of " + parent.name();
                if (read) {
                    run.submit(what, () -> below(run, children(run, parent, child, key)));
                } else if (listing.when() == Listing.When.BY_PAGE && options.everything()) {
                    run.submit(what, () -> run.latestPage(what, key, child, parent));
                }
            }
        }
    }

    /**
     * What "everything" reads below a registry: every ARM collection; of its data plane the repositories only (one
     * request each: their attributes), not each repository's tags and manifests, which would be two requests per
     * repository (ADR 0020); and nothing of a data plane this session cannot reach.
     */
    private boolean everything(KindDescriptor<?> child, CachedResource parent) {
        if (child.listing() instanceof Listing.Contents) {
            if (dataPlanes == null || ContentIds.registryId(parent.id()) != null) {
                return false;
            }
            try {
                return dataPlanes.reachable(loginServer(parent));
            } catch (IllegalStateException e) {
                return false; // no login server yet (being created): nothing to read
            }
        }
        return true;
    }

    /**
     * Refreshes one child collection of a cached resource (e.g. a registry's private endpoint connections): what a
     * page showing that collection asks for when it opens. Runs on the caller's (background) thread.
     */
    public RefreshReport refreshChildren(CachedResource parent, dev.acrconsole.cache.ResourceKind kind, RefreshListener listener) {
        Instant started = clock.instant();
        Run run = new Run(listener, 1);
        String key = ListingKeys.children(parent.id(), kind);
        KindDescriptor<?> descriptor = kinds.of(kind);
        run.submit(descriptor.title() + " of " + parent.name(), () -> children(run, parent, descriptor, key));
        run.await();
        return run.report(started);
    }

    /** One child collection of {@code parent} read whole: from ARM, or from the registry's data plane. */
    private List<CachedResource> children(Run run, CachedResource parent, KindDescriptor<?> kind, String key) {
        String what = kind.title() + " of " + parent.name();
        if (kind.listing() instanceof Listing.Contents contents) {
            return run.read(what, key, kind, at -> {
                if (dataPlanes == null) {
                    throw new IllegalStateException("What is in a registry is not read in this session");
                }
                DataPlane plane = dataPlanes.of(loginServer(parent));
                List<CachedResource> rows = new ArrayList<>();
                run.beforeRequest();
                for (JsonNode item : plane.all(contents.firstPage(parent.id()), contents.field())) {
                    // The catalog names repositories; each one's own attributes say what the table shows.
                    JsonNode attributes = item;
                    if (contents.readEach()) {
                        run.beforeRequest();
                        attributes = plane.get(AcrPaths.repository(item.asText()));
                    }
                    rows.add(kind.fromDataPlane(parent, attributes, at));
                }
                return List.of(new ListingContent(key, kind.kind(), rows));
            });
        }
        return run.listing(what, key, kind, parent.scope(), parent.tenantId(), kind.listing().firstPage(parent.id()));
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

    /** Thrown inside a listing's read when Cancel came: the listing is not written. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("Cancelled", null, false, false);
        }
    }

    /** How many runs "everything" keeps of each registry: the runs page's first page. */
    static final int LATEST_RUNS = 25;

    /** One refresh's bookkeeping: its workers, what is pending, what it stored. */
    private final class Run {
        private final RefreshListener listener;
        private final List<RefreshReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger stored = new AtomicInteger();
        private final AtomicInteger listings = new AtomicInteger();
        private final AtomicInteger requests = new AtomicInteger();
        /** Queued or running listings, plus one for the caller until it awaits: 0 only when all is done. */
        private final AtomicInteger pending = new AtomicInteger(1);
        private final AtomicReference<RuntimeException> broken = new AtomicReference<>();
        private final CountDownLatch idle = new CountDownLatch(1);
        private final ExecutorService workers;
        /** The keys of the listings below a parent that the user has opened once (cached when first asked). */
        private Set<String> opened;
        private volatile boolean stopped;

        Run(RefreshListener listener, int threads) {
            this.listener = listener;
            AtomicInteger n = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "refresh-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        synchronized Set<String> opened() {
            if (opened == null) {
                opened = new HashSet<>();
                for (dev.acrconsole.cache.Listing l : store.listings(arm.session().cacheScope())) {
                    // One Resource Graph filled was never opened: its folder's first opening reads it from ARM.
                    if (kinds.knows(l.kind()) && kinds.of(l.kind()).listing() instanceof Listing.Below
                            && ListingKeys.parentOf(l.key()) != null && !l.fromResourceGraph()) {
                        opened.add(l.key());
                    }
                }
            }
            return opened;
        }

        /** Queues {@code work} (one listing) for a worker; the refresh ends when nothing is queued or running. */
        void submit(String what, Runnable work) {
            listener.listingQueued(what);
            pending.incrementAndGet();
            workers.execute(() -> {
                try {
                    if (stopped || listener.cancelled()) {
                        stopped = true;
                        listener.listingSkipped(what);
                    } else {
                        work.run();
                    }
                } catch (RuntimeException e) {
                    // The cache itself failed (damaged, closed): nothing more can be written, so nothing more is read.
                    broken.compareAndSet(null, e);
                    stopped = true;
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        idle.countDown();
                    }
                }
            });
        }

        /** Waits until every queued listing is read, failed or dropped; then the workers end. */
        void await() {
            try {
                if (pending.decrementAndGet() > 0) {
                    idle.await();
                }
            } catch (InterruptedException e) {
                stopped = true;
                Thread.currentThread().interrupt();
            } finally {
                workers.shutdown();
            }
            if (broken.get() != null) {
                throw broken.get();
            }
        }

        /** Before each request: counts it, or stops the listing when the user cancelled. */
        void beforeRequest() {
            if (stopped || listener.cancelled()) {
                stopped = true;
                throw new Cancelled();
            }
            requests.incrementAndGet();
        }

        RefreshReport report(Instant started) {
            return new RefreshReport(started, clock.instant(), stored.get(), List.copyOf(failures), listings.get(),
                    requests.get(), stopped && broken.get() == null);
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
                for (JsonNode item : pages(firstPage)) {
                    CachedResource row = kind.fromArm(rowScope, tenantId, item, at);
                    rows.add(row);
                    contents.addAll(kinds.carriedBy(row, item, at));
                }
                contents.addFirst(new ListingContent(key, kind.kind(), rows));
                return contents;
            });
        }

        /** Every nextLink page from {@code firstPage}, Cancel checked before each. */
        private List<JsonNode> pages(String firstPage) {
            List<JsonNode> items = new ArrayList<>();
            Set<String> read = new HashSet<>();
            String page = firstPage;
            while (page != null) {
                if (!read.add(page)) {
                    throw new IllegalStateException("ARM's nextLink leads back to a page already read: " + page);
                }
                beforeRequest();
                var p = arm.reads().page(page);
                items.addAll(p.items());
                page = p.nextLink();
            }
            return items;
        }

        /**
         * The first page of a paged history (a registry's runs), added to the cache: runs are history, a page never
         * removes the others, and the runs page reads further pages itself.
         */
        void latestPage(String what, String key, KindDescriptor<?> kind, CachedResource parent) {
            read(what, key, kind, at -> {
                beforeRequest();
                List<CachedResource> rows = new ArrayList<>();
                for (JsonNode item : arm.reads().page(kind.listing().firstPage(parent.id()) + "&$top=" + LATEST_RUNS).items()) {
                    rows.add(kind.fromArm(parent.scope(), parent.tenantId(), item, at));
                }
                store.upsertAll(rows, key);
                return null;
            });
        }

        /**
         * Reads one listing whole with {@code read} (the listing itself first, then what its rows carry) and replaces
         * it in the cache (a null from {@code read}: it wrote itself); a failure is recorded on the listing and leaves
         * what was cached; Cancel leaves it as it was.
         */
        List<CachedResource> read(String what, String key, KindDescriptor<?> kind,
                                  java.util.function.Function<Instant, List<ListingContent>> read) {
            CacheScope scope = arm.session().cacheScope();
            Optional<dev.acrconsole.cache.Listing> last = store.listing(scope, key);
            if (!listener.wants(last.map(dev.acrconsole.cache.Listing::lastCompleteAt).orElse(null))) {
                listener.listingSkipped(what);
                return store.listingRows(scope, key); // fresh enough: what is below it may still be stale
            }
            listener.listingStarted(what);
            Instant at = clock.instant();
            try {
                List<ListingContent> contents = read.apply(at);
                List<CachedResource> rows = contents == null ? List.of() : List.copyOf(contents.getFirst().resources());
                if (contents != null) {
                    store.replaceListings(scope, contents, at, kinds.watch());
                }
                // What the rows carried (a registry's private endpoint connections) was stored with them.
                stored.addAndGet(contents == null ? 0 : contents.stream().mapToInt(c -> c.resources().size()).sum());
                listings.incrementAndGet();
                listener.listingDone(what, rows.size());
                return rows;
            } catch (Cancelled e) {
                listener.listingStopped(what);
                return List.of();
            } catch (RuntimeException e) {
                if (isCacheFailure(e)) {
                    throw e;
                }
                String error = ArmErrors.describe(e);
                store.recordFailure(scope, key, kind.kind(), error, at);
                failures.add(new RefreshReport.Failure(what, error,
                        last.map(dev.acrconsole.cache.Listing::lastCompleteAt).isPresent()));
                listener.listingFailed(what, error);
                return List.of();
            }
        }
    }

    /** A failure of the cache, not of the read: it ends the refresh (as it did when the refresh was one thread). */
    private static boolean isCacheFailure(RuntimeException e) {
        return e instanceof dev.acrconsole.cache.CacheException;
    }
}
