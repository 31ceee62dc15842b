package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache file with a really damaged page (noise written over one page of a real SQLite file): found at open, by a
 * read, or by the full check; told to listeners; moved aside with the history a refresh cannot bring back kept.
 */
class DamagedCacheTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-06T05:38:12Z");
    private static final int REGISTRIES = 300;
    private static final int OPERATIONS = 200;

    @TempDir
    Path dir;

    /** A cache like a user's: a few hundred registries, a journal, settings, an archived run log. Closed cleanly. */
    private Path filled() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            List<CachedResource> registries = new ArrayList<>();
            for (int i = 0; i < REGISTRIES; i++) {
                registries.add(TestRows.registry("registry%03d".formatted(i), T1));
            }
            new ResourceStore(db).replaceListing(TestRows.SCOPE, TestRows.SUB + "|registries", TestKinds.REGISTRY, registries, T1);
            OperationJournal journal = new OperationJournal(db);
            for (int i = 0; i < OPERATIONS; i++) {
                journal.save(TestRows.operation("op-%03d".formatted(i), T1.plusSeconds(i)));
            }
            new CacheSettings(db).put("retention.changes.days", "30");
            new CacheSettings(db).put("retention.runLogs.days", "400");
        }
        Path logs = Files.createDirectories(dir.resolve(RunLogArchive.DIR));
        Files.writeString(logs.resolve("orphan.log"), "a log the index no longer names");
        return dir.resolve(CacheDatabase.FILE_NAME);
    }

    @Test
    void aDamagedResourcePageIsFoundByTheReadThatReachesItAndToldToListeners() throws Exception {
        Path file = filled();
        Damage.leafPage(file, "resource", Damage.leafPages(file, "resource") / 2);

        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) { // the cheap check does not read every page
            List<CacheDamagedException> heard = new CopyOnWriteArrayList<>();
            db.onDamage(heard::add);
            assertThat(db.damage()).isEmpty();

            assertThatThrownBy(() -> new ResourceStore(db).navigationRows(null))
                    .isInstanceOf(CacheDamagedException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("is damaged (database disk image is malformed)");
            assertThat(heard).hasSize(1);
            assertThat(db.damage()).isPresent();
            // What does not touch the damaged page still reads.
            assertThat(new OperationJournal(db).all()).hasSize(OPERATIONS);
        }
    }

    @Test
    void theFullCheckFindsItWithoutAnyRead() throws Exception {
        Path file = filled();
        Damage.leafPage(file, "resource", 1);
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            List<CacheDamagedException> heard = new CopyOnWriteArrayList<>();
            db.onDamage(heard::add);
            assertThat(db.check()).isPresent();
            assertThat(heard).hasSize(1);
        }
    }

    @Test
    void theWholeFileIsReadAtMostOnceADay() throws Exception {
        Path file = filled();
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            assertThat(db.checkIfDue(NOW, java.time.Duration.ofDays(1))).isEmpty();
        }
        Damage.leafPage(file, "resource", 1);
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            assertThat(db.checkIfDue(NOW.plusSeconds(3600), java.time.Duration.ofDays(1))).as("checked an hour ago").isEmpty();
            assertThat(db.checkIfDue(NOW.plusSeconds(25 * 3600), java.time.Duration.ofDays(1))).isPresent();
        }
    }

    @Test
    void anUndamagedCachePassesTheChecks() throws Exception {
        filled();
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            assertThat(db.check()).isEmpty();
            assertThat(db.damage()).isEmpty();
        }
    }

    @Test
    void aDamagedJournalOrAFileOfNoiseIsFoundAtOpen() throws Exception {
        Path file = filled();
        Damage.leafPage(file, "operation", 0);
        assertThatThrownBy(() -> CacheDatabase.open(dir, TestKinds.POLICY)).isInstanceOf(CacheDamagedException.class)
                .hasMessageContaining("is damaged");

        byte[] noise = new byte[64 * 1024];
        new Random(1).nextBytes(noise);
        Files.write(file, noise);
        assertThatThrownBy(() -> CacheDatabase.open(dir, TestKinds.POLICY)).isInstanceOf(CacheDamagedException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void movingAsideKeepsTheDamagedFilesAndCarriesTheJournalAndSettingsIntoAFreshCache() throws Exception {
        Path file = filled();
        Damage.leafPage(file, "resource", 3);
        byte[] damaged = Files.readAllBytes(file);

        CacheRecovery.Result result = CacheRecovery.moveAside(file, TestKinds.POLICY, NOW);

        assertThat(result.movedTo()).isEqualTo(dir.resolve("cache.db.damaged-20261206-053812Z"));
        assertThat(Files.readAllBytes(result.movedTo())).isEqualTo(damaged);
        assertThat(result.kept("operation")).isEqualTo(OPERATIONS);
        assertThat(result.kept("setting")).isEqualTo(2);
        assertThat(result.describe()).startsWith("Moved it aside to " + result.movedTo())
                .contains("keeping " + OPERATIONS + " operations and 2 settings", "The next refresh fills it again.");
        try (CacheDatabase fresh = CacheDatabase.open(dir, TestKinds.POLICY)) {
            assertThat(fresh.check()).isEmpty();
            assertThat(new ResourceStore(fresh).count()).isZero();
            assertThat(new OperationJournal(fresh).all()).hasSize(OPERATIONS);
            assertThat(new CacheSettings(fresh).getInt("retention.runLogs.days", 0)).isEqualTo(400);
        }
        // The run log whose index entry is not in the fresh cache is kept where retention does not delete.
        assertThat(result.runLogsSetAside()).isEqualTo(1);
        assertThat(result.runLogsAside().resolve("orphan.log")).exists();
        // A second time in the same second does not overwrite the first damaged copy.
        Damage.leafPage(file, "operation", 0);
        assertThat(CacheRecovery.moveAside(file, TestKinds.POLICY, NOW).movedTo().getFileName().toString())
                .isEqualTo("cache.db.damaged-20261206-053812Z-2");
    }

    @Test
    void aDamagedJournalPageCostsOnlyTheOperationsOnIt() throws Exception {
        Path file = filled();
        int pages = Damage.leafPages(file, "operation");
        assertThat(pages).as("the journal spans pages").isGreaterThan(2);
        Damage.leafPage(file, "operation", pages / 2);

        CacheRecovery.Result result = CacheRecovery.moveAside(file, TestKinds.POLICY, NOW);

        int kept = result.kept("operation");
        assertThat(kept).as("all but one page's rows, read from both ends").isLessThan(OPERATIONS)
                .isGreaterThan(OPERATIONS - OPERATIONS / (pages - 1) - 1);
        assertThat(result.describe()).contains("read only in part: operations journal");
        try (CacheDatabase fresh = CacheDatabase.open(dir, TestKinds.POLICY)) {
            List<Operation> all = new OperationJournal(fresh).all();
            assertThat(all).hasSize(kept);
            assertThat(all).extracting(Operation::id).contains("op-000", "op-199"); // both ends
        }
    }

    @Test
    void anOpenCacheStartsFreshInPlaceAndGoesOnWorking() throws Exception {
        Path file = filled();
        Damage.leafPage(file, "resource", 2);
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            assertThatThrownBy(() -> store.navigationRows(null)).isInstanceOf(CacheDamagedException.class);

            CacheRecovery.Result result = db.startFresh(NOW);

            assertThat(result.movedTo()).exists();
            assertThat(db.damage()).isEmpty();
            assertThat(store.navigationRows(null)).isEmpty();
            store.replaceListing(TestRows.SCOPE, TestRows.SUB + "|registries", TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", NOW)), NOW);
            assertThat(store.navigationRows(null)).extracting(NavigationRow::name).containsExactly("alpha");
            assertThat(new OperationJournal(db).all()).hasSize(OPERATIONS);
        }
        try (CacheDatabase again = CacheDatabase.open(dir, TestKinds.POLICY)) {
            assertThat(new ResourceStore(again).count()).isEqualTo(1);
        }
    }

    @Test
    void aFileThatWouldNotOpenIsStillShownAsDamagedAndMovedAside() throws Exception {
        Path file = filled();
        byte[] noise = new byte[16 * 1024];
        new Random(2).nextBytes(noise);
        Files.write(file, noise);
        CacheDamagedException found = null;
        try {
            CacheDatabase.open(dir, TestKinds.POLICY).close();
        } catch (CacheDamagedException e) {
            found = e;
        }
        assertThat(found).isNotNull();
        try (CacheDatabase db = CacheDatabase.openDamaged(dir, TestKinds.POLICY, found)) {
            assertThat(db.damage()).contains(found);
            assertThatThrownBy(() -> new ResourceStore(db).count()).isInstanceOf(CacheDamagedException.class);
            CacheRecovery.Result result = db.startFresh(NOW);
            assertThat(result.kept("operation")).isZero();
            assertThat(result.describe()).contains("read only in part: operations journal");
            assertThat(new ResourceStore(db).count()).isZero();
        }
    }
}
