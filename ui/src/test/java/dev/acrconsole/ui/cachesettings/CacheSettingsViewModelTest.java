package dev.acrconsole.ui.cachesettings;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Retention;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache settings dialog's model without the toolkit: retention days shown, checked and saved; compaction. */
class CacheSettingsViewModelTest {
    @TempDir
    Path dir;

    private static Retention.Rule rule(String label) {
        return Retention.rules().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> shown(CacheSettingsViewModel settings) {
        Map<String, Integer> out = new LinkedHashMap<>();
        settings.days().forEach((r, p) -> out.put(r.label(), Integer.valueOf(p.get())));
        return out;
    }

    @Test
    void theDaysShowAndWhatIsSavedIsShownNextTime() {
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheSettingsViewModel settings = new CacheSettingsViewModel(f.context);
            assertThat(settings.sizeProperty().get()).isEqualTo("…");
            settings.load();

            assertThat(shown(settings)).containsExactly(Map.entry("Change log", 90), Map.entry("Finished operations", 90),
                    Map.entry("Connected registry state history", 365), Map.entry("Archived run logs", 180));
            assertThat(settings.sizeProperty().get()).matches("\\d+\\.\\d MB");
            assertThat(settings.readOnly()).isFalse();

            settings.days().get(rule("Change log")).set("30");
            settings.days().get(rule("Archived run logs")).set("7");
            assertThat(settings.save()).isNotNull();
            assertThat(f.notices).containsExactly("History settings saved.");

            CacheSettingsViewModel again = new CacheSettingsViewModel(f.context);
            again.load();
            assertThat(shown(again)).containsExactly(Map.entry("Change log", 30), Map.entry("Finished operations", 90),
                    Map.entry("Connected registry state history", 365), Map.entry("Archived run logs", 7));
        }
    }

    @Test
    void daysOutOfRangeAreRefusedWithTheirMessageAndNothingIsSaved() {
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheSettingsViewModel settings = new CacheSettingsViewModel(f.context);
            Retention.Rule changes = rule("Change log");
            Retention.Rule logs = rule("Archived run logs");
            ReadOnlyStringProperty changesError = settings.errorProperty(changes.key());
            ReadOnlyStringProperty logsError = settings.errorProperty(logs.key());
            settings.load();

            settings.days().get(changes).set("0");
            assertThat(changesError.get()).as("shown once the field is changed")
                    .isEqualTo("0 is out of range. Type a whole number from 1 to 3650.");
            assertThat(logsError.get()).isEmpty();
            settings.days().get(logs).set("a year");

            assertThat(settings.save()).isNull();

            assertThat(logsError.get()).isEqualTo("'a year' is not a whole number. Type a whole number from 1 to 3650.");
            assertThat(settings.days().get(logs).get()).as("what was typed is kept").isEqualTo("a year");
            assertThat(f.notices).isEmpty();
            CacheSettingsViewModel again = new CacheSettingsViewModel(f.context);
            again.load();
            assertThat(again.days().get(changes).get()).isEqualTo("90");
            assertThat(again.days().get(logs).get()).isEqualTo("180");
        }
    }

    @Test
    void compactingSaysTheSizeBeforeAndAfter() {
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheSettingsViewModel settings = new CacheSettingsViewModel(f.context);
            settings.load();
            String before = settings.sizeProperty().get();

            settings.compact();

            assertThat(settings.compactingProperty().get()).isFalse();
            assertThat(f.notices).containsExactly("Cache compacted: " + before + " → " + settings.sizeProperty().get() + ".");
        }
    }

    @Test
    void aShorterHistoryDropsWhatIsOlderAndSaysHowMuch() {
        try (PageFixture f = PageFixture.offline(dir)) {
            Instant longAgo = Instant.now().minus(Duration.ofDays(200));
            Operation old = Operation.pending("op-old", new CacheScope("sandbox", "sandbox"), "registry.update", "Update registry old",
                    "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/old", RegistryKind.KIND,
                    null, "PATCH", "/x", null, Operation.After.refresh, null, longAgo)
                    .finished(Operation.State.Succeeded, null, null, longAgo);
            f.services.journal().save(old);
            CacheSettingsViewModel m = new CacheSettingsViewModel(f.context);
            await(m.load());

            m.days().get(rule("Finished operations")).set("30");
            await(m.save());
            assertThat(f.notices).containsExactly("History settings saved; 1 older entries removed.");
            assertThat(f.services.journal().all()).isEmpty();
        }
    }
}
