package dev.acrconsole.app.kind;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.cache.CachePolicy;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ConnectedRegistryHistory;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ReplaceWatch;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds there are, each by its descriptor: what refresh, operations, the cache's policy and the views look kinds up
 * in. Made once by the kind registry ({@code dev.acrconsole.app.catalog.Kinds}) and handed to whoever needs it, so the
 * services that use it import no kind's package. A kind it does not know (a newer version's, in an old cache) is
 * described generically: name and provisioning state.
 */
public final class KindCatalog {
    private final List<KindDescriptor<?>> all;
    private final Map<ResourceKind, KindDescriptor<?>> byKind = new LinkedHashMap<>();
    /** Asked for every row at each build of the tree (10,000s of times): worked out once. */
    private final Map<ResourceKind, List<KindDescriptor<?>>> childrenByParent = new HashMap<>();

    public KindCatalog(List<KindDescriptor<?>> descriptors) {
        this.all = List.copyOf(descriptors);
        Map<ResourceKind, List<KindDescriptor<?>>> children = new LinkedHashMap<>();
        for (KindDescriptor<?> d : all) {
            if (byKind.put(d.kind(), d) != null) {
                throw new IllegalArgumentException("Two descriptors for the kind " + d.kind());
            }
            if (d.listing() instanceof Listing.Below c) {
                children.computeIfAbsent(c.parent(), p -> new ArrayList<>()).add(d);
            }
        }
        children.forEach((parent, kinds) -> childrenByParent.put(parent, List.copyOf(kinds)));
    }

    public List<KindDescriptor<?>> all() {
        return all;
    }

    public boolean knows(ResourceKind kind) {
        return byKind.containsKey(kind);
    }

    /** The kind's descriptor; a generic one for a kind no descriptor describes. */
    public KindDescriptor<?> of(ResourceKind kind) {
        KindDescriptor<?> d = byKind.get(kind);
        return d != null ? d : new UnknownKind(kind);
    }

    /** The row with its typed details. */
    public Row row(CachedResource resource) {
        return of(resource.kind()).row(resource);
    }

    /** What the detail pane shows of a cached resource. */
    public ResourceDetails describe(CachedResource resource) {
        return describe(row(resource));
    }

    public ResourceDetails describe(Row row) {
        return of(row.kind()).describe(row);
    }

    public List<Row> rows(List<CachedResource> resources) {
        List<Row> out = new ArrayList<>(resources.size());
        resources.forEach(r -> out.add(row(r)));
        return out;
    }

    /** The kinds whose collections show as folders below a resource of {@code parent}, in the registry's order. */
    public List<KindDescriptor<?>> childrenOf(ResourceKind parent) {
        return childrenByParent.getOrDefault(parent, List.of());
    }

    /** The kind listed at the account's level under {@code key} ({@link ListingKeys#TENANTS}, ...). */
    public KindDescriptor<?> root(String key) {
        return all.stream().filter(d -> d.listing() instanceof Listing.Root r && r.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No kind is listed as " + key));
    }

    /** The kinds a refresh reads per subscription, in the registry's order. */
    public List<KindDescriptor<?>> perSubscription() {
        return all.stream().filter(d -> d.listing() instanceof Listing.PerSubscription).toList();
    }

    /** The kinds below {@code parent} whose collections are read with it, {@code when}. */
    public List<KindDescriptor<?>> childrenOf(ResourceKind parent, Listing.When when) {
        return childrenOf(parent).stream().filter(d -> ((Listing.Below) d.listing()).when() == when).toList();
    }

    /** The collections {@code parent}'s own JSON carries (a registry's private endpoint connections), to replace with it. */
    public List<ListingContent> carriedBy(CachedResource parent, JsonNode parentJson, Instant at) {
        List<ListingContent> out = new ArrayList<>();
        for (KindDescriptor<?> child : childrenOf(parent.kind(), Listing.When.IN_PARENT)) {
            JsonNode items = parentJson.path("properties").path(((Listing.Children) child.listing()).carriedAs());
            if (!items.isArray()) {
                continue;
            }
            List<CachedResource> rows = new ArrayList<>();
            for (JsonNode item : items) {
                if (item.hasNonNull("id")) {
                    rows.add(child.fromArm(parent.scope(), parent.tenantId(), item, at));
                }
            }
            out.add(new ListingContent(ListingKeys.children(parent.id(), child.kind()), child.kind(), rows, parent.id()));
        }
        return out;
    }

    /** What the cache applies on every write: each kind's watched fields and secret names, the tree's kinds. */
    public CachePolicy cachePolicy() {
        Map<String, Map<String, String>> watched = new HashMap<>();
        Set<String> secrets = new HashSet<>();
        Map<String, Set<String>> unsearched = new HashMap<>();
        Set<ResourceKind> tree = new HashSet<>();
        for (KindDescriptor<?> d : all) {
            Map<String, String> fields = new LinkedHashMap<>();
            d.watched().forEach(w -> fields.put(w.label(), w.path()));
            watched.put(d.armType(), fields);
            secrets.addAll(d.secretFields());
            if (d.inTree()) {
                tree.add(d.kind());
            }
            if (!d.unsearched().isEmpty()) {
                unsearched.computeIfAbsent(d.armType(), t -> new HashSet<>()).addAll(d.unsearched());
            }
            if (d.listing() instanceof Listing.Children c && c.carriedAs() != null) {
                // What a parent carries is cached and searched as rows of its own, not as its parent's text.
                unsearched.computeIfAbsent(of(c.parent()).armType(), t -> new HashSet<>()).add(c.carriedAs());
            }
        }
        return new CachePolicy(watched, secrets, unsearched, tree);
    }

    /** The watches of every kind as one, for writes that hold several kinds. */
    public ReplaceWatch watch() {
        List<ReplaceWatch> watches = all.stream().map(KindDescriptor::watch).filter(w -> w != ReplaceWatch.NONE).toList();
        return new ReplaceWatch() {
            @Override
            public boolean watches(ResourceKind kind) {
                return watches.stream().anyMatch(w -> w.watches(kind));
            }

            @Override
            public void replacing(CachedResource before, CachedResource after, ConnectedRegistryHistory.Recorder history) {
                watches.stream().filter(w -> w.watches(after.kind())).forEach(w -> w.replacing(before, after, history));
            }
        };
    }

    /** A kind this version does not describe: shown by name and provisioning state, never refreshed. */
    private static final class UnknownKind extends KindDescriptor<Void> {
        UnknownKind(ResourceKind kind) {
            super(kind, "", kind.code(), kind.code(), new Listing.Children(kind, "", "", Listing.When.BY_PAGE));
        }

        @Override
        protected Void details(CachedResource resource) {
            return null;
        }

        @Override
        protected List<DetailField> fields(Row row, Void details) {
            return List.of(new DetailField("Provisioning state", row.provisioningState()),
                    DetailField.copyable("Resource ID", row.id()));
        }
    }
}
