package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite file in the data dir. WAL mode so readers never wait for the writer; exactly one
 * writer connection (SQLite allows one writer at a time anyway, and a lock makes that explicit
 * instead of a SQLITE_BUSY at random); a small pool of read-only connections for readers.
 */
public final class CacheDatabase implements AutoCloseable {
    public static final String FILE_NAME = "cache.db";
    private static final int READERS = 3;

    private final Path file;
    private final CachePolicy policy;
    private final CacheChanges changes = new CacheChanges();
    private final SecretFilter secrets;
    private final ChangeRules changeRules;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private CacheDatabase(Path file, CachePolicy policy, Connection writer) {
        this.file = file;
        this.policy = policy;
        this.secrets = new SecretFilter(policy);
        this.changeRules = new ChangeRules(policy);
        this.writer = writer;
    }

    /**
     * Opens (creating if needed) the cache in {@code dataDir} and brings its schema up to date; {@code policy} (from the
     * app's kind registry) says what every write applies.
     */
    public static CacheDatabase open(Path dataDir, CachePolicy policy) {
        prepareDataDir(dataDir);
        return openFile(dataDir.resolve(FILE_NAME), policy);
    }

    /**
     * Makes the data dir if it is missing, and says in words what stands in the way: a file where the directory (or
     * one above it) should be, a folder where cache.db should be, a directory the user may not write.
     */
    static void prepareDataDir(Path dataDir) {
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new CacheException("The data directory " + dataDir + " is a file, not a directory: give --data-dir a "
                    + "directory (a new one is made), or move the file away.");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            Path blocking = dataDir.toAbsolutePath();
            while (blocking != null && !Files.exists(blocking)) {
                blocking = blocking.getParent();
            }
            String why = blocking != null && !Files.isDirectory(blocking) ? blocking + " is a file"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied in " + blocking
                    : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.toString();
            throw new CacheException("Cannot create the data directory " + dataDir + ": " + why
                    + ". Choose another --data-dir (or fix that path).", e);
        }
        Path cache = dataDir.resolve(FILE_NAME);
        if (Files.isDirectory(cache)) {
            throw new CacheException("The cache file " + cache + " is a folder, not a file: move the folder away (a new"
                    + " cache is made in its place and the next refresh fills it), or choose another --data-dir.");
        }
    }

    /** Opens (creating if needed) a cache file of any name, e.g. a snapshot being written. */
    public static CacheDatabase openFile(Path file, CachePolicy policy) {
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new CacheException("The cache file " + file + " is not readable: check its permissions.");
        }
        Connection writer = null;
        try {
            writer = connect(file, false);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            Migrations.apply(writer);
            CacheDatabase db = new CacheDatabase(file, policy, writer);
            for (int i = 0; i < READERS; i++) {
                db.readers.add(connect(file, true));
            }
            return db;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new CacheException(describe(file, e), e);
        } catch (CacheException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** The kinds' rules every write applies (watched fields, secret names, search, tree kinds). */
    public CachePolicy policy() {
        return policy;
    }

    /** The gate every write passes: the generic secret names and the kinds'. */
    public SecretFilter secrets() {
        return secrets;
    }

    ChangeRules changeRules() {
        return changeRules;
    }

    /** Where writers tell what they changed, and listeners hear it. */
    public CacheChanges changes() {
        return changes;
    }

    /**
     * Opens a cache file that must not change (a snapshot being reviewed): readers only, no migrations; any write is
     * refused with a clear message. The file must be of this app's schema version.
     */
    public static CacheDatabase openReadOnly(Path file, CachePolicy policy) {
        if (!Files.isReadable(file)) {
            throw new CacheException("Cannot read " + file + ".");
        }
        CacheDatabase db = new CacheDatabase(file, policy, null);
        try {
            for (int i = 0; i < READERS; i++) {
                db.readers.add(connectImmutable(file));
            }
            int version = db.read(Migrations::userVersion);
            if (version != Migrations.latestVersion()) {
                db.close();
                throw new CacheException(file + " has schema version " + version + "; this app reads " + Migrations.latestVersion() + ".");
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw new CacheException(describe(file, e), e);
        }
    }

    /** What a cache file is, read without changing it or leaving anything beside it: its schema version and tables. */
    record FileFacts(int schemaVersion, java.util.Set<String> tables) {}

    static FileFacts facts(Path file) {
        try (Connection c = connectImmutable(file); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            java.util.Set<String> tables = new java.util.HashSet<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            return new FileFacts(Migrations.userVersion(c), tables);
        } catch (SQLException e) {
            throw new CacheException(describe(file, e), e);
        }
    }

    public static int currentSchemaVersion() {
        return Migrations.latestVersion();
    }

    /** Folds the WAL into the file and stops using one, so the file stands alone (snapshots). */
    void checkpointAndUseRollbackJournal() {
        writeLock.lock();
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new CacheException(describe(file, e), e);
        } finally {
            writeLock.unlock();
        }
    }

    public boolean readOnly() {
        return writer == null;
    }

    /** Runs {@code work} in one transaction on the writer connection: all of it lands, or none. */
    public <T> T write(SqlFunction<T> work) {
        if (writer == null) {
            throw new CacheException("This is a read-only snapshot: nothing in it can be changed.");
        }
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T result = work.apply(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CacheException(describe(file, e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on the writer connection outside any transaction (VACUUM cannot run inside one). */
    <T> T exclusive(SqlFunction<T> work) {
        if (writer == null) {
            throw new CacheException("This is a read-only snapshot: nothing in it can be changed.");
        }
        writeLock.lock();
        try {
            return work.apply(writer);
        } catch (SQLException e) {
            throw new CacheException(describe(file, e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction on the writer connection with another SQLite file attached as
     * {@code alias} (ATTACH cannot happen inside a transaction, so it is done around it).
     */
    public <T> T withAttached(Path other, String alias, SqlFunction<T> work) {
        if (writer == null) {
            throw new CacheException("This is a read-only snapshot: nothing in it can be changed.");
        }
        writeLock.lock();
        try {
            try (Statement s = writer.createStatement()) {
                s.execute("ATTACH DATABASE '" + other.toAbsolutePath().toString().replace("'", "''") + "' AS " + alias);
            }
            try {
                return write(work);
            } finally {
                try (Statement s = writer.createStatement()) {
                    s.execute("DETACH DATABASE " + alias);
                }
            }
        } catch (SQLException e) {
            throw new CacheException(describe(other, e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read-only connection; it sees the last committed state. */
    public <T> T read(SqlFunction<T> work) {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheException("Interrupted while waiting to read the cache", e);
        }
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new CacheException(describe(file, e), e);
        } finally {
            readers.add(c);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            Connection c;
            while ((c = readers.poll()) != null) {
                closeQuietly(c);
            }
            // The writer closes last, after folding the WAL into the file: a read-only connection closing last cannot,
            // and left a -wal of up to the whole last refresh beside the cache.
            checkpointQuietly(writer);
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        var config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5_000);
        config.enforceForeignKeys(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /**
     * Reads a file that must not change and must have nothing written beside it (a snapshot, perhaps the user's own
     * file on a share): SQLite's immutable mode takes no lock and makes no -wal or -shm.
     */
    private static Connection connectImmutable(Path file) throws SQLException {
        var config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1", config.toProperties());
    }

    private static String describe(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database") || msg.contains("SQLITE_CORRUPT")) {
            return "The cache file " + file + " is damaged or is not an ACR Console cache. "
                    + "Move it aside (or choose another --data-dir) and start again.";
        }
        if (msg.contains("SQLITE_CANTOPEN") || msg.contains("SQLITE_READONLY") || msg.contains("SQLITE_PERM")) {
            return "The cache file " + file + " cannot be opened for writing: check the directory's permissions.";
        }
        return "Cache error in " + file + ": " + msg;
    }

    private static void checkpointQuietly(Connection writer) {
        if (writer == null) {
            return;
        }
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException ignored) {
            // Nothing is lost: another process reading (an export) kept part of the WAL, which the next open folds in.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing; nothing useful left to do with the error
            }
        }
    }
}
