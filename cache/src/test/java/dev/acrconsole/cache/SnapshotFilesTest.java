package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files outside the data dir are the user's: opening one as a snapshot leaves nothing beside it, and a file that is
 * not a snapshot is named for what it is. Inside the data dir, a clean close leaves the cache one file.
 */
class SnapshotFilesTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aCleanCloseFoldsTheWalIntoTheCacheFile() throws Exception {
        Path data = dir.resolve("data");
        try (CacheDatabase db = CacheDatabase.open(data, TestKinds.POLICY)) {
            new ResourceStore(db).replaceListing(TestRows.SCOPE, TestRows.SUB + "|registries", TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1)), T1);
            new ResourceStore(db).count(); // a reader has been used, and closes before the writer
            assertThat(Files.size(data.resolve("cache.db-wal"))).isPositive();
        }
        assertThat(beside(data, "cache.db")).containsExactly("cache.db");
        try (CacheDatabase db = CacheDatabase.open(data, TestKinds.POLICY)) {
            assertThat(new ResourceStore(db).count()).isEqualTo(1);
        }
    }

    @Test
    void aSnapshotInWalModeOpensWithoutAWalOrShmBesideIt() throws Exception {
        // A snapshot that was opened as a cache somewhere (or copied from one) is in WAL mode: a plain read-only open
        // would make -wal and -shm beside the user's file.
        Path file = dir.resolve("mine").resolve("review.acrsnap");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("live"), TestKinds.POLICY)) {
            new ResourceStore(db).replaceListing(TestRows.SCOPE, TestRows.SUB + "|registries", TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1)), T1);
            Files.createDirectories(file.getParent());
            Snapshots.write(db, file, Snapshots.Filter.ALL, T1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
        }
        byte[] before = Files.readAllBytes(file);

        try (CacheDatabase snap = Snapshots.open(file, dir.resolve("work"), TestKinds.POLICY)) {
            assertThat(new ResourceStore(snap).count()).isEqualTo(1);
            assertThat(beside(file.getParent(), "review.acrsnap")).containsExactly("review.acrsnap");
        }
        assertThat(beside(file.getParent(), "review.acrsnap")).containsExactly("review.acrsnap");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aCacheGivenAsASnapshotIsNamedSoAndLeftAsItWas() throws Exception {
        Path data = dir.resolve("data");
        CacheDatabase.open(data, TestKinds.POLICY).close();

        assertThatThrownBy(() -> Snapshots.open(data.resolve("cache.db"), dir.resolve("work"), TestKinds.POLICY))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("is an ACR Console cache, not a snapshot")
                .hasMessageContaining("--data-dir " + data.toAbsolutePath());
        assertThat(beside(data, "cache.db")).containsExactly("cache.db");
    }

    @Test
    void anUnrelatedSqliteFileIsNotCalledACache() throws Exception {
        Path other = dir.resolve("inventory.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (name TEXT)");
        }

        assertThatThrownBy(() -> Snapshots.open(other, dir.resolve("work"), TestKinds.POLICY))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("is a SQLite database, but not an ACR Console snapshot")
                .hasMessageContaining("Export snapshot")
                .hasMessageNotContaining("is an ACR Console cache");
        assertThat(dir.resolve("work")).doesNotExist(); // nothing was copied or migrated
    }

    @Test
    void aFileOfGarbageIsNotASnapshotAndNoDataDirIsBlamed() throws Exception {
        Path garbage = dir.resolve("garbage.acrsnap");
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        Files.write(garbage, bytes);

        assertThatThrownBy(() -> Snapshots.open(garbage, dir.resolve("work"), TestKinds.POLICY))
                .isInstanceOf(CacheException.class)
                .hasMessageContaining("is not an ACR Console snapshot")
                .hasMessageContaining("Export snapshot")
                .hasMessageNotContaining("--data-dir");
        assertThatThrownBy(() -> Snapshots.open(dir, dir.resolve("work"), TestKinds.POLICY))
                .hasMessageContaining("is a folder, not a snapshot");
        assertThat(beside(dir, "garbage.acrsnap")).containsExactly("garbage.acrsnap");
    }

    /** The files in {@code folder} whose names start with {@code name} (the file and anything SQLite made beside it). */
    private static List<String> beside(Path folder, String name) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name)).sorted().toList();
        }
    }
}
