package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A snapshot is a cache file: the same schema (its version in {@code user_version}), a chosen part of the rows, and
 * a {@code snapshot_info} table saying when, from where and what. It carries no secret because the cache has none.
 * Opened read-only on any machine to review offline, or compared with another snapshot or the live cache.
 */
public final class Snapshots {
    /** Which part of the cache goes in; empty sets mean "all". Registries take their subscription and group along. */
    public record Filter(Set<String> accounts, Set<String> subscriptionIds, Set<String> registryIds) {
        public static final Filter ALL = new Filter(Set.of(), Set.of(), Set.of());

        String describe() {
            if (equals(ALL)) {
                return "everything";
            }
            return String.join("; ", List.of(
                    accounts.isEmpty() ? "" : "accounts " + String.join(", ", accounts),
                    subscriptionIds.isEmpty() ? "" : "subscriptions " + String.join(", ", subscriptionIds),
                    registryIds.isEmpty() ? "" : "registries " + String.join(", ", registryIds)).stream()
                    .filter(s -> !s.isEmpty()).toList());
        }
    }

    /** What a snapshot says about itself. */
    public record Info(Instant createdAt, String source, String filter, int schemaVersion, int resources) {}

    private static final String CHOOSE = "Choose a file made by File > Export snapshot (or acr-console export --snapshot FILE).";

    private Snapshots() {}

