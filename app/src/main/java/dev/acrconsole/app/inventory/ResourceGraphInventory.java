package dev.acrconsole.app.inventory;

import com.azure.core.http.HttpHeaders;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.RequestRetryCondition;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.rest.Response;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.util.Context;
import com.azure.resourcemanager.resourcegraph.ResourceGraphManager;
import com.azure.resourcemanager.resourcegraph.models.QueryRequest;
import com.azure.resourcemanager.resourcegraph.models.QueryRequestOptions;
import com.azure.resourcemanager.resourcegraph.models.QueryResponse;
import com.azure.resourcemanager.resourcegraph.models.ResultFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The inventory step of a refresh: one paged Azure Resource Graph query (1,000 rows a page, every page) for the
 * registries, their replications, connected registries and private endpoint connections (carried in the registries'
 * properties), and the IoT Operations instances with their registry endpoints, across every subscription the token
 * sees, plus their resource groups from {@code resourcecontainers}. The rows become the listings the per-subscription
 * ARM reads would write (each kind's descriptor makes them), marked as Resource Graph's, so the tree shows every
 * registry while those reads (which run beside it) work through the subscriptions; each ARM read replaces its listing
 * and the mark goes.
 *
 * <p>It fills only what ARM has not: a listing ARM already read is left alone (Resource Graph may lag ARM by minutes,
 * and its answer must not overwrite a fresher one), and so is everything below it. Resource Graph's quota
 * ({@code x-ms-user-quota-remaining}, {@code x-ms-user-quota-resets-after}) is kept per account: when it is spent, the
 * step waits for the reset if that is soon enough, else it skips Resource Graph and says so; the ARM reads fill the
 * tree as before. Nothing it does fails a refresh.
 */
public final class ResourceGraphInventory {
    /** What a listing filled only from Resource Graph says where its freshness shows. */
    public static final String LAG = "from Resource Graph, may lag ARM by minutes";
    /** What a refresh's listener hears this step as. */
    public static final String WHAT = "Inventory from Resource Graph";
    /** Resource Graph's largest page. */
    static final int PAGE = 1000;
    /**
     * The longest a refresh waits for Resource Graph's quota to reset (its window is 5 s) before it skips Resource
     * Graph: the per-subscription reads wait behind this step, and they fill the tree too.
     */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(2);

    /** The ARM types Resource Graph indexes that the tree and the registries' folders show. */
    private static final List<String> INDEXED = List.of("Microsoft.ContainerRegistry/registries",
            "Microsoft.ContainerRegistry/registries/replications", "Microsoft.ContainerRegistry/registries/connectedRegistries",
            "Microsoft.IoTOperations/instances", "Microsoft.IoTOperations/instances/registryEndpoints");
    private static final String GROUP_TYPE = "microsoft.resources/subscriptions/resourcegroups";
    private static final String SUBSCRIPTION_TYPE = "microsoft.resources/subscriptions";
    /** Resource Graph's own columns, which ARM's JSON of a resource does not have. */
    private static final Set<String> GRAPH_ONLY = Set.of("tenantId", "subscriptionId", "resourceGroup");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Quota> QUOTAS = new java.util.concurrent.ConcurrentHashMap<>();

    private final ArmClients arm;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;
    private final Duration maxWait;

    public ResourceGraphInventory(ArmClients arm, ResourceStore store, KindCatalog kinds, Clock clock) {
        this(arm, store, kinds, clock, DEFAULT_MAX_WAIT);
    }

    /** @param maxWait how long it may wait for a spent quota to reset; longer, and it skips Resource Graph */
    public ResourceGraphInventory(ArmClients arm, ResourceStore store, KindCatalog kinds, Clock clock, Duration maxWait) {
        this.arm = arm;
        this.store = store;
        this.kinds = kinds;
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /**
     * How the step went: whether Resource Graph was used, what it wrote, and (when skipped or refused) why, in words
     * for the user.
     */
    public record Outcome(boolean used, int resources, int listings, int queries, String note) {}

    /** "Fetched {when}", or that Resource Graph filled it and ARM has not confirmed it yet. */
    public static String freshness(dev.acrconsole.cache.Listing listing, Instant fetched) {
        if (listing != null && listing.fromResourceGraph()) {
            return "Fetched " + dev.acrconsole.app.kind.Format.instant(listing.lastCompleteAt()) + " " + LAG;
        }
        return "Fetched " + dev.acrconsole.app.kind.Format.instant(fetched);
    }

    /**
     * Fills the cache from Resource Graph for the subscriptions {@code shown} lets through; runs on the caller's
     * (background) thread, blocking on the network (and on a spent quota's reset, up to the wait it was given).
     */
    public Outcome fill(Predicate<String> shown) {
        Quota quota = QUOTAS.computeIfAbsent(arm.session().account() + "|" + arm.session().endpoint().resourceManager(),
                k -> new Quota());
        Pages pages = new Pages(manager(), quota);
        try {
            Map<String, KindDescriptor<?>> byType = indexedKinds();
            String types = byType.keySet().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
            List<JsonNode> containers = pages.all("resourcecontainers | where type in~ ('" + SUBSCRIPTION_TYPE + "', '"
                    + GROUP_TYPE + "') | project id, name, type, tenantId, location, subscriptionId, managedBy, tags, properties");
            List<JsonNode> resources = pages.all("resources | where type in~ (" + types + ") | project id, name, type,"
                    + " tenantId, kind, location, subscriptionId, managedBy, sku, plan, properties, tags, identity, zones,"
                    + " extendedLocation");
            int[] written = write(containers, resources, byType, shown);
            return new Outcome(true, written[0], written[1], pages.queries, null);
        } catch (Skipped e) {
            return new Outcome(false, 0, 0, pages.queries, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(false, 0, 0, pages.queries, "Resource Graph could not be read (" + ArmErrors.describe(e)
                    + "): the per-subscription ARM reads fill the tree");
        }
    }

    /** The catalog's kinds Resource Graph carries, by their type as Resource Graph writes it (lower case). */
    private Map<String, KindDescriptor<?>> indexedKinds() {
        Map<String, KindDescriptor<?>> out = new LinkedHashMap<>();
        for (KindDescriptor<?> k : kinds.all()) {
            if (INDEXED.stream().anyMatch(t -> t.equalsIgnoreCase(k.armType()))) {
                out.put(k.armType().toLowerCase(Locale.ROOT), k);
            }
        }
        return out;
    }

    /**
     * Writes the listings ARM has not read yet, in one transaction: each shown subscription's per-subscription
     * listings (empty ones too: Resource Graph's answer is the whole of them), what its rows carry, and the
     * collections below them. What the cache holds before the queries narrows what is prepared; what ARM wrote since is
     * left alone by the cache's fill. Returns {resources, listings} written.
     */
    private int[] write(List<JsonNode> containers, List<JsonNode> resources, Map<String, KindDescriptor<?>> byType,
                        Predicate<String> shown) {
        CacheScope scope = arm.session().cacheScope();
        Instant at = clock.instant();
        Map<String, dev.acrconsole.cache.Listing> existing = new HashMap<>();
        store.listings(scope).forEach(l -> existing.put(l.key(), l));
        // The listings to write, by key: one is here (even empty) only if ARM has not read it.
        Map<String, Pending> pending = new LinkedHashMap<>();
        Opener open = (key, kind, parentId) -> {
            dev.acrconsole.cache.Listing l = existing.get(key);
            if (l == null || l.fromResourceGraph()) {
                pending.put(key, new Pending(kind, new ArrayList<>(), parentId));
            }
        };
        List<KindDescriptor<?>> perSubscription = kinds.perSubscription();
        for (JsonNode c : containers) {
            String subscription = c.path("subscriptionId").asText();
            if (c.path("type").asText().equalsIgnoreCase(SUBSCRIPTION_TYPE) && shown.test(subscription)) {
                perSubscription.forEach(kind -> open.accept(((Listing.PerSubscription) kind.listing()).key(subscription), kind, null));
            }
        }
        KindDescriptor<?> groups = perSubscription.stream()
                .filter(k -> k.armType().equalsIgnoreCase("Microsoft.Resources/resourceGroups")).findFirst().orElse(null);
        for (JsonNode c : containers) {
            if (groups != null && c.path("type").asText().equalsIgnoreCase(GROUP_TYPE)) {
                add(pending, groups, scope, c, at);
            }
        }
        // Parents first (registries, instances), then what is below them. A parent's collections are filled even when
        // ARM has read the parent's own listing (ARM reads most of them only when opened); the cache writes them only
        // below a parent it holds.
        List<JsonNode> sorted = new ArrayList<>(resources);
        sorted.sort(java.util.Comparator.comparingInt(r -> r.path("type").asText().split("/").length));
        List<ListingContent> carried = new ArrayList<>();
        for (JsonNode r : sorted) {
            KindDescriptor<?> kind = byType.get(r.path("type").asText().toLowerCase(Locale.ROOT));
            if (kind == null || !shown.test(r.path("subscriptionId").asText())) {
                continue;
            }
            CachedResource row = add(pending, kind, scope, r, at);
            if (!(kind.listing() instanceof Listing.PerSubscription)) {
                continue;
            }
            for (ListingContent l : kinds.carriedBy(row, armJson(r, kind), at)) {
                dev.acrconsole.cache.Listing was = existing.get(l.key());
                if (was == null || was.fromResourceGraph()) {
                    carried.add(l);
                }
            }
            // Every collection below it that Resource Graph carries is whole (empty ones are dropped below, unless they
            // replace Resource Graph's own earlier rows).
            for (KindDescriptor<?> child : kinds.childrenOf(kind.kind())) {
                if (byType.containsValue(child)) {
                    open.accept(ListingKeys.children(row.id(), child.kind()), child, row.id());
                }
            }
        }
        // An empty collection below a registry is not written unless it replaces Resource Graph's own earlier rows: the
        // cache stays small and fast to fill (most registries have no replication), and opening the folder reads ARM.
        Predicate<ListingContent> worth = l -> !l.resources().isEmpty() || existing.containsKey(l.key())
                || perSubscription.stream().anyMatch(k -> k.kind().equals(l.kind()));
        List<ListingContent> contents = new ArrayList<>();
        pending.forEach((key, p) -> contents.add(new ListingContent(key, p.kind().kind(), p.rows(), p.parentId())));
        contents.addAll(carried);
        contents.removeIf(worth.negate());
        // What ARM has read by now (the refresh's ARM reads run beside this one) is decided in the write's transaction.
        List<ListingContent> written = contents.isEmpty() ? List.of()
                : store.fillListings(scope, contents, at, dev.acrconsole.cache.Listing.RESOURCE_GRAPH);
        return new int[] {written.stream().mapToInt(l -> l.resources().size()).sum(), written.size()};
    }

    private record Pending(KindDescriptor<?> kind, List<CachedResource> rows, String parentId) {}

    /** Opens a listing to write (when ARM has not read it as far as the cache said before the queries). */
    private interface Opener {
        void accept(String key, KindDescriptor<?> kind, String parentId);
    }

    /** The row Resource Graph's answer makes, added to its listing if that listing is being written. */
    private static CachedResource add(Map<String, Pending> pending, KindDescriptor<?> kind, CacheScope scope, JsonNode r,
                                      Instant at) {
        CachedResource row = kind.fromArm(scope, r.path("tenantId").asText(null), armJson(r, kind), at);
        Pending listing = pending.get(kind.listingKey(r.path("id").asText()));
        if (listing != null) {
            listing.rows().add(row);
        }
        return row;
    }

    /** The row as ARM's GET shows the resource: ARM's type, without Resource Graph's own columns and empty ones. */
    static ObjectNode armJson(JsonNode row, KindDescriptor<?> kind) {
        ObjectNode n = MAPPER.createObjectNode();
        row.properties().forEach(e -> {
            JsonNode v = e.getValue();
            boolean empty = v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty());
            if (!GRAPH_ONLY.contains(e.getKey()) && !empty) {
                n.set(e.getKey(), v);
            }
        });
        n.put("type", kind.armType());
        return n;
    }

    private ResourceGraphManager manager() {
        // Its quota is the step's to honour: a 429 is not retried blindly by the pipeline but waited out (or skipped).
        RetryPolicy retry = new RetryPolicy(new ExponentialBackoff(ArmClients.retryOptions().getExponentialBackoffOptions()) {
            @Override
            public boolean shouldRetryCondition(RequestRetryCondition condition) {
                return (condition.getResponse() == null || condition.getResponse().getStatusCode() != 429)
                        && super.shouldRetryCondition(condition);
            }
        });
        return ResourceGraphManager.configure().withHttpClient(arm.httpClient()).withRetryPolicy(retry)
                .authenticate(arm.session().credential(), arm.profile(null));
    }

    /** Resource Graph refused for its quota, longer than the step may wait: the ARM reads do it. */
    private static final class Skipped extends RuntimeException {
        Skipped(String message) {
            super(message, null, false, false);
        }
    }

    /** An account's Resource Graph quota as its last answer told it. */
    private static final class Quota {
        private int remaining = -1; // unknown until Resource Graph says
        private Instant resetsAt = Instant.EPOCH;

        synchronized void heard(HttpHeaders headers, Instant now) {
            String left = headers.getValue("x-ms-user-quota-remaining");
            String resets = headers.getValue("x-ms-user-quota-resets-after");
            if (left != null) {
                try {
                    remaining = Integer.parseInt(left.trim());
                } catch (NumberFormatException e) {
                    remaining = -1;
                }
            }
            Duration d = resetsAfter(resets);
            if (d != null) {
                resetsAt = now.plus(d);
            }
        }

        /** How long to wait before the next query: zero while queries remain (or nothing was said). */
        synchronized Duration waitBefore(Instant now) {
            if (remaining != 0 || !now.isBefore(resetsAt)) {
                return Duration.ZERO;
            }
            return Duration.between(now, resetsAt);
        }
    }

    /** Resource Graph's hh:mm:ss (fractions of a second allowed); null when absent or unreadable. */
    static Duration resetsAfter(String text) {
        if (text == null) {
            return null;
        }
        String[] p = text.trim().split(":");
        if (p.length != 3) {
            return null;
        }
        try {
            return Duration.ofHours(Long.parseLong(p[0])).plusMinutes(Long.parseLong(p[1]))
                    .plusMillis(Math.round(Double.parseDouble(p[2]) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every page of one query, honouring the quota between them. */
    private final class Pages {
        private final ResourceGraphManager manager;
        private final Quota quota;
        int queries;

        Pages(ResourceGraphManager manager, Quota quota) {
            this.manager = manager;
            this.quota = quota;
        }

        List<JsonNode> all(String kql) {
            List<JsonNode> out = new ArrayList<>();
            String token = null;
            do {
                QueryResponse page = page(kql, token);
                JsonNode data = MAPPER.valueToTree(page.data());
                data.forEach(out::add);
                token = page.skipToken();
            } while (token != null && !token.isEmpty());
            return out;
        }

        private QueryResponse page(String kql, String token) {
            QueryRequest request = new QueryRequest().withQuery(kql).withOptions(new QueryRequestOptions()
                    .withTop(PAGE).withSkipToken(token).withResultFormat(ResultFormat.OBJECT_ARRAY));
            for (int attempt = 0; ; attempt++) {
                waitForQuota();
                try {
                    queries++;
                    Response<QueryResponse> r = manager.resourceProviders().resourcesWithResponse(request, Context.NONE);
                    quota.heard(r.getHeaders(), clock.instant());
                    return r.getValue();
                } catch (ManagementException e) {
                    if (e.getResponse() == null || e.getResponse().getStatusCode() != 429 || attempt > 0) {
                        throw e;
                    }
                    quota.heard(e.getResponse().getHeaders(), clock.instant());
                    // 429 without a reset time: wait the whole window, as Resource Graph documents it.
                    if (quota.waitBefore(clock.instant()).isZero()) {
                        quota.remaining = 0;
                        quota.resetsAt = clock.instant().plusSeconds(5);
                    }
                }
            }
        }

        private void waitForQuota() {
            Duration wait = quota.waitBefore(clock.instant());
            if (wait.isZero()) {
                return;
            }
            if (wait.compareTo(maxWait) > 0) {
                throw new Skipped("Resource Graph's quota is spent for " + seconds(wait)
                        + ": skipped it, the per-subscription ARM reads fill the tree");
            }
            try {
                Thread.sleep(wait.toMillis() + 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Skipped("Interrupted while waiting for Resource Graph's quota: the ARM reads fill the tree");
            }
        }
    }

    private static String seconds(Duration d) {
        long s = (d.toMillis() + 999) / 1000;
        return s + (s == 1 ? " more second" : " more seconds");
    }
}
