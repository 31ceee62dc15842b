package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves a damaged cache aside (ADR 0014): the file, with its -wal and -shm, becomes {@code cache.db.damaged-<time>}
 * beside it, untouched, and a fresh cache takes its place. Into it goes, as far as it can be read, what no refresh can
 * bring back: the operations journal, the settings, the change log and what the user has seen, connected registries'
 * state history and the index of archived run logs. Resources and listings the next refresh fills.
 */
public final class CacheRecovery {
    /** What a refresh cannot refill, in the order it is told. */
    private static final Map<String, String> KEPT = orderedLabels(
            "operation", "operations journal",
            "setting", "settings",
            "change", "change log",
            "seen", "seen marks",
            "connected_registry_history", "connected registries' state history",
            "run_log", "archived run logs' index");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** One table's salvage: rows kept, of {@code total} (-1 when even counting them failed). */
    public record Table(String name, String label, int kept, int total) {
        boolean whole() {
            return total >= 0 && kept >= total;
        }
    }

    /**
     * What was done: where the damaged files went, what each kept table got back, and how many archived run logs lost
     * their index entry and were set aside in {@code runLogsAside} (so retention, which deletes logs nothing points at,
     * does not) instead.
     */
    public record Result(Path movedTo, List<Table> tables, int runLogsSetAside, Path runLogsAside) {
        public int kept(String table) {
            return tables.stream().filter(t -> t.name().equals(table)).mapToInt(Table::kept).sum();
        }

        /** One sentence for stderr and the window. */
        public String describe() {
            int history = tables.stream().filter(t -> !t.name().equals("operation") && !t.name().equals("setting"))
                    .mapToInt(Table::kept).sum();
            StringBuilder s = new StringBuilder("Moved it aside to " + movedTo + " and started a fresh cache, keeping "
                    + count(kept("operation"), "operation") + (history == 0 ? " and " : ", ")
                    + count(kept("setting"), "setting") + (history == 0 ? "" : " and " + count(history, "row") + " of history"));
            List<String> partial = new ArrayList<>();
            for (Table t : tables) {
                if (!t.whole()) {
                    partial.add(t.total() < 0 ? t.label() + " (" + t.kept() + " rows read)"
                            : t.label() + " (" + (t.total() - t.kept()) + " of " + t.total() + " rows unreadable)");
                }
            }
            if (!partial.isEmpty()) {
                s.append("; read only in part: ").append(String.join(", ", partial));
            }
            if (runLogsSetAside > 0) {
                s.append("; ").append(count(runLogsSetAside, "archived run log")).append(" whose index was lost set aside in ")
                        .append(runLogsAside);
            }
            return s.append(". The next refresh fills it again.").toString();
        }
    }

    private CacheRecovery() {}

