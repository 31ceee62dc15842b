package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheSettings;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache with one damaged page of its resource table, opened in the real window: it used to open with an empty tree,
 * "Last complete refresh" in the status bar and nothing said. Now the window says so and offers the move aside
 * (offline, it is done unasked), and what a refresh cannot bring back is kept.
 */
class DamagedCacheWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void theWindowSaysTheCacheIsDamagedAndMovesItAsideWhenAsked() throws Exception {
        String op = DamagedCaches.damagedDataDir(dir);

        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        waitUntil("the bar says the cache is damaged", this::barShown);
        assertThat(text("#damage-banner")).contains(dir.resolve("cache.db").toString(), "is damaged",
                "Move it aside and start a fresh cache");
        assertThat(visible("#damage-move-aside")).isTrue();
        assertThat(text("#status-activity")).startsWith("Not refreshed: the cache is damaged");
        waitUntil("the status bar says so too", () -> text("#status-freshness").startsWith("Cache damaged · "));
        assertThat(damagedCopies()).as("nothing is moved before the user says so").isEmpty();
        shoot("damaged-cache-offered");

        clickOn("#damage-move-aside");
        waitUntil("the refresh after the move aside fills the tree", () -> registryNamesInTree().size()
                == services.sandbox().orElseThrow().data().registries().size());
        assertThat(text("#damage-banner")).startsWith("The cache was damaged. Moved it aside to " + dir.resolve("cache.db.damaged-"))
                .contains("keeping 1 operation and 2 settings"); // the test's own, and the id of the sandbox it talks to
        assertThat(damagedCopies()).hasSize(1);
        assertThat(services.journal().get(op)).isPresent();
        assertThat(new CacheSettings(services.database()).get(DamagedCaches.SETTING)).contains("42");
        assertThat(services.database().check()).isEmpty();
        assertThat(text("#status-freshness")).startsWith("Last complete refresh");
        clickOn("#damage-dismiss");
        waitUntil("the bar goes", () -> !barShown());
    }

    @Test
    void offlineTheDamagedCacheIsMovedAsideUnaskedAndTheWindowSaysSo() throws Exception {
        String op = DamagedCaches.damagedDataDir(dir);
        services = new AppServices(LaunchOptions.Mode.OFFLINE, dir, CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()),
                Clock.systemUTC());

        openExisting().get(60, TimeUnit.SECONDS);
        waitUntil("the bar says what was done", () -> text("#damage-banner").startsWith("The cache was damaged. Moved it aside"));
        assertThat(visible("#damage-move-aside")).isFalse();
        assertThat(damagedCopies()).hasSize(1);
        assertThat(services.journal().get(op)).isPresent();
        assertThat(text("#offline-banner")).startsWith("Offline — nothing cached yet");
    }

    private boolean barShown() throws Exception {
        return onFx(() -> lookup("#damage-banner").query().getParent().isVisible());
    }

    private List<Path> damagedCopies() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("cache\\.db\\.damaged-\\d{8}-\\d{6}Z")).toList();
        }
    }
}
