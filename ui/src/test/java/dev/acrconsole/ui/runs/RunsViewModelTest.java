package dev.acrconsole.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunFilters;
import dev.acrconsole.sandbox.Runs;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's runs page without the toolkit: the cached page, then ARM's with $filter and $top; the pager; the criteria's checks. */
class RunsViewModelTest {
    private static final String REGISTRY = "contosoprodacr";

    @TempDir
    Path dir;

    private static List<Runs.ListQuery> queriesSince(PageFixture f, int before) {
        List<Runs.ListQuery> all = f.sandbox().runs().listQueries();
        return all.subList(before, all.size());
    }

    private static RunsViewModel runsPage(PageFixture f) {
        return new RunsViewModel(f.context, f.sandboxRegistry(REGISTRY).id());
    }

    private static RunDetails run(Row row) {
        return row.details(RunDetails.class);
    }

    @Test
    void theCachedPageShowsFirstThenArmsFirstPageAskedWithTop() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RunsViewModel runs = runsPage(f);
            List<String> pageTexts = new ArrayList<>();
            List<String> fetchedTexts = new ArrayList<>();
            runs.pageText().addListener((obs, old, now) -> pageTexts.add(now));
            runs.fetched().addListener((obs, old, now) -> fetchedTexts.add(now));

            runs.activate();

