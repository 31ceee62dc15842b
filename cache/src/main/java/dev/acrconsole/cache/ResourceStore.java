package dev.acrconsole.cache;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads and writes cached resources and listings. A listing is replaced whole, in one
 * transaction, so a refresh that fails part-way never leaves a half-replaced listing behind.
 */
public final class ResourceStore {
    static final String COLUMNS = "scope_key, id, kind, name, type, tenant_id, subscription_id, "
            + "resource_group, location, sku, provisioning_state, parent_key, json, fetched_at";

    private final CacheDatabase db;

    public ResourceStore(CacheDatabase db) {
        this.db = db;
    }

    CacheDatabase db() {
        return db;
    }

    /**
     * Replaces everything a listing delivered before with {@code resources}, and marks the listing
     * complete at {@code completedAt}. Rows of other listings are untouched.
     */
    public void replaceListing(CacheScope scope, String listingKey, ResourceKind kind,
                               Collection<CachedResource> resources, Instant completedAt) {
        replaceListings(scope, List.of(new ListingContent(listingKey, kind, resources)), completedAt);
    }

    /**
     * Replaces several listings in one transaction (e.g. the registries of a subscription and the private endpoint
     * connections they carry). A resource that is no longer listed takes everything below it along.
     */
    public void replaceListings(CacheScope scope, Collection<ListingContent> listings, Instant completedAt) {
        replaceListings(scope, listings, completedAt, ReplaceWatch.NONE);
    }

    /**
     * As {@link #replaceListings(CacheScope, Collection, Instant)}, showing {@code watch} each resource with the row it
     * replaces first, in the same transaction: what the watch records lands with the listing or not at all.
     */
    public void replaceListings(CacheScope scope, Collection<ListingContent> listings, Instant completedAt,
                                ReplaceWatch watch) {
        replaceListings(scope, listings, completedAt, watch, null);
    }

    /**
     * As {@link #replaceListings(CacheScope, Collection, Instant, ReplaceWatch)}, marking the listings as filled from
     * {@code source} (e.g. {@link Listing#RESOURCE_GRAPH}) rather than read from ARM; an ARM read clears the mark.
     */
    public void replaceListings(CacheScope scope, Collection<ListingContent> listings, Instant completedAt,
                                ReplaceWatch watch, String source) {
        write(scope, listings, completedAt, watch, source, false);
    }

    /**
     * Fills listings from a source other than ARM ({@code source}, e.g. {@link Listing#RESOURCE_GRAPH}) in one
     * transaction, never over what ARM read: a listing ARM has completed is left as it is, and so is a collection below
     * a resource that is not cached (it vanished, or ARM's listing of it did not have it). Decided inside the
     * transaction, so an ARM read that lands while the fill was being prepared wins. Returns the listings written.
     */
    public List<ListingContent> fillListings(CacheScope scope, Collection<ListingContent> listings, Instant completedAt,
                                             String source) {
        return write(scope, listings, completedAt, ReplaceWatch.NONE, source, true);
    }

