package dev.acrconsole.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations journal in the cache. Each write is its own transaction, so a row written before a request is sent
 * is on disk whatever happens next. Request bodies pass the {@link SecretFilter} on the way in.
 */
public final class OperationJournal {
    private static final String COLUMNS = "id, scope_key, account, kind, title, target_id, target_kind, tenant_id, method,"
            + " path, request_body, after, cancel_path, state, poll_mode, poll_url, next_poll_at, polls, throttled, note,"
            + " error_code, error_message, created_at, updated_at, finished_at, dismissed, unanswered_since";

    private final CacheDatabase db;

    public OperationJournal(CacheDatabase db) {
        this.db = db;
    }

    /** Inserts or replaces the row for {@code op.id()}. */
    public void save(Operation op) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO operation (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int i = 0;
                s.setString(++i, op.id());
                s.setString(++i, op.scope().key());
                s.setString(++i, op.scope().account());
                s.setString(++i, op.kind());
                s.setString(++i, op.title());
                s.setString(++i, op.targetId());
                s.setString(++i, op.targetKind() == null ? null : op.targetKind().code());
                s.setString(++i, op.tenantId());
                s.setString(++i, op.method());
                s.setString(++i, op.path());
                s.setString(++i, op.requestBody() == null ? null : db.secrets().scrubRequest(op.requestBody()));
                s.setString(++i, op.after().name());
                s.setString(++i, op.cancelPath());
                s.setString(++i, op.state().name());
                s.setString(++i, op.pollMode() == null ? null : op.pollMode().name());
                s.setString(++i, op.pollUrl());
                setInstant(s, ++i, op.nextPollAt());
                s.setInt(++i, op.polls());
                s.setInt(++i, op.throttled());
                s.setString(++i, op.note());
                s.setString(++i, op.errorCode());
                s.setString(++i, op.errorMessage());
                setInstant(s, ++i, op.createdAt());
                setInstant(s, ++i, op.updatedAt());
                setInstant(s, ++i, op.finishedAt());
                s.setInt(++i, op.dismissed() ? 1 : 0);
                setInstant(s, ++i, op.unansweredSince());
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Operation> get(String id) {
        List<Operation> found = query("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    /** Operations not yet ended, of one scope: the ones to follow after a start. */
    public List<Operation> unfinished(CacheScope scope) {
        return query("WHERE scope_key = ? AND state IN ('Pending', 'Running') ORDER BY created_at", scope.key());
    }

    /** What the operations panel shows: not dismissed, newest first, at most {@code limit}; scope null for all. */
    public List<Operation> recent(CacheScope scope, int limit) {
        String where = "WHERE dismissed = 0" + (scope == null ? "" : " AND scope_key = ?")
                + " ORDER BY created_at DESC LIMIT " + Math.max(1, limit);
        return scope == null ? query(where) : query(where, scope.key());
    }

    /** Every operation in the journal, oldest first: for export. */
    public List<Operation> all() {
        return query("ORDER BY created_at");
    }

    /** Hides a finished (or lost) operation from the panel; it stays in the journal. False if it is still followed. */
    public boolean dismiss(String id) {
        return db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE operation SET dismissed = 1 WHERE id = ? AND state NOT IN ('Pending', 'Running')")) {
                s.setString(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    private List<Operation> query(String tail, String... params) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM operation " + tail)) {
                for (int i = 0; i < params.length; i++) {
                    s.setString(i + 1, params[i]);
                }
                List<Operation> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(operation(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Operation operation(ResultSet rs) throws SQLException {
        String targetKind = rs.getString("target_kind");
        String pollMode = rs.getString("poll_mode");
        return new Operation(rs.getString("id"), CacheScope.fromKey(rs.getString("scope_key")), rs.getString("kind"),
                rs.getString("title"), rs.getString("target_id"),
                targetKind == null ? null : ResourceKind.of(targetKind), rs.getString("tenant_id"),
                rs.getString("method"), rs.getString("path"), rs.getString("request_body"),
                Operation.After.valueOf(rs.getString("after")), rs.getString("cancel_path"),
                Operation.State.valueOf(rs.getString("state")),
                pollMode == null ? null : Operation.PollMode.valueOf(pollMode), rs.getString("poll_url"),
                instant(rs, "next_poll_at"), rs.getInt("polls"), rs.getInt("throttled"), rs.getString("note"),
                rs.getString("error_code"), rs.getString("error_message"), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "finished_at"), rs.getInt("dismissed") == 1,
                instant(rs, "unanswered_since"));
    }

    private static void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
        if (at == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, at.toEpochMilli());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
