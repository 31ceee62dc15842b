package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final String LISTING = TestRows.SUB + "|registries";

    @TempDir
    Path dir;

    @Test
    void aSnapshotIsOneReadOnlyFileWithTheRowsTheSearchAndWhatItIs() throws Exception {
        Path snapshot = dir.resolve("review.acrsnap");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("live"), TestKinds.POLICY)) {
            new ResourceStore(db).replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);
            Snapshots.Info info = Snapshots.write(db, snapshot, Snapshots.Filter.ALL, T1.plusSeconds(60));
            assertThat(info.resources()).isEqualTo(2);
            assertThat(info.filter()).isEqualTo("everything");
            assertThatThrownBy(() -> Snapshots.write(db, snapshot, Snapshots.Filter.ALL, T1)).hasMessageContaining("overwrite");
        }
        assertThat(Files.exists(dir.resolve("review.acrsnap-wal"))).isFalse();
        byte[] before = Files.readAllBytes(snapshot);

        try (CacheDatabase opened = Snapshots.open(snapshot, dir.resolve("work"), TestKinds.POLICY)) {
            assertThat(opened.readOnly()).isTrue();
            assertThat(new ResourceStore(opened).navigationRows(null)).extracting(NavigationRow::name).containsExactly("alpha", "beta");
            assertThat(new Search(opened).find("beta", null, Set.of(), 5)).hasSize(1);
            assertThat(Snapshots.info(opened).createdAt()).isEqualTo(T1.plusSeconds(60));
            assertThatThrownBy(() -> new ResourceStore(opened).remove(TestRows.SCOPE, "x")).hasMessageContaining("read-only");
        }
        assertThat(Files.readAllBytes(snapshot)).as("reading never writes").isEqualTo(before);
        assertThat(new String(before, StandardCharsets.ISO_8859_1)).contains("alpha.azurecr.io");
    }

    @Test
    void aSubsetKeepsTheChosenRegistriesWithTheirPathInTheTree() {
        Path snapshot = dir.resolve("one.acrsnap");
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("live"), TestKinds.POLICY)) {
            ResourceStore store = new ResourceStore(db);
            CachedResource alpha = TestRows.registry("alpha", T1);
            store.replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY, List.of(alpha, TestRows.registry("beta", T1)), T1);
            store.upsert(TestRows.connection(alpha, "c1", "Pending", T1), alpha.id() + "|pe");
            Snapshots.write(db, snapshot, new Snapshots.Filter(Set.of(), Set.of(), Set.of(alpha.id())), T1);
        }
        try (CacheDatabase opened = Snapshots.open(snapshot, dir.resolve("work"), TestKinds.POLICY)) {
            assertThat(new ResourceStore(opened).count()).isEqualTo(2);
            assertThat(Snapshots.info(opened).filter()).contains("registries");
        }
    }

    @Test
    void comparingTwoCachesListsWhatWasAddedRemovedAndChanged() {
        try (CacheDatabase a = CacheDatabase.open(dir.resolve("a"), TestKinds.POLICY); CacheDatabase b = CacheDatabase.open(dir.resolve("b"), TestKinds.POLICY)) {
            new ResourceStore(a).replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(TestRows.registry("alpha", T1), TestRows.registry("beta", T1)), T1);
            CachedResource alpha = TestRows.registry("alpha", T1);
            CachedResource failed = new CachedResource(alpha.scope(), alpha.id(), alpha.kind(), alpha.name(), alpha.type(),
                    alpha.tenantId(), alpha.subscriptionId(), alpha.resourceGroup(), alpha.location(), alpha.sku(), "Failed",
                    alpha.parentId(), alpha.json().replace("\"Succeeded\"", "\"Failed\""), T1);
            new ResourceStore(b).replaceListing(TestRows.SCOPE, LISTING, TestKinds.REGISTRY,
                    List.of(failed, TestRows.registry("gamma", T1)), T1);

            assertThat(Comparison.diff(a, b, T1)).extracting(c -> c.what() + " " + c.name()
                    + (c.field() == null ? "" : " " + c.field() + " " + c.before() + "->" + c.after()))
                    .containsExactlyInAnyOrder("changed alpha Provisioning state Succeeded->Failed", "added gamma", "removed beta");
        }
    }

    @Test
    void aCacheThatIsNotASnapshotIsRefusedWithTheReason() {
        try (CacheDatabase db = CacheDatabase.open(dir.resolve("live"), TestKinds.POLICY)) {
            assertThat(db.file()).exists();
        }
        assertThatThrownBy(() -> Snapshots.open(dir.resolve("live").resolve(CacheDatabase.FILE_NAME), dir.resolve("w"), TestKinds.POLICY))
                .hasMessageContaining("not a snapshot");
    }
}