    private List<ListingContent> write(CacheScope scope, Collection<ListingContent> listings, Instant completedAt,
                                       ReplaceWatch watch, String source, boolean fill) {
        Set<String> vanishedKeys = new HashSet<>();
        List<ListingContent> written = new ArrayList<>();
        db.write(c -> {
            vanishedKeys.clear(); // a retried transaction starts again
            written.clear();
            for (ListingContent l : listings) {
                ChangeLog.ListingState state = ChangeLog.ListingState.of(c, scope, l.key());
                if (fill && (state.baseline() || l.parentId() != null && byId(c, scope, l.parentId()) == null)) {
                    continue;
                }
                written.add(l);
                Map<String, ChangeLog.Was> before = ChangeLog.before(c, scope, l.key(), state);
                if (watch.watches(l.kind())) {
                    // Rows only Resource Graph gave are no baseline for the history either (as for the change log).
                    Map<String, CachedResource> listed = state.source() != null ? Map.of() : listed(c, scope, l.key());
                    ConnectedRegistryHistory.Recorder history = ConnectedRegistryHistory.recorder(c);
                    l.resources().forEach(r -> watch.replacing(listed.get(CachedResource.idKey(r.id())), r, history));
                }
                vanishedKeys.addAll(removeVanished(c, scope, l));
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM resource WHERE scope_key = ? AND listing_key = ?")) {
                    delete.setString(1, scope.key());
                    delete.setString(2, l.key());
                    delete.executeUpdate();
                }
                Map<String, String> watches = insert(c, l.key(), l.resources(), db);
                if (before != null) {
                    for (CachedResource r : l.resources()) {
                        ChangeLog.compare(c, scope, before, r, watches.get(CachedResource.idKey(r.id())), completedAt);
                    }
                    ChangeLog.removed(c, scope, before, completedAt);
                }
                upsertListing(c, scope, l.key(), l.kind(), completedAt, completedAt, null);
                markSource(c, scope, l.key(), source);
            }
            return null;
        });
        if (written.isEmpty()) {
            return written;
        }
        Set<String> listingKeys = new HashSet<>();
        Set<String> ids = new HashSet<>(vanishedKeys);
        Set<ResourceKind> kinds = new HashSet<>();
        for (ListingContent l : written) {
            listingKeys.add(l.key());
            kinds.add(l.kind());
            l.resources().forEach(r -> ids.add(CachedResource.idKey(r.id())));
        }
        db.changes().fire(new CacheChange(scope, listingKeys, ids, kinds, false));
        return written;
    }

    /** Adds or replaces one resource (e.g. after an operation changed it); its listing's state is untouched. */
    public void upsert(CachedResource resource, String listingKey) {
        upsert(resource, listingKey, ReplaceWatch.NONE);
    }

    /** As {@link #upsert(CachedResource, String)}, showing {@code watch} the row it replaces first (same transaction). */
    public void upsert(CachedResource resource, String listingKey, ReplaceWatch watch) {
        db.write(c -> {
            if (watch.watches(resource.kind())) {
                watch.replacing(byId(c, resource.scope(), resource.id()), resource, ConnectedRegistryHistory.recorder(c));
            }
            insertLogged(c, List.of(resource), listingKey, r -> true, db);
            return null;
        });
        db.changes().fire(new CacheChange(resource.scope(), Set.of(listingKey), Set.of(CachedResource.idKey(resource.id())),
                Set.of(resource.kind()), false));
    }

    /** Adds or replaces many resources of one listing in one transaction (e.g. a page of runs); nothing is removed. */
    public void upsertAll(Collection<CachedResource> resources, String listingKey) {
        upsertAll(resources, listingKey, r -> false);
    }

    /**
     * As {@link #upsertAll(Collection, String)}; the change log gets what changed in rows already cached, and the new
     * rows {@code news} says are new at the source (a run created since the last look), not just newly paged into view.
     */
    public void upsertAll(Collection<CachedResource> resources, String listingKey, Predicate<CachedResource> news) {
        if (resources.isEmpty()) {
            return;
        }
        db.write(c -> {
            insertLogged(c, resources, listingKey, news, db);
            return null;
        });
        Set<String> ids = new HashSet<>();
        Set<ResourceKind> kinds = new HashSet<>();
        resources.forEach(r -> {
            ids.add(CachedResource.idKey(r.id()));
            kinds.add(r.kind());
        });
        db.changes().fire(new CacheChange(resources.iterator().next().scope(), Set.of(listingKey), ids, kinds, false));
    }

    /** Writes rows, logging what changed in those already cached and, of the new ones, those {@code news} accepts. */
    private static void insertLogged(Connection c, Collection<CachedResource> resources, String listingKey,
                                     Predicate<CachedResource> news, CacheDatabase db) throws SQLException {
        Map<String, ChangeLog.Was> before = new HashMap<>();
        for (CachedResource r : resources) {
            ChangeLog.Was was = ChangeLog.was(c, r.scope(), CachedResource.idKey(r.id()));
            if (was != null) {
                before.put(CachedResource.idKey(r.id()), was);
            }
        }
        Map<String, String> watches = insert(c, listingKey, resources, db);
        for (CachedResource r : resources) {
            String key = CachedResource.idKey(r.id());
            if (before.containsKey(key) || news.test(r)) {
                ChangeLog.compare(c, r.scope(), before, r, watches.get(key), r.fetchedAt());
            }
        }
    }


    /** Removes a resource and everything cached below it (e.g. after it was deleted). */
    public void remove(CacheScope scope, String id) {
        removeAll(scope, List.of(id));
    }

    /**
     * Removes resources and everything cached below them in one transaction, with one change for listeners: a bulk
     * delete's step of tags would otherwise make every open page read the cache again once per tag.
     */
    public void removeAll(CacheScope scope, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        CacheChange change = db.write(c -> {
            Set<String> listings = new HashSet<>();
            Set<String> keys = new HashSet<>();
            Set<ResourceKind> kinds = new HashSet<>();
            Map<String, ChangeLog.Was> gone = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT listing_key, kind FROM resource WHERE scope_key = ? AND id_key = ?")) {
                for (String id : ids) {
                    String key = CachedResource.idKey(id);
                    s.setString(1, scope.key());
                    s.setString(2, key);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            if (rs.getString(1) != null) {
                                listings.add(rs.getString(1));
                            }
                            keys.add(key);
                            kinds.add(ResourceKind.of(rs.getString(2)));
                        }
                    }
                    ChangeLog.Was was = ChangeLog.was(c, scope, key);
                    deleteWithDescendants(c, scope, key);
                    if (was != null) {
                        gone.put(key, was);
                    }
                }
            }
            if (!gone.isEmpty()) {
                ChangeLog.removed(c, scope, gone, Instant.now());
            }
            return keys.isEmpty() ? null : new CacheChange(scope, listings, keys, kinds, false);
        });
        if (change != null) {
            db.changes().fire(change);
        }
    }

    /**
     * The rows of {@code kind} below {@code parent} that share its scope, tenant, subscription and group (what is in a
     * registry: its repositories' tags and manifests), in no particular order. Only the columns they do not share are
     * read: a clean-up's dry run reads 100,000s of them, and each column costs a call into SQLite. Blocks: background.
     */
    public List<CachedResource> sharingParent(CachedResource parent, ResourceKind kind) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, name, type, location, sku, provisioning_state, json,"
                    + " fetched_at FROM resource WHERE scope_key = ? AND parent_key = ? AND kind = ?")) {
                s.setString(1, parent.scope().key());
                String parentKey = CachedResource.idKey(parent.id()); // one string shared by every row, not one each
                s.setString(2, parentKey);
                s.setString(3, kind.code());
                List<CachedResource> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CachedResource(parent.scope(), rs.getString(1), kind, rs.getString(2), rs.getString(3),
                                parent.tenantId(), parent.subscriptionId(), parent.resourceGroup(), rs.getString(4),
                                rs.getString(5), rs.getString(6), parentKey, rs.getString(7),
                                Instant.ofEpochMilli(rs.getLong(8))));
                    }
                }
                return out;
            }
        });
    }

    /** The resources of a kind directly below {@code parentId}, by name. */
    public List<CachedResource> children(CacheScope scope, String parentId, ResourceKind kind) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM resource"
                    + " WHERE scope_key = ? AND parent_key = ? AND kind = ? ORDER BY name COLLATE NOCASE")) {
                s.setString(1, scope.key());
                s.setString(2, CachedResource.idKey(parentId));
                s.setString(3, kind.code());
                return resources(s);
            }
        });
    }

    /**
     * Resources of a kind whose JSON has {@code value} at {@code jsonPath} (SQLite's JSON path, e.g.
     * {@code $.properties.privateLinkServiceConnectionState.status}), in every scope when scope is null.
     */
    public List<CachedResource> withJsonValue(CacheScope scope, ResourceKind kind, String jsonPath, String value) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM resource"
                    + " WHERE kind = ? AND json_extract(json, ?) = ?" + (scope == null ? "" : " AND scope_key = ?")
                    + " ORDER BY fetched_at DESC")) {
                s.setString(1, kind.code());
                s.setString(2, jsonPath);
                s.setString(3, value);
                if (scope != null) {
                    s.setString(4, scope.key());
                }
                return resources(s);
            }
        });
    }

    /**
     * Resources of a kind whose JSON names {@code host} at {@code jsonPath}, ignoring case (host names are
     * case-insensitive), with or without a port after it: e.g. the registry endpoints that point at a login server.
     * In every scope when scope is null.
     */
    public List<CachedResource> withHost(CacheScope scope, ResourceKind kind, String jsonPath, String host) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM resource"
                    + " WHERE kind = ? AND (lower(json_extract(json, ?)) = ? OR lower(json_extract(json, ?)) LIKE ? ESCAPE '\\')"
                    + (scope == null ? "" : " AND scope_key = ?") + " ORDER BY name COLLATE NOCASE")) {
                String h = host.toLowerCase(java.util.Locale.ROOT);
                s.setString(1, kind.code());
                s.setString(2, jsonPath);
                s.setString(3, h);
                s.setString(4, jsonPath);
                s.setString(5, h.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%");
                if (scope != null) {
                    s.setString(6, scope.key());
                }
                return resources(s);
            }
        });
    }

    /** The distinct non-null values at {@code jsonPath} among resources of a kind (e.g. every registry's login server). */
    public List<String> distinctJsonValues(CacheScope scope, ResourceKind kind, String jsonPath) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT json_extract(json, ?) AS v FROM resource"
                    + " WHERE kind = ? AND v IS NOT NULL" + (scope == null ? "" : " AND scope_key = ?") + " ORDER BY v")) {
                s.setString(1, jsonPath);
                s.setString(2, kind.code());
                if (scope != null) {
                    s.setString(3, scope.key());
                }
                List<String> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** A connected registry's recorded state changes, oldest first (see {@link ConnectedRegistryHistory}). */
    public List<ConnectedRegistryHistory.Transition> connectedRegistryHistory(CacheScope scope, String id) {
        return new ConnectedRegistryHistory(db).of(scope, id);
    }

    private static void markSource(Connection c, CacheScope scope, String key, String source) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE listing SET source = ? WHERE scope_key = ? AND listing_key = ?")) {
            s.setString(1, source);
            s.setString(2, scope.key());
            s.setString(3, key);
            s.executeUpdate();
        }
    }

    /** Records that a listing's refresh failed; what it delivered before stays as it was. */
    public void recordFailure(CacheScope scope, String listingKey, ResourceKind kind, String error, Instant at) {
        db.write(c -> {
            upsertListing(c, scope, listingKey, kind, null, at, error);
            return null;
        });
        db.changes().fire(new CacheChange(scope, Set.of(listingKey), Set.of(), Set.of(kind), false));
    }

    public Optional<CachedResource> get(CacheScope scope, String id) {
        return db.read(c -> Optional.ofNullable(byId(c, scope, id)));
    }

    private static CachedResource byId(Connection c, CacheScope scope, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM resource WHERE scope_key = ? AND id_key = ?")) {
            s.setString(1, scope.key());
            s.setString(2, CachedResource.idKey(id));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? resource(rs) : null;
            }
        }
    }

    /** What a listing holds now, by id key. */
    private static Map<String, CachedResource> listed(Connection c, CacheScope scope, String listingKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM resource WHERE scope_key = ? AND listing_key = ?")) {
            s.setString(1, scope.key());
            s.setString(2, listingKey);
            Map<String, CachedResource> out = new HashMap<>();
            for (CachedResource r : resources(s)) {
                out.put(CachedResource.idKey(r.id()), r);
            }
            return out;
        }
    }

    /** The rows the navigation tree shows, for one scope or (scope null) for every scope. */
    public List<NavigationRow> navigationRows(CacheScope scope) {
        List<String> kinds = db.policy().treeKindCodes();
        if (kinds.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            String sql = "SELECT scope_key, id, kind, name, parent_key, sku, location, tenant_id FROM resource"
                    + " WHERE kind IN (" + String.join(", ", java.util.Collections.nCopies(kinds.size(), "?")) + ")"
                    + (scope == null ? "" : " AND scope_key = ?")
                    + " ORDER BY name COLLATE NOCASE";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = 0;
                for (String k : kinds) {
                    s.setString(++i, k);
                }
                if (scope != null) {
                    s.setString(++i, scope.key());
                }
                List<NavigationRow> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new NavigationRow(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                                ResourceKind.of(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return rows;
            }
        });
    }

    /** One listing's state, if it was ever attempted. */
    public Optional<Listing> listing(CacheScope scope, String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT scope_key, listing_key, kind, last_complete_at,"
                    + " last_attempt_at, last_error, source FROM listing WHERE scope_key = ? AND listing_key = ?")) {
                s.setString(1, scope.key());
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new Listing(scope, key, ResourceKind.of(rs.getString(3)),
                            instant(rs, 4), instant(rs, 5), rs.getString(6), rs.getString(7))) : Optional.empty();
                }
            }
        });
    }

    /** The listing that last delivered the resource with this id (its freshness and source), if it is cached. */
    public Optional<Listing> listingOf(CacheScope scope, String id) {
        String key = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT listing_key FROM resource WHERE scope_key = ? AND id_key = ?")) {
                s.setString(1, scope.key());
                s.setString(2, CachedResource.idKey(id));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return key == null ? Optional.empty() : listing(scope, key);
    }

    /** The rows a listing delivered last, by name. */
    public List<CachedResource> listingRows(CacheScope scope, String key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM resource"
                    + " WHERE scope_key = ? AND listing_key = ? ORDER BY name COLLATE NOCASE")) {
                s.setString(1, scope.key());
                s.setString(2, key);
                return resources(s);
            }
        });
    }

    /** Every listing's state, for one scope or (scope null) for every scope. */
    public List<Listing> listings(CacheScope scope) {
        return db.read(c -> {
            String sql = "SELECT scope_key, listing_key, kind, last_complete_at, last_attempt_at, last_error, source"
                    + " FROM listing" + (scope == null ? "" : " WHERE scope_key = ?");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (scope != null) {
                    s.setString(1, scope.key());
                }
                List<Listing> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Listing(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                                ResourceKind.of(rs.getString(3)), instant(rs, 4), instant(rs, 5),
                                rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }

    /** One scope's resources of one kind (an account's tenants, its subscriptions), by name. */
    public List<CachedResource> resources(CacheScope scope, ResourceKind kind) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM resource WHERE scope_key = ? AND kind = ? ORDER BY name COLLATE NOCASE")) {
                s.setString(1, scope.key());
                s.setString(2, kind.code());
                List<CachedResource> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(resource(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Every scope that has cached rows or listings. */
    public List<CacheScope> scopes() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT scope_key FROM resource UNION SELECT scope_key FROM listing ORDER BY 1");
                 ResultSet rs = s.executeQuery()) {
                List<CacheScope> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(CacheScope.fromKey(rs.getString(1)));
                }
                return out;
            }
        });
    }

    /**
     * Forgets everything cached for a scope (an account the user removed), in one transaction; returns how many
     * resources went.
     */
    public int deleteScope(CacheScope scope) {
        int gone = db.write(c -> {
            int removed;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM resource WHERE scope_key = ?")) {
                s.setString(1, scope.key());
                removed = s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM listing WHERE scope_key = ?")) {
                s.setString(1, scope.key());
                s.executeUpdate();
            }
            return removed;
        });
        db.changes().fire(CacheChange.everything(scope));
        return gone;
    }

    /** Streams every cached resource (all scopes) in a stable order, for export. */
    public void forEach(Consumer<CachedResource> action) {
        db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM resource ORDER BY scope_key, kind, id_key");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    action.accept(resource(rs));
                }
            }
            return null;
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM resource");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static List<CachedResource> resources(PreparedStatement s) throws SQLException {
        List<CachedResource> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(resource(rs));
            }
        }
        return out;
    }

    /** Deletes what is below each resource a listing held and no longer holds. */
    private static List<String> removeVanished(Connection c, CacheScope scope, ListingContent l) throws SQLException {
        Set<String> kept = new HashSet<>();
        l.resources().forEach(r -> kept.add(CachedResource.idKey(r.id())));
        List<String> vanished = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id_key FROM resource WHERE scope_key = ? AND listing_key = ?")) {
            s.setString(1, scope.key());
            s.setString(2, l.key());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!kept.contains(rs.getString(1))) {
                        vanished.add(rs.getString(1));
                    }
                }
            }
        }
        for (String key : vanished) {
            deleteWithDescendants(c, scope, key);
        }
        return vanished;
    }

    /** ARM ids nest, so a resource's descendants are the keys between "id/" and "id0" ('0' follows '/'). */
    private static void deleteWithDescendants(Connection c, CacheScope scope, String idKey) throws SQLException {
        SearchIndex.unindexSubtree(c, scope.key(), idKey);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM resource WHERE scope_key = ?"
                + " AND (id_key = ? OR (id_key >= ? AND id_key < ?))")) {
            s.setString(1, scope.key());
            s.setString(2, idKey);
            s.setString(3, idKey + "/");
            s.setString(4, idKey + "0");
            s.executeUpdate();
        }
    }

    /**
     * Writes the rows (secrets stripped), indexes them for search, and returns each one's watch line (id key ->
     * the fields whose changes matter, see {@link ChangeRules}).
     */
    private static Map<String, String> insert(Connection c, String listingKey, Collection<CachedResource> resources,
                                              CacheDatabase db) throws SQLException {
        for (CachedResource r : resources) {
            refuseIfNotOneResource(r);
        }
        Map<String, String> watches = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO resource (" + COLUMNS
                + ", id_key, listing_key, watch) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (CachedResource r : resources) {
                JsonNode tree = db.secrets().scrubbedTree(r.json());
                String idKey = CachedResource.idKey(r.id());
                String watch = db.changeRules().watch(r.type(), tree);
                watches.put(idKey, watch);
                s.setString(1, r.scope().key());
                s.setString(2, r.id());
                s.setString(3, r.kind().code());
                s.setString(4, r.name());
                s.setString(5, r.type());
                s.setString(6, r.tenantId());
                s.setString(7, r.subscriptionId());
                s.setString(8, r.resourceGroup());
                s.setString(9, r.location());
                s.setString(10, r.sku());
                s.setString(11, r.provisioningState());
                s.setString(12, CachedResource.idKey(r.parentId()));
                s.setString(13, SecretFilter.write(tree));
                s.setLong(14, r.fetchedAt().toEpochMilli());
                s.setString(15, idKey);
                s.setString(16, listingKey);
                s.setString(17, watch);
                s.addBatch();
                SearchIndex.index(c, r.scope().key(), idKey, r.kind(), r.name(), tree, unsearched(db, r.type()));
            }
            s.executeBatch();
        }
        return watches;
    }

    /**
     * A row keyed by an empty or a collection id is a phantom: a nameless resource in the tree, search and exports,
     * holding what was never one resource. Thrown inside the write's transaction, so none of that write lands.
     */
    private static void refuseIfNotOneResource(CachedResource r) {
        String why = CachedResource.notAResourceId(r.id());
        if (why != null) {
            throw new CacheException("Refused to cache a " + r.kind().code() + " with the id \"" + r.id() + "\": " + why
                    + ". Nothing of this write was cached; what was cached before is kept.");
        }
    }

    private static void upsertListing(Connection c, CacheScope scope, String key, ResourceKind kind,
                                      Instant completedAt, Instant attemptAt, String error) throws SQLException {
        // A failure keeps the last complete time: the data it refers to is still there.
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO listing (scope_key, listing_key, kind, last_complete_at, last_attempt_at, last_error)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (scope_key, listing_key) DO UPDATE SET
                  kind = excluded.kind,
                  last_complete_at = coalesce(excluded.last_complete_at, listing.last_complete_at),
                  last_attempt_at = excluded.last_attempt_at,
                  last_error = excluded.last_error""")) {
            s.setString(1, scope.key());
            s.setString(2, key);
            s.setString(3, kind.code());
            if (completedAt == null) {
                s.setNull(4, Types.INTEGER);
            } else {
                s.setLong(4, completedAt.toEpochMilli());
            }
            s.setLong(5, attemptAt.toEpochMilli());
            s.setString(6, error);
            s.executeUpdate();
        }
    }

    /** The fields a type's search document leaves out (cached as rows of their own). */
    private static Set<String> unsearched(CacheDatabase db, String type) {
        return type == null ? Set.of() : db.policy().unsearched().getOrDefault(type.toLowerCase(java.util.Locale.ROOT), Set.of());
    }

    static CachedResource resource(ResultSet rs) throws SQLException {
        return new CachedResource(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                ResourceKind.of(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
