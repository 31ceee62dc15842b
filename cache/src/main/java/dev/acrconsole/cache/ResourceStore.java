package dev.acrconsole.cache;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes cached resources and listings. A listing is replaced whole, in one
 * transaction, so a refresh that fails part-way never leaves a half-replaced listing behind.
 */
public final class ResourceStore {
    private static final String COLUMNS = "scope_key, id, kind, name, type, tenant_id, subscription_id, "
            + "resource_group, location, sku, provisioning_state, parent_key, json, fetched_at";

    private final CacheDatabase db;

    public ResourceStore(CacheDatabase db) {
        this.db = db;
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
        db.write(c -> {
            for (ListingContent l : listings) {
                if (watch.watches(l.kind())) {
                    Map<String, CachedResource> before = listed(c, scope, l.key());
                    ConnectedRegistryHistory.Recorder history = ConnectedRegistryHistory.recorder(c);
                    l.resources().forEach(r -> watch.replacing(before.get(CachedResource.idKey(r.id())), r, history));
                }
                removeVanished(c, scope, l);
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM resource WHERE scope_key = ? AND listing_key = ?")) {
                    delete.setString(1, scope.key());
                    delete.setString(2, l.key());
                    delete.executeUpdate();
                }
                insert(c, l.key(), l.resources());
                upsertListing(c, scope, l.key(), l.kind(), completedAt, completedAt, null);
            }
            return null;
        });
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
            insert(c, listingKey, List.of(resource));
            return null;
        });
    }

    /** Removes a resource and everything cached below it (e.g. after it was deleted). */
    public void remove(CacheScope scope, String id) {
        db.write(c -> {
            deleteWithDescendants(c, scope, CachedResource.idKey(id));
            return null;
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

    /** A connected registry's recorded state changes, oldest first (see {@link ConnectedRegistryHistory}). */
    public List<ConnectedRegistryHistory.Transition> connectedRegistryHistory(CacheScope scope, String id) {
        return new ConnectedRegistryHistory(db).of(scope, id);
    }

    /** Records that a listing's refresh failed; what it delivered before stays as it was. */
    public void recordFailure(CacheScope scope, String listingKey, ResourceKind kind, String error, Instant at) {
        db.write(c -> {
            upsertListing(c, scope, listingKey, kind, null, at, error);
            return null;
        });
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
        return db.read(c -> {
            String sql = "SELECT scope_key, id, kind, name, parent_key, sku, location, tenant_id FROM resource"
                    + " WHERE kind IN ('subscription', 'resourceGroup', 'registry')"
                    + (scope == null ? "" : " AND scope_key = ?")
                    + " ORDER BY name COLLATE NOCASE";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (scope != null) {
                    s.setString(1, scope.key());
                }
                List<NavigationRow> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new NavigationRow(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                                ResourceKind.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return rows;
            }
        });
    }

    /** Every listing's state, for one scope or (scope null) for every scope. */
    public List<Listing> listings(CacheScope scope) {
        return db.read(c -> {
            String sql = "SELECT scope_key, listing_key, kind, last_complete_at, last_attempt_at, last_error"
                    + " FROM listing" + (scope == null ? "" : " WHERE scope_key = ?");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (scope != null) {
                    s.setString(1, scope.key());
                }
                List<Listing> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Listing(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                                ResourceKind.fromCode(rs.getString(3)), instant(rs, 4), instant(rs, 5),
                                rs.getString(6)));
                    }
                }
                return out;
            }
        });
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
    private static void removeVanished(Connection c, CacheScope scope, ListingContent l) throws SQLException {
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
    }

    /** ARM ids nest, so a resource's descendants are the keys between "id/" and "id0" ('0' follows '/'). */
    private static void deleteWithDescendants(Connection c, CacheScope scope, String idKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM resource WHERE scope_key = ?"
                + " AND (id_key = ? OR (id_key >= ? AND id_key < ?))")) {
            s.setString(1, scope.key());
            s.setString(2, idKey);
            s.setString(3, idKey + "/");
            s.setString(4, idKey + "0");
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, String listingKey, Collection<CachedResource> resources)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO resource (" + COLUMNS
                + ", id_key, listing_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (CachedResource r : resources) {
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
                s.setString(13, SecretFilter.scrub(r.json()));
                s.setLong(14, r.fetchedAt().toEpochMilli());
                s.setString(15, CachedResource.idKey(r.id()));
                s.setString(16, listingKey);
                s.addBatch();
            }
            s.executeBatch();
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

    private static CachedResource resource(ResultSet rs) throws SQLException {
        return new CachedResource(CacheScope.fromKey(rs.getString(1)), rs.getString(2),
                ResourceKind.fromCode(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), Instant.ofEpochMilli(rs.getLong(14)));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
