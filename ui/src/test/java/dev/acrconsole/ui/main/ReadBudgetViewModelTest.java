package dev.acrconsole.ui.main;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status bar's lowest ARM read budget, toolkit-free, over the real services and the in-process sandbox. */
class ReadBudgetViewModelTest {
    private static final Pattern FIGURE = Pattern.compile("ARM reads left: (\\d+) \\((.+)\\)");

    @TempDir
    Path dir;

    @Test
    void theFigureMovesDuringAThrottledRefreshAndNamesTheSubscription() {
        // A tiny bucket (4 reads, 2 back a second): the refresh is paced, and the figure goes up and down with it.
        SandboxConfig throttled = SandboxConfig.defaults().withThrottle(4, 2);
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir,
                CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), throttled)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            ReadBudgetViewModel budget = main.readBudget();
            assertThat(budget.textProperty().get()).as("nothing until ARM reports").isEmpty();
            List<String> shown = new CopyOnWriteArrayList<>();
            budget.textProperty().addListener((obs, old, now) -> shown.add(now));

            await(main.start());

            List<String> names = services.sandbox().orElseThrow().data().subscriptions().stream()
                    .map(SandboxData.Subscription::displayName).toList();
            List<Long> figures = shown.stream().map(FIGURE::matcher).filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1))).toList();
            // It moves, down near empty while paced. Whether it rises again before the end depends on which
            // subscriptions' reads overlap (they run together), so that is not asserted.
            assertThat(figures.stream().distinct().count()).as("it moves: " + shown).isGreaterThan(2);
            assertThat(figures.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
            assertThat(shown).anySatisfy(text -> assertThat(names.stream().anyMatch(n -> text.endsWith("(" + n + ")"))).isTrue());
            Matcher last = FIGURE.matcher(budget.textProperty().get());
            assertThat(last.matches()).isTrue();
            assertThat(budget.tooltipProperty().get()).contains("reads left for").contains("429");
            assertThat(budget.lowProperty().get()).isTrue(); // under a tenth of ARM's 250
            assertThat(services.connectedSession().orElseThrow().arm().budget().pacedCount()).isPositive();
        }
    }
}
