package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long history is kept, and compaction. Each kind of history (the change log, finished operations, connected
 * registries' state history, archived run logs and their files) has a setting in days; {@link #apply} deletes what is older. {@link #compact} returns the
 * space to the file system (VACUUM), which takes a while on a big cache: run it in the background.
 */
public final class Retention {
    private static final System.Logger LOG = System.getLogger(Retention.class.getName());
    /** One kind of history: its setting, its default, and the table and time column it is cut by. */
    public record Rule(String key, String label, int defaultDays, String table, String timeColumn, String extraWhere) {}

    private static final List<Rule> RULES = List.of(
            new Rule("retention.changes.days", "Change log", 90, "change", "at", null),
            new Rule("retention.operations.days", "Finished operations", 90, "operation", "finished_at",
                    "state NOT IN ('Pending', 'Running')"),
            new Rule("retention.connectedRegistryHistory.days", "Connected registry state history", 365,
                    "connected_registry_history", "observed_at", null),
            new Rule("retention.runLogs.days", "Archived run logs", 180, "run_log", "archived_at", null));

    private Retention() {}

    public static List<Rule> rules() {
        return RULES;
    }

    /** Each rule's days as set (or its default). */
    public static Map<Rule, Integer> days(CacheSettings settings) {
        Map<Rule, Integer> out = new LinkedHashMap<>();
        for (Rule r : rules()) {
            out.put(r, settings.getInt(r.key(), r.defaultDays()));
        }
        return out;
    }

    /** Deletes what every rule says is too old; returns how many rows went. */
    public static int apply(CacheDatabase db, Instant now) {
        Map<Rule, Integer> days = days(new CacheSettings(db));
        int removed = db.write(c -> {
            int deleted = 0;
            for (Map.Entry<Rule, Integer> e : days.entrySet()) {
                Rule r = e.getKey();
                long cutoff = now.minus(Duration.ofDays(e.getValue())).toEpochMilli();
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + r.table() + " WHERE " + r.timeColumn()
                        + " < ?" + (r.extraWhere() == null ? "" : " AND " + r.extraWhere()))) {
                    s.setLong(1, cutoff);
                    deleted += s.executeUpdate();
                }
            }
            return deleted;
        });
        new RunLogArchive(db).removeUnindexed(); // after the rows: a file without its row is never read again
        return removed;
    }

    /** The cache's size on disk: the file, its write-ahead log and the archived run logs. */
    public static long size(CacheDatabase db) {
        long logs = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(bytes), 0) FROM run_log")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        return sizeOf(db.file()) + sizeOf(Path.of(db.file() + "-wal")) + logs;
    }

    /** Rewrites the file without its free pages; returns the size after. Blocks other writers while it runs. */
    public static long compact(CacheDatabase db) {
        db.exclusive(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM");
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
        return size(db);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            // Only the size shown in the settings: counted as nothing, and logged, rather than failing the dialog.
            LOG.log(System.Logger.Level.WARNING, "Cannot read the size of " + file + ": " + e.getMessage());
            return 0;
        }
    }
}
