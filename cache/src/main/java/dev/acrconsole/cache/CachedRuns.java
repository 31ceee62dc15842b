package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The cached runs of registries, read a page at a time, newest first, through the partial indexes of migration 3
 * (by status, by task, by time): a page of 100 from a million cached runs costs an index range, not a scan.
 */
public final class CachedRuns {
    /**
     * The kind code runs are stored under. Migration 4's partial indexes name it, so the runs' descriptor takes its
     * kind from here rather than naming it again.
     */
    public static final ResourceKind KIND = ResourceKind.of("run");

    static final String STATUS = "json_extract(json, '$.properties.status')";
    static final String TASK = "json_extract(json, '$.properties.task')";
    static final String CREATED = "json_extract(json, '$.properties.createTime')";
    private static final String RUN_TYPE = "json_extract(json, '$.properties.runType')";

    private final CacheDatabase db;

    public CachedRuns(CacheDatabase db) {
        this.db = db;
    }

    /** Over the same cache file as {@code store}. */
    public CachedRuns(ResourceStore store) {
        this(store.db());
    }

    /** Up to {@code limit} runs of the registry matching {@code query}, newest first, after {@code after} (null: from the top). */
    public List<CachedResource> page(CacheScope scope, String registryId, RunQuery query, RunQuery.After after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ResourceStore.COLUMNS + " FROM resource"
                + " WHERE kind = 'run' AND scope_key = ? AND parent_key = ?");
        List<Object> params = new ArrayList<>(List.of(scope.key(), CachedResource.idKey(registryId)));
        if (!query.statuses().isEmpty()) {
            sql.append(" AND ").append(STATUS).append(" IN (").append("?,".repeat(query.statuses().size() - 1)).append("?)");
            params.addAll(query.statuses().stream().sorted().toList());
        }
        if (query.task() != null && !query.task().isBlank()) {
            sql.append(" AND ").append(TASK).append(" = ?");
            params.add(query.task());
        }
        if (query.runType() != null && !query.runType().isBlank()) {
            sql.append(" AND ").append(RUN_TYPE).append(" = ?");
            params.add(query.runType());
        }
        if (query.from() != null) {
            sql.append(" AND ").append(CREATED).append(" >= ?");
            params.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND ").append(CREATED).append(" < ?");
            params.add(query.to().toString());
        }
        if (after != null) {
            sql.append(" AND (").append(CREATED).append(", id_key) < (?, ?)");
            params.add(after.createTime());
            params.add(after.idKey());
        }
        sql.append(" ORDER BY ").append(CREATED).append(" DESC, id_key DESC LIMIT ?");
        params.add(limit);
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                List<CachedResource> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(ResourceStore.resource(rs));
                    }
                }
                return out;
            }
        });
    }

    /** How SQLite answers {@link #page} for these criteria (for the benchmark's notes and a test). */
    public String plan(CacheScope scope, String registryId, RunQuery query) {
        return db.read(c -> {
            String sql = "EXPLAIN QUERY PLAN SELECT id FROM resource WHERE kind = 'run' AND scope_key = ? AND parent_key = ?"
                    + (query.statuses().size() == 1 ? " AND " + STATUS + " = ?" : "")
                    + " ORDER BY " + CREATED + " DESC, id_key DESC LIMIT 100";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, scope.key());
                s.setString(2, CachedResource.idKey(registryId));
                if (query.statuses().size() == 1) {
                    s.setString(3, query.statuses().iterator().next());
                }
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(4)).append('\n');
                    }
                }
                return plan.toString();
            }
        });
    }
}
