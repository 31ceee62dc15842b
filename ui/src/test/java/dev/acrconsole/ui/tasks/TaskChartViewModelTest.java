package dev.acrconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.runs.RunChart;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.sandbox.Runs;
import dev.acrconsole.sandbox.TasksData.SampleRun;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task's run chart without the toolkit: its latest runs fetched once, charted oldest first, and the success rate. */
class TaskChartViewModelTest {
    private static final String REGISTRY = "contosoprodacr";

    @TempDir
    Path dir;

    /** The registry's tasks, as the tasks page reads them when it opens. */
    private static Row task(PageFixture f, String name) {
        Row registry = f.registry(REGISTRY);
        f.services.session().orElseThrow().refresh().refreshChildren(registry.resource(), TaskKind.KIND, RefreshListener.NONE);
        return f.row(registry.id() + "/tasks/" + name);
    }

    /** What the chart should hold, from the sandbox's own runs: the task's newest 30, finished ones only, oldest first. */
    private static List<SampleRun> expected(PageFixture f, String task) {
        String registry = f.sandboxRegistry(REGISTRY).id();
        return f.sandbox().data().tasks().runs().stream()
                .filter(r -> r.registryId().equals(registry) && task.equals(r.task()))
                .sorted(Comparator.comparing(SampleRun::created).reversed()).limit(TaskChartViewModel.RUNS)
                .filter(r -> RunDetails.TERMINAL.contains(r.status()))
                .sorted(Comparator.comparing(SampleRun::created)).toList();
    }

    /** The chart on screen, following {@code selected}. */
    private static TaskChartViewModel opened(PageFixture f, SimpleObjectProperty<Row> selected) {
        TaskChartViewModel chart = new TaskChartViewModel(f.context, selected);
        chart.activate();
        return chart;
    }

    @Test
    void theSelectedTasksRecentRunsAreChartedWithTheirSuccessRate() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            SimpleObjectProperty<Row> selected = new SimpleObjectProperty<>();
            TaskChartViewModel chart = opened(f, selected);
            int asked = f.sandbox().runs().listQueries().size();

            selected.set(task(f, "release-api"));

            assertThat(f.sandbox().runs().listQueries().subList(asked, f.sandbox().runs().listQueries().size()).getFirst())
                    .isEqualTo(new Runs.ListQuery(REGISTRY, "TaskName eq 'release-api'", TaskChartViewModel.RUNS));
            List<SampleRun> runs = expected(f, "release-api");
            RunChart shown = chart.chart().get();
            assertThat(shown.bars()).extracting(RunChart.Bar::runId).containsExactlyElementsOf(runs.stream().map(SampleRun::runId).toList());
            assertThat(shown.bars()).extracting(RunChart.Bar::status).containsExactlyElementsOf(runs.stream().map(SampleRun::status).toList());
            long ok = runs.stream().filter(r -> r.status().equals("Succeeded")).count();
            assertThat(shown.succeeded()).isEqualTo(ok);
            assertThat(shown.summary()).isEqualTo(Math.round(100.0 * ok / runs.size()) + " % of the last " + runs.size()
                    + " finished runs succeeded");
            assertThat(ok).as("release-api fails often in the sample").isLessThan(runs.size());
            chart.deactivate();
        }
    }

    @Test
    void anotherTaskIsChartedAndATaskIsFetchedOnceWhileThePageIsOpen() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            SimpleObjectProperty<Row> selected = new SimpleObjectProperty<>();
            TaskChartViewModel chart = opened(f, selected);
            Row web = task(f, "build-webapp");
            Row scan = task(f, "nightly-scan");

            selected.set(web);
            selected.set(scan);
            assertThat(chart.chart().get().bars()).extracting(RunChart.Bar::runId)
                    .containsExactlyElementsOf(expected(f, "nightly-scan").stream().map(SampleRun::runId).toList());
            int asked = f.sandbox().runs().listQueries().size();

            selected.set(web);

            assertThat(f.sandbox().runs().listQueries()).as("its runs are cached: the cache serves").hasSize(asked);
            assertThat(chart.chart().get().bars()).extracting(RunChart.Bar::runId)
                    .containsExactlyElementsOf(expected(f, "build-webapp").stream().map(SampleRun::runId).toList());

            selected.set(null);
            assertThat(chart.chart().get().bars()).isEmpty();
            assertThat(chart.chart().get().summary()).isEqualTo("No finished runs cached for this task.");

            chart.deactivate();
            selected.set(scan);
            assertThat(chart.chart().get().bars()).as("it left: the selection is not followed").isEmpty();
        }
    }

    @Test
    void offlineTheCachedRunsAreCharted() {
        Row scan;
        List<SampleRun> runs;
        try (PageFixture f = PageFixture.sandbox(dir)) {
            SimpleObjectProperty<Row> selected = new SimpleObjectProperty<>();
            TaskChartViewModel chart = opened(f, selected);
            scan = task(f, "nightly-scan");
            runs = expected(f, "nightly-scan");
            selected.set(scan);
            chart.deactivate();
        }
        try (PageFixture f = PageFixture.offline(dir)) {
            SimpleObjectProperty<Row> selected = new SimpleObjectProperty<>();
            TaskChartViewModel chart = opened(f, selected);
            selected.set(f.context.find(null, scan.id()).orElseThrow());
            assertThat(chart.chart().get().bars()).extracting(RunChart.Bar::runId)
                    .containsExactlyElementsOf(runs.stream().map(SampleRun::runId).toList());
            chart.deactivate();
        }
    }
}
