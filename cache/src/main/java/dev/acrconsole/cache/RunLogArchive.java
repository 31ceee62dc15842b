package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Logs of runs, kept as files in {@code run-logs/} beside the cache and indexed in its {@code run_log} table once a
 * run has finished, so they can be read offline and after ACR's retention. A log being tailed is a {@code .part} file
 * until it is complete. File names come from a hash of the scope and the run id: no URL, no secret, in any of it.
 */
public final class RunLogArchive {
    public static final String DIR = "run-logs";

    /** An archived log: its file, its size and when it was archived. */
    public record ArchivedLog(Path file, long bytes, Instant archivedAt) {}

    private final CacheDatabase db;
    private final Path dir;

    public RunLogArchive(CacheDatabase db) {
        this.db = db;
        this.dir = db.file().toAbsolutePath().getParent().resolve(DIR);
    }

    /** Beside the cache file of {@code store}. */
    public RunLogArchive(ResourceStore store) {
        this(store.db());
    }

    public Path dir() {
        return dir;
    }

    /** Where a log being read is written until it is complete. */
    public Path partFile(CacheScope scope, String runId) {
        return dir.resolve(name(scope, runId) + ".part");
    }

    /** Moves a complete log into the archive (replacing an older copy) and indexes it. */
    public ArchivedLog archive(CacheScope scope, String runId, Path complete, Instant at) {
        Path target = dir.resolve(name(scope, runId) + ".log");
        try {
            Files.createDirectories(dir);
            if (!complete.equals(target)) {
                Files.move(complete, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            long bytes = Files.size(target);
            db.write(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO run_log"
                        + " (scope_key, run_key, file, bytes, archived_at) VALUES (?, ?, ?, ?, ?)")) {
                    s.setString(1, scope.key());
                    s.setString(2, CachedResource.idKey(runId));
                    s.setString(3, target.getFileName().toString());
                    s.setLong(4, bytes);
                    s.setLong(5, at.toEpochMilli());
                    s.executeUpdate();
                }
                return null;
            });
            return new ArchivedLog(target, bytes, at);
        } catch (IOException e) {
            throw new CacheException("Cannot archive the log of " + runId + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The archived log of a run, if there is one and its file is still there. */
    public Optional<ArchivedLog> find(CacheScope scope, String runId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT file, bytes, archived_at FROM run_log WHERE scope_key = ? AND run_key = ?")) {
                s.setString(1, scope.key());
                s.setString(2, CachedResource.idKey(runId));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ArchivedLog>empty();
                    }
                    Path file = dir.resolve(rs.getString(1));
                    return Files.isRegularFile(file)
                            ? Optional.of(new ArchivedLog(file, rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                            : Optional.<ArchivedLog>empty();
                }
            }
        });
    }

    /**
     * Deletes archived files no row indexes any more (after retention removed their rows); returns how many went.
     * A {@code .part} file is a log being read and is left alone.
     */
    public int removeUnindexed() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        Set<String> indexed = db.read(c -> {
            Set<String> names = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT file FROM run_log");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
        int removed = 0;
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "*.log")) {
            for (Path file : logs) {
                if (!indexed.contains(file.getFileName().toString()) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new CacheException("Cannot remove old run logs in " + dir + ": " + e.getMessage(), e);
        }
        return removed;
    }

    private static String name(CacheScope scope, String runId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((scope.key() + "|" + CachedResource.idKey(runId)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
