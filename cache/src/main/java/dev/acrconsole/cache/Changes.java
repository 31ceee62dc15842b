package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the change log (newest first) and remembers what the user has looked at. */
public final class Changes {
    /**
     * Which changes to list; null fields match anything. {@code after} matches the new value of a changed field, or
     * the watched value of an added resource (so "went Pending" also finds a connection that arrived Pending).
     */
    public record Query(CacheScope scope, Instant since, String kind, Change.What what, String field, String after, int limit) {
        public static Query recent(int limit) {
            return new Query(null, null, null, null, null, null, limit);
        }
    }

    private final CacheDatabase db;

    public Changes(CacheDatabase db) {
        this.db = db;
    }

    public List<Change> list(Query q) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, scope_key, id, kind, name, what, field, before, after"
                + " FROM change c WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.scope() != null) {
            sql.append(" AND scope_key = ?");
            params.add(q.scope().key());
        }
        if (q.since() != null) {
            sql.append(" AND at >= ?");
            params.add(q.since().toEpochMilli());
        }
        if (q.kind() != null) {
            sql.append(" AND kind = ?");
            params.add(q.kind());
        }
        if (q.what() != null) {
            sql.append(" AND what = ?");
            params.add(q.what().name());
        }
        if (q.field() != null && q.after() != null) {
            // A changed field with that new value, or a resource that arrived with it.
            sql.append(" AND ((field = ? AND after = ?) OR (what = 'added' AND EXISTS (SELECT 1 FROM resource r"
                    + " WHERE r.scope_key = c.scope_key AND r.id_key = c.id_key AND instr(r.watch, ?) > 0)))");
            params.add(q.field());
            params.add(q.after());
            params.add(q.field() + "=" + q.after());
        } else if (q.field() != null) {
            sql.append(" AND field = ?");
            params.add(q.field());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(Math.max(1, q.limit()));
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                List<Change> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), CacheScope.fromKey(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6), Change.What.valueOf(rs.getString(7)),
                                rs.getString(8), rs.getString(9), rs.getString(10)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Remembers that the user has looked at a resource as it is now; with {@code kindCode}, at every resource of that
     * kind below it too (a folder of its children was opened).
     */
    public void markSeen(CacheScope scope, String id, String kindCode) {
        String key = CachedResource.idKey(id);
        db.write(c -> {
            String where = kindCode == null ? "id_key = ?" : "id_key >= ? AND id_key < ? AND kind = ?";
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO seen (scope_key, id_key, seq)"
                    + " SELECT scope_key, id_key, max(seq) FROM change WHERE scope_key = ? AND " + where
                    + " GROUP BY scope_key, id_key")) {
                s.setString(1, scope.key());
                if (kindCode == null) {
                    s.setString(2, key);
                } else {
                    s.setString(2, key + "/");
                    s.setString(3, key + "0");
                    s.setString(4, kindCode);
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    public void markSeen(CacheScope scope, String id) {
        markSeen(scope, id, null);
    }

    /**
     * Resources (id key -> kind code) that changed since the user last looked at them; one never looked at counts
     * from the first change the log saw of it. Scope null: every scope.
     */
    public Map<String, String> unseen(CacheScope scope) {
        return db.read(c -> {
            String sql = "SELECT c.id_key, c.kind FROM change c LEFT JOIN seen s"
                    + " ON s.scope_key = c.scope_key AND s.id_key = c.id_key"
                    + " WHERE c.seq > coalesce(s.seq, 0)" + (scope == null ? "" : " AND c.scope_key = ?")
                    + " GROUP BY c.id_key";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (scope != null) {
                    s.setString(1, scope.key());
                }
                Map<String, String> out = new HashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a time in another form: the change shows without one rather than not at all
        }
    }

    /** Resources of a kind whose watched {@code field} (a date) falls before {@code before}: e.g. tokens expiring soon. */
    public List<CachedResource> dueBefore(CacheScope scope, String kindCode, String field, Instant before, ResourceStore store) {
        List<String[]> due = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT scope_key, id, watch FROM resource WHERE kind = ?"
                    + (scope == null ? "" : " AND scope_key = ?"))) {
                s.setString(1, kindCode);
                if (scope != null) {
                    s.setString(2, scope.key());
                }
                List<String[]> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Instant value = instant(ChangeRules.parse(rs.getString(3)).get(field));
                        if (value != null && value.isBefore(before)) {
                            out.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
                return out;
            }
        });
        return due.stream().map(d -> store.get(CacheScope.fromKey(d[0]), d[1])).flatMap(java.util.Optional::stream).toList();
    }
}
