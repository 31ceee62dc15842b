package dev.acrconsole.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection states, activations and last sync times of connected registries as refreshes saw them change: ARM
 * shows only the present, so this is the only history there is. Rows are written by {@link ResourceStore} inside the
 * transaction that stores the refreshed rows (a {@link ReplaceWatch} decides what changed); this class reads them.
 * Each connected registry keeps its latest {@value #KEEP} changes.
 */
public final class ConnectedRegistryHistory {
    static final int KEEP = 500;

    /** What is tracked of a connected registry at one moment; any part may be null (ARM did not say). */
    public record State(String connectionState, String activation, String lastSyncTime) {}

    /** One observed change; {@code before} is null when this is the first time it was seen. */
    public record Transition(Instant observedAt, State before, State after) {}

    /** Records changes within the transaction of the write that observed them. */
    @FunctionalInterface
    public interface Recorder {
        void record(CachedResource resource, State before, State after);
    }

    private final CacheDatabase db;

    public ConnectedRegistryHistory(CacheDatabase db) {
        this.db = db;
    }

    /** The connected registry's recorded changes, oldest first. */
    public List<Transition> of(CacheScope scope, String id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT observed_at, state_before, state_after,"
                    + " activation_before, activation_after, last_sync_before, last_sync_after"
                    + " FROM connected_registry_history WHERE scope_key = ? AND id_key = ? ORDER BY seq")) {
                s.setString(1, scope.key());
                s.setString(2, CachedResource.idKey(id));
                List<Transition> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        State before = rs.getString(2) == null && rs.getString(4) == null && rs.getString(6) == null
                                ? null : new State(rs.getString(2), rs.getString(4), rs.getString(6));
                        out.add(new Transition(Instant.ofEpochMilli(rs.getLong(1)), before,
                                new State(rs.getString(3), rs.getString(5), rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }

    /** A recorder writing on {@code c}, the connection of the transaction under way. */
    static Recorder recorder(Connection c) {
        return (resource, before, after) -> {
            try {
                insert(c, resource, before, after);
                prune(c, resource);
            } catch (SQLException e) {
                throw new CacheException("Cannot record the history of " + resource.id() + ": " + e.getMessage(), e);
            }
        };
    }

    private static void insert(Connection c, CachedResource r, State before, State after) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO connected_registry_history (scope_key, id_key,"
                + " observed_at, state_before, state_after, activation_before, activation_after, last_sync_before,"
                + " last_sync_after) VALUES (?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, r.scope().key());
            s.setString(2, CachedResource.idKey(r.id()));
            s.setLong(3, r.fetchedAt().toEpochMilli());
            s.setString(4, before == null ? null : before.connectionState());
            s.setString(5, after.connectionState());
            s.setString(6, before == null ? null : before.activation());
            s.setString(7, after.activation());
            s.setString(8, before == null ? null : before.lastSyncTime());
            s.setString(9, after.lastSyncTime());
            s.executeUpdate();
        }
    }

    private static void prune(Connection c, CachedResource r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM connected_registry_history WHERE scope_key = ?"
                + " AND id_key = ? AND seq <= (SELECT seq FROM connected_registry_history WHERE scope_key = ?"
                + " AND id_key = ? ORDER BY seq DESC LIMIT 1 OFFSET " + KEEP + ")")) {
            for (int i = 0; i < 2; i++) {
                s.setString(1 + 2 * i, r.scope().key());
                s.setString(2 + 2 * i, CachedResource.idKey(r.id()));
            }
            s.executeUpdate();
        }
    }
}
