package dev.acrconsole.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations, tracked in SQLite's own {@code PRAGMA user_version} (ADR 0002).
 * Each migration is a SQL resource applied in its own transaction; append new ones to the list,
 * never edit one that has shipped.
 */
final class Migrations {
    static final List<String> SCRIPTS = List.of("V1__resources_and_listings.sql", "V2__operations_journal.sql",
            "V3__search_and_changes.sql",
            "V4__run_logs.sql",
            "V5__connected_registry_history.sql",
            "V6__resource_rowid.sql",
            "V7__operation_unanswered_since.sql",
            "V8__search_facets.sql",
            "V9__listing_source.sql");

    private Migrations() {}

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void apply(Connection c) throws SQLException {
        apply(c, latestVersion());
    }

    /** Up to {@code version} only: what an older release left behind (tests of a later migration start there). */
    static void apply(Connection c, int version) throws SQLException {
        int current = userVersion(c);
        if (current > latestVersion()) {
            throw new CacheException("The cache was written by a newer ACR Console (schema version " + current
                    + ", this one knows up to " + latestVersion() + "). Update the app or use another --data-dir.");
        }
        for (int v = current + 1; v <= version; v++) {
            String script = load(SCRIPTS.get(v - 1));
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : script.split(";\\s*(\\r?\\n|$)")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + v);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new CacheException("Missing migration " + name + " in the application (a packaging fault).");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CacheException("Cannot read migration " + name, e);
        }
    }
}
