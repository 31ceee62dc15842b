package dev.acrconsole.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The SQLite file in the data dir. WAL mode so readers never wait for the writer; exactly one
 * writer connection (SQLite allows one writer at a time anyway, and a lock makes that explicit
 * instead of a SQLITE_BUSY at random); a small pool of read-only connections for readers.
 * A file found damaged (at open, by {@link #check}, or by any read or write) is reported to {@link #onDamage} listeners
 * and can be moved aside for a fresh one while the window stays open ({@link #startFresh}, ADR 0014).
 */
public final class CacheDatabase implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CacheDatabase.class.getName());
    public static final String FILE_NAME = "cache.db";
    private static final int READERS = 3;
    /** Setting: when {@link #checkIfDue} last found the whole file sound (epoch millis). */
    static final String LAST_FULL_CHECK = "cache.fullCheck.at";

    private final Path file;
    private final CachePolicy policy;
    private final CacheChanges changes = new CacheChanges();
    private final SecretFilter secrets;
    private final ChangeRules changeRules;
    private final boolean readOnly;
    /** Replaced only by {@link #startFresh}, under the write lock with every reader taken back. */
    private volatile Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** How many readers exist (in the pool or lent out): what {@link #startFresh} waits to have back. */
    private volatile int readerCount;
    private volatile CacheDamagedException damage;
    private final List<Consumer<CacheDamagedException>> damageListeners = new CopyOnWriteArrayList<>();

    private CacheDatabase(Path file, CachePolicy policy, boolean readOnly) {
        this.file = file;
        this.policy = policy;
        this.secrets = new SecretFilter(policy);
        this.changeRules = new ChangeRules(policy);
        this.readOnly = readOnly;
    }

    /**
     * Opens (creating if needed) the cache in {@code dataDir} and brings its schema up to date; {@code policy} (from the
     * app's kind registry) says what every write applies. A file found damaged throws {@link CacheDamagedException}:
     * the caller offers or does the move aside ({@link #openDamaged}, {@link CacheRecovery}).
     */
    public static CacheDatabase open(Path dataDir, CachePolicy policy) {
        prepareDataDir(dataDir);
        CacheDatabase db = openFile(dataDir.resolve(FILE_NAME), policy);
        try {
            db.checkAtOpen();
            return db;
        } catch (CacheException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens a cache {@link #open} found damaged as far as it opens (no migration, no check), for a window to show
     * what can still be read and offer {@link #startFresh}: reads of damaged pages fail with {@code damage}.
     */
    public static CacheDatabase openDamaged(Path dataDir, CachePolicy policy, CacheDamagedException damage) {
        CacheDatabase db = new CacheDatabase(dataDir.resolve(FILE_NAME), policy, false);
        db.damage = damage;
        try {
            db.writer = connect(db.file, false);
            for (int i = 0; i < READERS; i++) {
                db.readers.add(connect(db.file, true));
                db.readerCount++;
            }
        } catch (SQLException e) {
            // What could not even connect is simply not there: every read without a reader fails with the damage.
        }
        return db;
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
        CacheDatabase db = new CacheDatabase(file, policy, false);
        try {
            db.connectAll();
            return db;
        } catch (CacheException e) {
            db.close();
            throw e;
        }
    }

    /** The writer (WAL, schema brought up to date) and the readers. */
    private void connectAll() {
        try {
            writer = connect(file, false);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            Migrations.apply(writer);
            for (int i = 0; i < READERS; i++) {
                readers.add(connect(file, true));
                readerCount++;
            }
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    /**
     * What every open checks, cheaply (its cost is in docs/benchmarks.md): the header and schema (read by the
     * migrations), the first page of every table, and the operations journal whole, which the start resumes from.
     * Damage elsewhere shows when a read reaches it, or when the window's {@link #check} does.
     */
    private void checkAtOpen() {
        read(c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master"
                    + " WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    s.executeQuery("SELECT 1 FROM \"" + table.replace("\"", "\"\"") + "\" LIMIT 1").close();
                }
            }
            String journal = quickCheck(c, "PRAGMA quick_check(operation)");
            if (journal != null) {
                throw new SQLException("the operations journal: " + journal, "", 11);
            }
            return null;
        });
    }

    /**
     * The whole file's check ({@code PRAGMA quick_check}: every page of every table and index; ~200 ms for 10k
     * registries), on a connection of its own so readers are not held up: run it in the background. Damage found is
     * told to the {@link #onDamage} listeners as well as returned.
     */
    public Optional<CacheDamagedException> check() {
        if (readerCount == 0 && damage != null) {
            return Optional.of(damage);
        }
        try (Connection c = connect(file, true)) {
            String problem = quickCheck(c, "PRAGMA quick_check");
            return problem == null ? Optional.empty() : Optional.of(damaged(new CacheDamagedException(file, problem, null)));
        } catch (SQLException e) {
            if (isDamage(e)) {
                return Optional.of(damaged(new CacheDamagedException(file, reason(e), e)));
            }
            throw failure(file, e);
        }
    }

    /**
     * {@link #check}, unless one found nothing less than {@code every} before {@code now} (its time is kept in the
     * setting table): the whole file is read at most that often, since a cache of a million runs is gigabytes.
     */
    public Optional<CacheDamagedException> checkIfDue(Instant now, java.time.Duration every) {
        CacheSettings settings = new CacheSettings(this);
        long last = settings.get(LAST_FULL_CHECK).map(Long::parseLong).orElse(Long.MIN_VALUE);
        if (last > now.minus(every).toEpochMilli()) {
            return Optional.empty();
        }
        Optional<CacheDamagedException> found = check();
        if (found.isEmpty()) {
            settings.put(LAST_FULL_CHECK, Long.toString(now.toEpochMilli()));
        }
        return found;
    }

    /** The first problem a quick_check reports, or null when it says "ok". */
    private static String quickCheck(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            String first = rs.next() ? rs.getString(1) : "ok";
            return "ok".equals(first) ? null : first;
        }
    }

    /** The damage seen so far (at open, by a read or write, by {@link #check}), if any. */
    public Optional<CacheDamagedException> damage() {
        return Optional.ofNullable(damage);
    }

    /** Hears of damage when it is found (on the thread that found it: hand work on). */
    public void onDamage(Consumer<CacheDamagedException> listener) {
        damageListeners.add(listener);
    }

    /**
     * Records damage; listeners hear of it once, and every read that reaches it until it is moved aside throws that
     * same exception, so whoever hears of it again can tell it is not new.
     */
    private CacheDamagedException damaged(CacheDamagedException found) {
        CacheDamagedException first;
        synchronized (damageListeners) {
            if (damage == null) {
                damage = found;
            }
            first = damage;
        }
        if (first == found) {
            damageListeners.forEach(l -> l.accept(found));
        }
        return first;
    }

    /**
     * Moves the damaged file (with its -wal and -shm) aside and carries on with a fresh cache in its place, the
     * history a refresh cannot bring back kept as far as it can be read ({@link CacheRecovery}). Waits for reads in
     * flight; writes wait meanwhile. The fresh cache is empty until the next refresh.
     */
    public CacheRecovery.Result startFresh(Instant now) {
        if (readOnly) {
            throw new CacheException("This is a read-only snapshot: it is never moved or replaced.");
        }
        writeLock.lock();
        try {
            disconnect();
            CacheRecovery.Result result;
            try {
                result = CacheRecovery.moveAside(file, policy, now);
            } finally {
                connectAll(); // the fresh file; or, if it could not be moved, the damaged one as it was
            }
            damage = null;
            return result;
        } finally {
            writeLock.unlock();
        }
    }

    /** Takes every reader back (waiting for reads in flight) and closes them and the writer. Under the write lock. */
    private void disconnect() {
        for (; readerCount > 0; readerCount--) {
            Connection c;
            try {
                c = readers.poll(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CacheException("Interrupted while waiting for reads of the cache to end.", e);
            }
            if (c == null) {
                throw new CacheException("A read of the cache did not end within 30 s, so it was not moved: try again.");
            }
            closeQuietly(c);
        }
        closeQuietly(writer);
        writer = null;
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
        CacheDatabase db = new CacheDatabase(file, policy, true);
        try {
            for (int i = 0; i < READERS; i++) {
                db.readers.add(connectImmutable(file));
                db.readerCount++;
            }
            int version = db.read(Migrations::userVersion);
            if (version != Migrations.latestVersion()) {
                db.close();
                throw new CacheException(file + " has schema version " + version + "; this app reads " + Migrations.latestVersion() + ".");
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw failure(file, e);
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
            throw failure(file, e);
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
            throw damagedOr(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** Runs {@code work} in one transaction on the writer connection: all of it lands, or none. */
    public <T> T write(SqlFunction<T> work) {
        refuseIfReadOnly();
        writeLock.lock();
        try {
            refuseIfUnconnected();
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
            throw damagedOr(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on the writer connection outside any transaction (VACUUM cannot run inside one). */
    <T> T exclusive(SqlFunction<T> work) {
        refuseIfReadOnly();
        writeLock.lock();
        try {
            refuseIfUnconnected();
            return work.apply(writer);
        } catch (SQLException e) {
            throw damagedOr(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction on the writer connection with another SQLite file attached as
     * {@code alias} (ATTACH cannot happen inside a transaction, so it is done around it).
     */
    public <T> T withAttached(Path other, String alias, SqlFunction<T> work) {
        refuseIfReadOnly();
        writeLock.lock();
        try {
            refuseIfUnconnected();
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
            throw failure(other, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read-only connection; it sees the last committed state. */
    public <T> T read(SqlFunction<T> work) {
        CacheDamagedException known = damage;
        if (known != null && readerCount == 0) {
            throw known; // it did not even connect
        }
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
            throw damagedOr(file, e);
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
            if (damage == null) { // a damaged file is left as it is, for the move aside
                checkpointQuietly(writer);
            }
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

    static Connection connect(Path file, boolean readOnly) throws SQLException {
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

    /** Only a damaged file that would not even connect has no writer. Under the write lock. */
    private void refuseIfUnconnected() {
        if (writer == null) {
            throw damage != null ? damage : new CacheException("The cache " + file + " is closed.");
        }
    }

    private void refuseIfReadOnly() {
        if (readOnly) {
            throw new CacheException("This is a read-only snapshot: nothing in it can be changed.");
        }
    }

    /** A failure of this cache's file: damage is told to the listeners before it is thrown. */
    private CacheException damagedOr(Path where, SQLException e) {
        CacheException failure = failure(where, e);
        return failure instanceof CacheDamagedException d && where.equals(file) ? damaged(d) : failure;
    }

    /** An SQLite failure as a user reads it; damage (SQLITE_CORRUPT, SQLITE_NOTADB) as {@link CacheDamagedException}. */
    static CacheException failure(Path file, SQLException e) {
        if (isDamage(e)) {
            return new CacheDamagedException(file, reason(e), e);
        }
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("SQLITE_CANTOPEN") || msg.contains("SQLITE_READONLY") || msg.contains("SQLITE_PERM")) {
            return new CacheException("The cache file " + file + " cannot be opened for writing: check the directory's permissions.", e);
        }
        return new CacheException("Cache error in " + file + ": " + msg, e);
    }

    static boolean isDamage(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        String msg = String.valueOf(e.getMessage());
        return primary == 11 || primary == 26 || msg.contains("SQLITE_CORRUPT") || msg.contains("SQLITE_NOTADB")
                || msg.contains("malformed") || msg.contains("not a database");
    }

    /** SQLite's words for the damage, without its code prefix: "database disk image is malformed". */
    private static String reason(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        int open = msg.lastIndexOf('(');
        return open >= 0 && msg.endsWith(")") ? msg.substring(open + 1, msg.length() - 1) : msg;
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
            } catch (SQLException e) {
                // What was committed is in the file already; a close that fails is worth a line, not a failure.
                LOG.log(System.Logger.Level.WARNING, "Closing the cache's connection failed: " + e.getMessage());
            }
        }
    }
}
