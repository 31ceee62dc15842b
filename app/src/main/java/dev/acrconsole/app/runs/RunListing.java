package dev.acrconsole.app.runs;

import com.azure.core.http.rest.PagedIterable;
import com.azure.core.http.rest.PagedResponse;
import com.azure.core.util.Context;
import com.azure.resourcemanager.containerregistry.fluent.models.RunInner;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.model.RunDetails;
import dev.acrconsole.app.refresh.ListingKeys;
import dev.acrconsole.app.refresh.ResourceRows;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.RunQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a registry's runs from ARM one page at a time, filtered by the server ({@code $filter}, {@code $top}), through
 * the SDK's RunsClient, and adds each page to the cache (runs are history: a page never removes others). A page's
 * continuation is ARM's nextLink, which carries the filter on. Blocks: call in the background.
 */
public final class RunListing {
    /** The runs one page held (as cached), and where the next page starts (null: there is no more). */
    public record Page(List<CachedResource> runs, String continuation) {}

    private final ArmClients arm;
    private final ResourceStore store;
    private final Clock clock;

    public RunListing(ArmClients arm, ResourceStore store, Clock clock) {
        this.arm = arm;
        this.store = store;
        this.clock = clock;
    }

    public Page first(CachedResource registry, RunQuery query, int top) {
        return page(registry, runs(registry, RunFilters.odata(query), top).iterableByPage().iterator());
    }

    /**
     * The first page and as many next ones as it takes to have {@code atLeast} runs (ARM's pages may be smaller than
     * the caller's); the returned continuation is where ARM's next page starts.
     */
    public Page first(CachedResource registry, RunQuery query, int top, int atLeast) {
        Page page = first(registry, query, top);
        List<CachedResource> runs = new ArrayList<>(page.runs());
        String next = page.continuation();
        while (runs.size() < atLeast && next != null) {
            Page more = next(registry, next);
            runs.addAll(more.runs());
            next = more.continuation();
        }
        return new Page(runs, next);
    }

    public Page next(CachedResource registry, String continuation) {
        return page(registry, runs(registry, null, null).iterableByPage(continuation).iterator());
    }

    private PagedIterable<RunInner> runs(CachedResource registry, String filter, Integer top) {
        return arm.registries(registry.subscriptionId()).serviceClient().getRuns()
                .list(registry.resourceGroup(), registry.name(), filter, top, Context.NONE);
    }

    private Page page(CachedResource registry, Iterator<PagedResponse<RunInner>> pages) {
        if (!pages.hasNext()) {
            return new Page(List.of(), null);
        }
        PagedResponse<RunInner> page = pages.next();
        Instant at = clock.instant();
        List<CachedResource> rows = new ArrayList<>();
        for (RunInner run : page.getValue()) {
            rows.add(ResourceRows.fromArm(registry.scope(), registry.tenantId(), ResourceKind.RUN, json(run), at));
        }
        store.upsertAll(rows, ListingKeys.children(registry.id(), ResourceKind.RUN), createdAfter(newestCached(registry)));
        return new Page(rows, page.getContinuationToken());
    }

    /** When the newest run cached for the registry was created; null when none is. */
    private Instant newestCached(CachedResource registry) {
        return new CachedRuns(store).page(registry.scope(), registry.id(), RunQuery.all(), null, 1).stream()
                .map(r -> RunDetails.parse(r.json()).created()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** Runs created after {@code newest} are news for the change log; older ones were only paged into view. */
    private static Predicate<CachedResource> createdAfter(Instant newest) {
        return run -> {
            Instant created = RunDetails.parse(run.json()).created();
            return newest != null && created != null && created.isAfter(newest);
        };
    }

    private String json(RunInner run) {
        return arm.capture().take(run.id()).orElseGet(() -> {
            try {
                return run.toJsonString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
