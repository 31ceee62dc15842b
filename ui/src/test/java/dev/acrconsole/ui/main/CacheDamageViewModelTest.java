package dev.acrconsole.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.DamagedCaches;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The damaged-cache bar without the toolkit, over a really damaged cache file and its real move aside. */
class CacheDamageViewModelTest {
    @TempDir
    Path dir;
    private CacheDatabase db;
    private CacheDamagedException damage;
    private final AtomicInteger reloads = new AtomicInteger();

    @BeforeEach
    void damaged() throws Exception {
        DamagedCaches.damagedDataDir(dir);
        db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy());
        try {
            new ResourceStore(db).forEach(r -> { });
        } catch (CacheDamagedException e) {
            damage = e;
        }
        assertThat(damage).as("the damaged page is read").isNotNull();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CacheDamageViewModel model(boolean movable, boolean unasked) {
        return new CacheDamageViewModel(movable, unasked, () -> db.startFresh(Instant.now()), new DirectBackground(),
                PageFixture.SAME_THREAD, () -> {
                    reloads.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                });
    }

    @Test
    void askedItSaysWhatIsWrongOffersTheMoveAndDoesItOnceWhenTold() {
        CacheDamageViewModel model = model(true, false);
        model.damaged(damage);
        assertThat(model.textProperty().get()).contains("is damaged", "Move it aside", "nothing is refreshed");
        assertThat(model.offeredProperty().get()).isTrue();
        assertThat(model.pending()).isTrue();
        assertThat(db.damage()).isPresent();

        model.moveAside().join();
        assertThat(model.pending()).isFalse();
        assertThat(model.offeredProperty().get()).isFalse();
        assertThat(model.textProperty().get()).startsWith("The cache was damaged. Moved it aside to ");
        assertThat(reloads.get()).isOne();
        assertThat(db.damage()).isEmpty();

        // A read that failed before the move, heard of after it, moves nothing again.
        model.damaged(damage).join();
        assertThat(reloads.get()).isOne();
        assertThat(model.pending()).isFalse();
        model.dismiss();
        assertThat(model.textProperty().get()).isEmpty();
    }

    @Test
    void unaskedItMovesAtOnce() {
        CacheDamageViewModel model = model(true, true);
        model.damaged(damage).join();
        assertThat(model.offeredProperty().get()).isFalse();
        assertThat(model.textProperty().get()).startsWith("The cache was damaged. Moved it aside");
        assertThat(reloads.get()).isOne();
    }

    @Test
    void aSnapshotIsOnlySaidToBeDamaged() {
        CacheDamageViewModel model = model(false, true);
        model.damaged(damage).join();
        assertThat(model.textProperty().get()).contains("is damaged", "A snapshot is never changed");
        assertThat(model.offeredProperty().get()).isFalse();
        assertThat(reloads.get()).isZero();
        assertThat(db.damage()).isPresent();
    }
}
