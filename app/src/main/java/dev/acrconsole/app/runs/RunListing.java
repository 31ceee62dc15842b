package dev.acrconsole.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmPages;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.RunQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a registry's runs from ARM one page at a time, filtered by the server ({@code $filter}, {@code $top}), as
 * ARM's JSON (Runs_List through {@link ArmPages}), and adds each page to the cache (runs are history: a page never removes others). A page's
 * continuation is ARM's nextLink, which carries the filter on. Blocks: call in the background.
 */
public final class RunListing {
    /** The runs one page held (as cached), and where the next page starts (null: there is no more). */
    public record Page(List<CachedResource> runs, String continuation) {}

    private static final KindDescriptor<RunDetails> RUNS = new RunKind();

    private final ArmClients arm;
    private final ResourceStore store;
    private final Clock clock;

    public RunListing(ArmClients arm, ResourceStore store, Clock clock) {
        this.arm = arm;
        this.store = store;
        this.clock = clock;
    }

    public Page first(CachedResource registry, RunQuery query, int top) {
        String filter = RunFilters.odata(query);
        String path = RUNS.listing().firstPage(registry.id())
                + (filter == null || filter.isBlank() ? "" : "&$filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                .replace("+", "%20"))
                + "&$top=" + top;
        return page(registry, path);
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

    /** The page at {@code continuation} (ARM's nextLink, which carries the filter on). */
    public Page next(CachedResource registry, String continuation) {
        return page(registry, continuation);
    }

    private Page page(CachedResource registry, String pathOrUrl) {
        ArmPages.Page page = arm.reads().page(pathOrUrl);
        Instant at = clock.instant();
        List<CachedResource> rows = new ArrayList<>();
        for (JsonNode run : page.items()) {
            rows.add(RUNS.fromArm(registry.scope(), registry.tenantId(), run, at));
        }
        store.upsertAll(rows, ListingKeys.children(registry.id(), RunKind.KIND), createdAfter(newestCached(registry)));
        return new Page(rows, page.nextLink());
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
}