    /**
     * Moves {@code cacheFile} (which nothing may have open) aside and makes a fresh cache in its place with what could
     * be kept. Nothing is lost on the way: the damaged files stay, renamed, for whoever wants to look at them.
     */
    public static Result moveAside(Path cacheFile, CachePolicy policy, Instant now) {
        Path aside = asideName(cacheFile, now);
        move(cacheFile, aside);
        List<Table> tables = new ArrayList<>();
        Set<String> indexedLogs = new HashSet<>();
        try (CacheDatabase fresh = CacheDatabase.openFile(cacheFile, policy);
             Connection damaged = CacheDatabase.connect(aside, true)) {
            fresh.write(c -> {
                tables.clear(); // a retried transaction starts again
                for (Map.Entry<String, String> t : KEPT.entrySet()) {
                    tables.add(salvage(damaged, c, t.getKey(), t.getValue()));
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT file FROM run_log")) {
                    while (rs.next()) {
                        indexedLogs.add(rs.getString(1));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new CacheException("Moved the damaged cache aside to " + aside + ", but could not read it to keep its "
                    + "operations journal and settings: " + e.getMessage(), e);
        }
        Path runLogs = cacheFile.toAbsolutePath().getParent().resolve(RunLogArchive.DIR);
        Path logsAside = runLogs.resolve("unindexed-" + STAMP.format(now));
        return new Result(aside, List.copyOf(tables), setAsideUnindexed(runLogs, indexedLogs, logsAside), logsAside);
    }

    /** {@code cache.db.damaged-20261206-053812Z}, or with -2, -3 ... if that exists. */
    private static Path asideName(Path cacheFile, Instant now) {
        String base = cacheFile.getFileName() + ".damaged-" + STAMP.format(now);
        Path aside = cacheFile.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) {
            aside = cacheFile.resolveSibling(base + "-" + n);
        }
        return aside;
    }

    /** The file and what SQLite keeps beside it, under the new name (so SQLite still finds its WAL there). */
    private static void move(Path cacheFile, Path aside) {
        List<String[]> moved = new ArrayList<>();
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Path from = Path.of(cacheFile + suffix);
                if (!suffix.isEmpty() && !Files.exists(from)) {
                    continue;
                }
                Files.move(from, Path.of(aside + suffix));
                moved.add(new String[] {from.toString(), aside + suffix});
            }
        } catch (IOException e) {
            Collections.reverse(moved);
            for (String[] m : moved) { // back as it was: half a move would part a database from its WAL
                try {
                    Files.move(Path.of(m[1]), Path.of(m[0]));
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
            }
            throw new CacheException("Cannot move the damaged cache " + cacheFile + " aside (" + e.getMessage() + "): close "
                    + "other programs that use it, or move it yourself, and start again.", e);
        }
    }

    /**
     * Copies what can be read of {@code table}: in key order until a damaged page stops the scan, then in reverse
     * order from the other end up to it, so one damaged page costs only the rows on it.
     */
    private static Table salvage(Connection from, Connection to, String table, String label) throws SQLException {
        List<String> columns;
        List<String> key;
        try {
            columns = columns(from, table);
            columns.retainAll(columns(to, table));
            key = key(from, table);
        } catch (SQLException e) {
            return new Table(table, label, 0, -1); // its schema cannot be read: nothing of it can
        }
        if (columns.isEmpty()) {
            return new Table(table, label, 0, 0); // an older cache without it
        }
        Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
        scan(from, table, key, columns, "ASC", rows);
        scan(from, table, key, columns, "DESC", rows);
        String names = String.join(", ", columns);
        try (PreparedStatement insert = to.prepareStatement("INSERT OR IGNORE INTO " + table + " (" + names + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")")) {
            for (Object[] row : rows.values()) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Table(table, label, rows.size(), count(from, table));
    }

    private static void scan(Connection from, String table, List<String> key, List<String> columns, String direction,
                             Map<List<Object>, Object[]> rows) {
        String order = String.join(", ", key.stream().map(k -> k + " " + direction).toList());
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT " + String.join(", ", key) + ", "
                + String.join(", ", columns) + " FROM " + table + " ORDER BY " + order)) {
            while (rs.next()) {
                List<Object> k = new ArrayList<>();
                for (int i = 1; i <= key.size(); i++) {
                    k.add(rs.getObject(i));
                }
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(key.size() + 1 + i);
                }
                rows.putIfAbsent(k, row);
            }
        } catch (SQLException damagedPage) {
            // The scan stops at the damage; the other direction reads on from the other end.
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    /** The rowid, or a WITHOUT ROWID table's primary key columns. */
    private static List<String> key(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT rowid FROM " + table + " LIMIT 0").close();
            return List.of("rowid");
        } catch (SQLException withoutRowid) {
            Map<Integer, String> pk = new java.util.TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    if (rs.getInt("pk") > 0) {
                        pk.put(rs.getInt("pk"), rs.getString("name"));
                    }
                }
            }
            if (pk.isEmpty()) {
                throw withoutRowid;
            }
            return List.copyOf(pk.values());
        }
    }

    private static int count(Connection c, String table) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException e) {
            return -1; // the count itself reached the damage
        }
    }

    /** Archived logs the kept index does not name go where retention (which deletes such files) does not look. */
    private static int setAsideUnindexed(Path runLogs, Set<String> indexed, Path aside) {
        if (!Files.isDirectory(runLogs)) {
            return 0;
        }
        int moved = 0;
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(runLogs, "*.log")) {
            for (Path log : logs) {
                if (!indexed.contains(log.getFileName().toString())) {
                    Files.createDirectories(aside);
                    Files.move(log, aside.resolve(log.getFileName()));
                    moved++;
                }
            }
        } catch (IOException e) {
            throw new CacheException("Started a fresh cache, but could not set aside the archived run logs whose index was "
                    + "lost (" + e.getMessage() + "): copy " + runLogs + " somewhere safe before the next start.", e);
        }
        return moved;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static Map<String, String> orderedLabels(String... namesAndLabels) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            out.put(namesAndLabels[i], namesAndLabels[i + 1]);
        }
        return out;
    }
}
