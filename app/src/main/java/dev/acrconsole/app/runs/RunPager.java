package dev.acrconsole.app.runs;

import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.RunQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A registry's runs a page at a time, newest first, by the criteria applied: each page read from the cache (the same
 * criteria in SQL), the first one asked of ARM with {@code $filter} and {@code $top}, and a next page topped up from
 * ARM's next page when the cache runs short. Runs are history: what ARM sends is added to the cache, never removed.
 * Blocking methods: call them in the background; they may be called from several threads.
 */
public final class RunPager {
    /**
     * One page as the cache holds it now: the registry (null when it is not cached), its runs on the page, whether
     * there is a next page (cached, or on the server), the tasks to filter by, and the runs listing's state.
     */
    public record Page(CachedResource registry, List<CachedResource> runs, int index, int first, boolean hasNext,
                       boolean moreOnServer, List<String> taskNames, Listing listing) {
        public boolean hasPrevious() {
            return index > 0;
        }
    }

    private final ResourceStore store;
    private final CachedRuns cached;
    private final CacheScope scope;
    private final String registryId;
    private final int pageSize;
    private final List<RunQuery.After> starts = new ArrayList<>(); // where each page starts; null: the newest run
    private RunQuery applied = RunQuery.all();
    private int index;
    private String continuation;
    private CachedResource registry;
    private List<CachedResource> shown = List.of();

    /** {@code scope}: where the registry is cached; null finds whichever scope holds it (offline, every account). */
    public RunPager(ResourceStore store, CacheScope scope, String registryId, int pageSize) {
        this.store = store;
        this.cached = new CachedRuns(store);
        this.scope = scope;
        this.registryId = registryId;
        this.pageSize = pageSize;
        starts.add(null);
    }

    /** New criteria: back to the first page, and what the server had for the old ones is forgotten. */
    public synchronized void apply(RunQuery query) {
        applied = query;
        starts.clear();
        starts.add(null);
        index = 0;
        continuation = null;
    }

    /** The page shown now, read from the cache. */
    public synchronized Page read() {
        CachedResource r = registry();
        if (r == null) {
            return new Page(null, List.of(), index, index * pageSize + 1, false, false, List.of(), null);
        }
        List<String> tasks = store.children(r.scope(), r.id(), TaskKind.KIND).stream().map(CachedResource::name).toList();
        Listing listing = store.listing(r.scope(), ListingKeys.children(r.id(), RunKind.KIND)).orElse(null);
        List<CachedResource> runs = cached.page(r.scope(), r.id(), applied, starts.get(index), pageSize + 1);
        boolean more = runs.size() > pageSize;
        shown = more ? runs.subList(0, pageSize) : runs;
        return new Page(r, shown, index, index * pageSize + 1, more || continuation != null, continuation != null, tasks, listing);
    }

    /** Asks ARM for the first page of the criteria ({@code top} at most), adding what it sends to the cache. */
    public void fetchFirst(RunListing arm, int top) {
        CachedResource r;
        RunQuery q;
        synchronized (this) {
            r = registry();
            q = applied;
        }
        if (r == null) {
            return;
        }
        String next = null;
        try {
            next = arm.first(r, q, top, pageSize).continuation();
        } finally {
            synchronized (this) {
                continuation = next;
            }
        }
    }

    /**
     * Moves to the next page: from the cache, topped up from ARM's next page ({@code arm} null: offline, cache only)
     * while the cache runs short. The page moves even when ARM refuses (the refusal is thrown after).
     */
    public void next(RunListing arm) {
        CachedResource r;
        RunQuery q;
        RunQuery.After after;
        String more;
        synchronized (this) {
            if (shown.isEmpty()) {
                return;
            }
            CachedResource last = shown.getLast();
            after = RunQuery.After.of(last, RunDetails.parse(last.json()).createTimeText());
            r = registry;
            q = applied;
            more = continuation;
        }
        RuntimeException refused = null;
        try {
            while (arm != null && more != null && cached.page(r.scope(), r.id(), q, after, pageSize).size() < pageSize) {
                more = arm.next(r, more).continuation();
            }
        } catch (RuntimeException e) {
            refused = e;
        }
        synchronized (this) {
            if (refused == null) {
                continuation = more;
            }
            starts.add(after);
            index++;
        }
        if (refused != null) {
            throw refused;
        }
    }

    public synchronized void previous() {
        if (index > 0) {
            starts.removeLast();
            index--;
        }
    }

    /** The registry's row (read once). */
    public synchronized Optional<CachedResource> registryRow() {
        return Optional.ofNullable(registry());
    }

    private CachedResource registry() {
        if (registry == null) {
            registry = scope != null ? store.get(scope, registryId).orElse(null)
                    : store.listings(null).stream().map(Listing::scope).distinct()
                            .map(s -> store.get(s, registryId)).flatMap(Optional::stream).findFirst().orElse(null);
        }
        return registry;
    }
}