    /** Writes a snapshot of {@code source} to {@code target}, which must not exist yet. */
    public static Info write(CacheDatabase source, Path target, Filter filter, Instant now) {
        if (Files.exists(target)) {
            throw new CacheException("Will not overwrite " + target + ": choose a new file name.");
        }
        CacheDatabase.openFile(target, source.policy()).close(); // an empty cache of the current schema
        String where = where(filter);
        source.withAttached(target, "snap", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO snap.resource SELECT * FROM main.resource r WHERE " + where);
                s.execute("INSERT INTO snap.listing SELECT * FROM main.listing l WHERE EXISTS (SELECT 1 FROM snap.resource r"
                        + " WHERE r.scope_key = l.scope_key AND r.listing_key = l.listing_key)");
                s.execute("INSERT INTO snap.operation SELECT * FROM main.operation o WHERE EXISTS (SELECT 1 FROM snap.resource r"
                        + " WHERE r.scope_key = o.scope_key AND r.id_key = lower(o.target_id))");
                s.execute("INSERT INTO snap.change SELECT * FROM main.change c WHERE EXISTS (SELECT 1 FROM snap.resource r"
                        + " WHERE r.scope_key = c.scope_key AND r.id_key = c.id_key)");
                s.execute("INSERT INTO snap.connected_registry_history SELECT * FROM main.connected_registry_history h"
                        + " WHERE EXISTS (SELECT 1 FROM snap.resource r WHERE r.scope_key = h.scope_key AND r.id_key = h.id_key)");
                s.execute("INSERT INTO snap.search_doc SELECT d.* FROM main.search_doc d JOIN snap.resource r"
                        + " ON r.scope_key = d.scope_key AND r.id_key = d.id_key");
                s.execute("INSERT INTO snap.search_fts (rowid, name, body, facets) SELECT rowid, name, body, facets FROM main.search_fts"
                        + " WHERE rowid IN (SELECT doc FROM snap.search_doc)");
                s.execute("CREATE TABLE snap.snapshot_info (key TEXT PRIMARY KEY, value TEXT)");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO snap.snapshot_info VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : Map.of("createdAt", now.toString(), "source", source.file().toString(),
                        "filter", filter.describe()).entrySet()) {
                    s.setString(1, e.getKey());
                    s.setString(2, e.getValue());
                    s.executeUpdate();
                }
            }
            return null;
        });
        try (CacheDatabase written = CacheDatabase.openFile(target, source.policy())) {
            // One self-contained file to carry to another machine: no -wal or -shm beside it.
            written.checkpointAndUseRollbackJournal();
            return info(written);
        }
    }

    /**
     * Opens a snapshot to read, never writing to it: one of this app's schema is opened read-only in place; one of an
     * older schema is migrated in a copy in {@code workDir}; one of a newer schema is refused with the reason.
     */
    public static CacheDatabase open(Path file, Path workDir, CachePolicy policy) {
        if (Files.isDirectory(file)) {
            throw new CacheException(file + " is a folder, not a snapshot. " + CHOOSE);
        }
        if (!Files.isRegularFile(file)) {
            throw new CacheException("No snapshot at " + file + ".");
        }
        CacheDatabase.FileFacts facts;
        try {
            facts = CacheDatabase.facts(file);
        } catch (CacheException e) {
            throw new CacheException(file + " is not an ACR Console snapshot: it is not a SQLite database, or a damaged one. "
                    + CHOOSE, e);
        }
        if (!facts.tables().contains("resource")) {
            throw new CacheException(file + " is a SQLite database, but not an ACR Console snapshot (it has none of a "
                    + "snapshot's tables). " + CHOOSE);
        }
        if (!facts.tables().contains("snapshot_info")) {
            throw new CacheException(file + " is an ACR Console cache, not a snapshot: open it with --data-dir "
                    + file.toAbsolutePath().getParent() + ", or make a snapshot of it with File > Export snapshot.");
        }
        int version = facts.schemaVersion();
        if (version > CacheDatabase.currentSchemaVersion()) {
            throw new CacheException(file + " was made by a newer ACR Console (schema " + version + "); update the app to open it.");
        }
        if (version == CacheDatabase.currentSchemaVersion()) {
            return CacheDatabase.openReadOnly(file, policy);
        }
        try {
            Files.createDirectories(workDir);
            Path copy = workDir.resolve("snapshot-upgraded.db");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return CacheDatabase.openFile(copy, policy);
        } catch (IOException e) {
            throw new CacheException("Cannot copy the snapshot " + file + " to upgrade it: " + e.getMessage(), e);
        }
    }

    public static Info info(CacheDatabase db) {
        return db.read(c -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM snapshot_info")) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            int resources;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM resource")) {
                resources = rs.next() ? rs.getInt(1) : 0;
            }
            return new Info(Instant.parse(values.get("createdAt")), values.get("source"), values.get("filter"),
                    Migrations.userVersion(c), resources);
        });
    }

    /** The rows a filter keeps, as SQL over {@code resource r}; values are quoted, they come from the cache itself. */
    private static String where(Filter f) {
        StringBuilder w = new StringBuilder("1 = 1");
        if (!f.accounts().isEmpty()) {
            w.append(" AND substr(r.scope_key, 1, instr(r.scope_key, '@') - 1) IN (").append(quoted(f.accounts())).append(')');
        }
        if (!f.subscriptionIds().isEmpty()) {
            w.append(" AND (r.subscription_id IS NULL OR lower(r.subscription_id) IN (")
                    .append(quoted(f.subscriptionIds().stream().map(String::toLowerCase).collect(Collectors.toSet()))).append("))");
        }
        if (!f.registryIds().isEmpty()) {
            // A chosen registry, what is below it, and what it is below (its group and subscription): the tree's path.
            // Tenants are not on an ARM id's path: kept whole, as the tree's roots.
            w.append(" AND (r.id_key LIKE '/tenants/%' OR ")
                    .append(f.registryIds().stream().map(id -> {
                        String k = "'" + CachedResource.idKey(id).replace("'", "''") + "'";
                        return "r.id_key = " + k + " OR (r.id_key >= " + k + " || '/' AND r.id_key < " + k + " || '0')"
                                + " OR (" + k + " >= r.id_key || '/' AND " + k + " < r.id_key || '0')";
                    }).collect(Collectors.joining(" OR "))).append(')');
        }
        return w.toString();
    }

    private static String quoted(Set<String> values) {
        return values.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
    }
}
