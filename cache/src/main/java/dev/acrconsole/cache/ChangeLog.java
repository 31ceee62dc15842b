package dev.acrconsole.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the change log inside the refresh's own transaction: what a listing held before (its rows' watch lines)
 * against what replaced it. A listing seen for the first time is a baseline, not a wave of "added".
 */
final class ChangeLog {
    /** A row as it was: enough to say what became of it. */
    record Was(String id, String kind, String name, String watch) {}

    private ChangeLog() {}

    /** What a listing was before a refresh: whether it was ever complete, and where its rows came from (null: ARM). */
    record ListingState(boolean complete, String source) {
        static ListingState of(Connection c, CacheScope scope, String listingKey) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT last_complete_at, source FROM listing WHERE scope_key = ? AND listing_key = ?")) {
                s.setString(1, scope.key());
                s.setString(2, listingKey);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new ListingState(rs.getObject(1) != null, rs.getString(2)) : new ListingState(false, null);
                }
            }
        }

        /** Rows only Resource Graph gave are no baseline: what ARM then says differently is its lag, not a change. */
        boolean baseline() {
            return complete && source == null;
        }
    }

    /** The listing's rows before a refresh, or null when they are no baseline (never complete, or not ARM's). */
    static Map<String, Was> before(Connection c, CacheScope scope, String listingKey, ListingState state) throws SQLException {
        if (!state.baseline()) {
            return null;
        }
        Map<String, Was> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id_key, id, kind, name, watch FROM resource WHERE scope_key = ? AND listing_key = ?")) {
            s.setString(1, scope.key());
            s.setString(2, listingKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Was(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return rows;
    }

    /** One resource as it was, or null when it was not cached. */
    static Was was(Connection c, CacheScope scope, String idKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, kind, name, watch FROM resource WHERE scope_key = ? AND id_key = ?")) {
            s.setString(1, scope.key());
            s.setString(2, idKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Was(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)) : null;
            }
        }
    }

    /** Logs added and changed rows against {@code before}, and removes from it what is still there. */
    static void compare(Connection c, CacheScope scope, Map<String, Was> before, CachedResource now, String watch, Instant at)
            throws SQLException {
        Was was = before.remove(CachedResource.idKey(now.id()));
        if (was == null) {
            write(c, scope, now.id(), now.kind().code(), now.name(), "added", null, null, null, at);
            return;
        }
        if (was.watch() == null || was.watch().equals(watch)) {
            return; // cached before the change log existed (no baseline), or nothing watched changed: most rows
        }
        Map<String, String> old = ChangeRules.parse(was.watch());
        Map<String, String> fresh = ChangeRules.parse(watch);
        for (String field : union(old, fresh)) {
            if (!Objects.equals(old.get(field), fresh.get(field))) {
                write(c, scope, now.id(), now.kind().code(), now.name(), "changed", field, old.get(field), fresh.get(field), at);
            }
        }
    }

    /** Logs what {@link #compare} did not find again: it is gone. */
    static void removed(Connection c, CacheScope scope, Map<String, Was> gone, Instant at) throws SQLException {
        for (Was w : gone.values()) {
            write(c, scope, w.id(), w.kind(), w.name(), "removed", null, null, null, at);
        }
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static void write(Connection c, CacheScope scope, String id, String kind, String name, String what,
                              String field, String before, String after, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO change (at, scope_key, id_key, id, kind, name, what,"
                + " field, before, after) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, scope.key());
            s.setString(3, CachedResource.idKey(id));
            s.setString(4, id);
            s.setString(5, kind);
            s.setString(6, name);
            s.setString(7, what);
            s.setString(8, field);
            s.setString(9, before);
            s.setString(10, after);
            s.executeUpdate();
        }
    }
}