            // Nothing of this registry's runs was cached by the refresh: the page says so, then follows ARM's pages into
            // the cache until it holds a page, with more left on the server.
            assertThat(pageTexts.getFirst()).isEqualTo("No runs cached for these criteria.");
            assertThat(pageTexts.getLast()).isEqualTo("Runs 1–25 · more on the server");
            assertThat(fetchedTexts.getFirst()).isEqualTo("Asking ARM…");
            assertThat(runs.fetched().get()).startsWith("Fetched ").endsWith(" with $filter and $top 100");
            assertThat(f.sandbox().runs().listQueries().getFirst()).isEqualTo(new Runs.ListQuery(REGISTRY, null, 100));
            assertThat(runs.rows()).hasSize(25);
            assertThat(runs.rows()).extracting(r -> run(r).created())
                    .isSortedAccordingTo(Comparator.<Instant>naturalOrder().reversed());
            assertThat(runs.hasNext().get()).isTrue();
            assertThat(runs.hasPrevious().get()).isFalse();
            assertThat(runs.busy().get()).isFalse();
            runs.deactivate();
        }
    }

    @Test
    void theCriteriaGoToArmAsFilterAndEveryRowShownMeetsThem() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RunsViewModel runs = runsPage(f);
            runs.activate();

            int before = f.sandbox().runs().listQueries().size();
            runs.statusProperty().set("Failed");
            runs.apply();
            assertThat(queriesSince(f, before).getFirst())
                    .isEqualTo(new Runs.ListQuery(REGISTRY, "Status eq 'Failed'", 100));
            assertThat(runs.rows()).isNotEmpty().allSatisfy(r -> assertThat(run(r).status()).isEqualTo("Failed"));

            before = f.sandbox().runs().listQueries().size();
            runs.statusProperty().set(RunsViewModel.ANY);
            runs.failuresOnlyProperty().set(true);
            runs.taskProperty().set("build-webapp");
            runs.apply();
            assertThat(queriesSince(f, before).getFirst().filter())
                    .isEqualTo("TaskName eq 'build-webapp' and (Status eq 'Error' or Status eq 'Failed' or Status eq 'Timeout')");
            assertThat(runs.rows()).isNotEmpty().allSatisfy(r -> {
                assertThat(run(r).task()).isEqualTo("build-webapp");
                assertThat(run(r).status()).isIn("Failed", "Error", "Timeout");
            });

            before = f.sandbox().runs().listQueries().size();
            runs.failuresOnlyProperty().set(false);
            runs.taskProperty().set(RunsViewModel.ANY);
            runs.fromProperty().set("2025-08-20");
            runs.toProperty().set("2025-08-22");
            runs.topProperty().set("10");
            runs.apply();
            assertThat(queriesSince(f, before).getFirst()).isEqualTo(new Runs.ListQuery(REGISTRY,
                    "CreateTime ge 2025-08-20T00:00:00Z and CreateTime lt 2025-08-23T00:00:00Z", 10));
            assertThat(runs.rows()).hasSize(10).allSatisfy(r -> assertThat(run(r).created())
                    .isBetween(Instant.parse("2025-08-20T00:00:00Z"), Instant.parse("2025-08-23T00:00:00Z")));
            assertThat(runs.pageText().get()).isEqualTo("Runs 1–10");
            assertThat(runs.hasNext().get()).as("$top 10: ARM has no more for these criteria").isFalse();
            runs.deactivate();
        }
    }

    @Test
    void nextAndPreviousMoveAPageAtATimeUntilArmHasNoMore() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RunsViewModel runs = runsPage(f);
            runs.topProperty().set("30");
            runs.activate();
            List<Row> first = List.copyOf(runs.rows());
            assertThat(runs.pageText().get()).isEqualTo("Runs 1–25 · more on the server");

            runs.next();

            // The cache ran short after 25: ARM's next page brought the last 5 of the 30 asked for.
            assertThat(runs.pageText().get()).isEqualTo("Runs 26–30");
            assertThat(runs.rows()).hasSize(5).allSatisfy(r -> assertThat(run(r).created())
                    .isBeforeOrEqualTo(run(first.getLast()).created()));
            assertThat(runs.rows()).extracting(Row::id).doesNotContainAnyElementsOf(first.stream().map(Row::id).toList());
            assertThat(runs.hasNext().get()).isFalse();
            assertThat(runs.hasPrevious().get()).isTrue();

            runs.previous();

            // Back to the first page, from the cache: all 30 are cached now, so nothing more waits on the server.
            assertThat(runs.pageText().get()).isEqualTo("Runs 1–25");
            assertThat(runs.rows()).extracting(Row::id).containsExactlyElementsOf(first.stream().map(Row::id).toList());
            assertThat(runs.hasNext().get()).isTrue();
            assertThat(runs.hasPrevious().get()).isFalse();
            runs.deactivate();
        }
    }

    @Test
    void aBadTopOrRangeIsRefusedWithItsMessageAndNothingIsAsked() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RunsViewModel runs = runsPage(f);
            ReadOnlyStringProperty topError = runs.errorProperty(RunFilters.TOP);
            ReadOnlyStringProperty rangeError = runs.errorProperty(RunFilters.RANGE);
            runs.activate();
            List<String> shown = runs.rows().stream().map(Row::id).toList();
            int asked = f.sandbox().runs().listQueries().size();

            runs.topProperty().set("0");
            assertThat(runs.apply()).isNull();
            assertThat(topError.get()).isEqualTo("Show from 1 to 1000 runs (ACR's $top).");

            runs.topProperty().set("many");
            assertThat(runs.apply()).isNull();
            assertThat(topError.get()).isEqualTo("Show from 1 to 1000 runs (ACR's $top).");

            runs.topProperty().set("100");
            runs.fromProperty().set("2025-08-20");
            runs.toProperty().set("2025-08-10");
            assertThat(runs.apply()).isNull();
            assertThat(topError.get()).isEmpty();
            assertThat(rangeError.get()).isEqualTo("The end of the range must come after its start.");

            assertThat(f.sandbox().runs().listQueries()).as("nothing was asked of ARM").hasSize(asked);
            assertThat(runs.rows()).extracting(Row::id).containsExactlyElementsOf(shown);
            assertThat(runs.pageText().get()).isEqualTo("Runs 1–25 · more on the server");

            runs.toProperty().set("next Monday");
            assertThat(runs.apply()).as("a day that does not read is not left out of the query").isNull();
            assertThat(runs.errorProperty(RunsViewModel.TO).get())
                    .isEqualTo("'next Monday' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
            assertThat(runs.toProperty().get()).isEqualTo("next Monday");
            assertThat(f.sandbox().runs().listQueries()).as("nothing was asked of ARM").hasSize(asked);

            runs.toProperty().set("2025-08-25");
            assertThat(runs.apply()).isNotNull();
            assertThat(runs.errorProperty(RunsViewModel.TO).get()).isEmpty();
            assertThat(rangeError.get()).isEmpty();
            assertThat(f.sandbox().runs().listQueries()).hasSizeGreaterThan(asked);
            runs.deactivate();
        }
    }

    @Test
    void offlineItShowsTheCachedRunsOnlyAndSaysSo() {
        String registry;
        List<String> cached;
        try (PageFixture f = PageFixture.sandbox(dir)) {
            registry = f.sandboxRegistry(REGISTRY).id();
            RunsViewModel runs = new RunsViewModel(f.context, registry);
            runs.activate();
            cached = runs.rows().stream().map(Row::id).toList();
            runs.deactivate();
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            RunsViewModel runs = new RunsViewModel(f.context, registry);
            runs.activate();

            assertThat(runs.online()).isFalse();
            assertThat(runs.fetched().get()).startsWith("Offline: cached runs only");
            assertThat(runs.rows()).extracting(Row::id).containsExactlyElementsOf(cached);
            assertThat(runs.pageText().get()).isEqualTo("Runs 1–25");
            assertThat(runs.hasNext().get()).as("no more cached, and no server to ask").isFalse();

            runs.statusProperty().set("Failed");
            runs.apply();
            assertThat(runs.rows()).allSatisfy(r -> assertThat(run(r).status()).isEqualTo("Failed"));
            assertThat(runs.rows()).extracting(Row::id).isSubsetOf(cached);
            runs.deactivate();
        }
    }

    @Test
    void offlineARegistryNeverCachedSaysSo() {
        try (PageFixture f = PageFixture.offline(dir)) {
            RunsViewModel runs = new RunsViewModel(f.context,
                    "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/gone");
            runs.activate();
            assertThat(runs.rows()).isEmpty();
            assertThat(runs.fetched().get()).isEqualTo("Registry not in the cache.");
            assertThat(runs.pageText().get()).isEqualTo("No runs cached for these criteria.");
            runs.deactivate();
        }
    }

    @Test
    void aPreselectedRunNotOnTheFirstPageIsSoughtOnTheNextPagesAndSelected() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            String registry = f.sandboxRegistry(REGISTRY).id();
            RunsViewModel browse = new RunsViewModel(f.context, registry);
            browse.activate();
            browse.next();
            Row onPageTwo = browse.rows().get(3);
            browse.deactivate();

            RunsViewModel runs = new RunsViewModel(f.context, registry);
            runs.preselect(onPageTwo.id());
            runs.activate();

            // Opened from a search result or a change: the page turns until the run shows, and it is selected.
            assertThat(runs.selectedProperty().get()).isNotNull().extracting(Row::id).isEqualTo(onPageTwo.id());
            assertThat(runs.pageText().get()).startsWith("Runs 26–50");
            assertThat(runs.details().get()).contains(new DetailField("Run ID", run(onPageTwo).runId()));

            runs.previous();
            assertThat(runs.selectedProperty().get()).as("asked for once: not on this page").isNull();
            runs.next();
            assertThat(runs.selectedProperty().get()).as("asked for once: paging back to it selects nothing").isNull();
            runs.deactivate();
        }
    }

    @Test
    void aRunAskedForThatIsNotThereEndsTheSearchWithNothingSelected() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            String registry = f.sandboxRegistry(REGISTRY).id();
            RunsViewModel runs = new RunsViewModel(f.context, registry);
            runs.preselect(registry + "/runs/no-such-run");
            runs.activate();
            assertThat(runs.selectedProperty().get()).isNull();
            assertThat(runs.pageText().get()).as("it stops at the last page, or after a bounded number").startsWith("Runs ");
            assertThat(runs.busy().get()).isFalse();
            runs.deactivate();
        }
    }

    @Test
    void onlyUnfinishedRunsOfferCancel() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RunsViewModel runs = runsPage(f);
            runs.activate();
            // The sample's queued, started and running runs are the newest; the rest have ended.
            assertThat(runs.rows().stream().filter(RunsViewModel::running).map(r -> run(r).status()).toList())
                    .containsExactlyInAnyOrder("Queued", "Started", "Running");
            assertThat(runs.rows().stream().filter(r -> !RunsViewModel.running(r)).map(r -> run(r).status()).toList())
                    .allMatch(RunDetails.TERMINAL::contains);
            runs.deactivate();
        }
    }
}
