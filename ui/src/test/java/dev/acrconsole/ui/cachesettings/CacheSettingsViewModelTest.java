package dev.acrconsole.ui.cachesettings;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history settings form without the toolkit: days within range, saved and read back, what they drop, compaction. */
class CacheSettingsViewModelTest {
    @TempDir
    Path dir;

    private static Retention.Rule rule(String key) {
        return Retention.rules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static Messages messages(CacheSettingsViewModel m) {
        return Messages.of(m, Retention.rules().stream().map(Retention.Rule::key).toArray(String[]::new));
    }

    @Test
    void daysOutOfRangeAreRefusedAndSavedDaysAreReadBack() {
        Retention.Rule changes = rule("retention.changes.days");
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheSettingsViewModel m = new CacheSettingsViewModel(f.context);
            Messages shown = messages(m);
            await(m.load());
            assertThat(m.readOnly()).isFalse();
            assertThat(m.sizeProperty().get()).endsWith(" MB");
            assertThat(m.days().get(changes).get()).isEqualTo(changes.defaultDays());

            m.days().get(changes).set(0);
            assertThat(shown.showing()).containsExactly(Map.entry(changes.key(), "Keep it 1 to 3650 days."));
            m.days().get(changes).set(4000);
            assertThat(m.save()).isNull();
            assertThat(f.notices).isEmpty();

            m.days().get(changes).set(30);
            await(m.save());
            assertThat(f.notices).containsExactly("History settings saved.");
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheSettingsViewModel again = new CacheSettingsViewModel(f.context);
            await(again.load());
            assertThat(again.days().get(changes).get()).as("read back from the cache").isEqualTo(30);
        }
    }

    @Test
    void shorterHistoryDropsWhatIsOlderAndSaysHowMuchThenCompactionShowsTheSize() {
        try (PageFixture f = PageFixture.offline(dir)) {
            Instant longAgo = Instant.now().minus(Duration.ofDays(200));
            Operation old = Operation.pending("op-old", new CacheScope("sandbox", "sandbox"), "registry.update", "Update registry old",
                    "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/old", RegistryKind.KIND,
                    null, "PATCH", "/x", null, Operation.After.refresh, null, longAgo)
                    .finished(Operation.State.Succeeded, null, null, longAgo);
            f.services.journal().save(old);
            CacheSettingsViewModel m = new CacheSettingsViewModel(f.context);
            await(m.load());

            m.days().get(rule("retention.operations.days")).set(30);
            await(m.save());
            assertThat(f.notices).containsExactly("History settings saved; 1 older entries removed.");
            assertThat(f.services.journal().all()).isEmpty();

            await(m.compact());
            assertThat(m.compactingProperty().get()).isFalse();
            assertThat(f.notices.getLast()).startsWith("Cache compacted: ").endsWith(" MB.");
        }
    }
}
