package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.model.RunChart;
import dev.acrconsole.app.refresh.ArmIds;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** The selected task's recent runs as a chart: durations coloured by outcome and the success rate, from the cache. */
public final class TaskChartViewModel {
    static final int RUNS = 30;

    private final PageContext context;
    private final ObservableValue<CachedResource> task;
    private final ReadOnlyObjectWrapper<RunChart> chart = new ReadOnlyObjectWrapper<>(new RunChart(java.util.List.of(), 0, 0));
    private final ChangeListener<CachedResource> onTask = (obs, old, t) -> load();

    public TaskChartViewModel(PageContext context, ObservableValue<CachedResource> task) {
        this.context = context;
        this.task = task;
        task.addListener(onTask);
    }

    public ReadOnlyObjectWrapper<RunChart> chart() {
        return chart;
    }

    public PageContext context() {
        return context;
    }

    public CompletableFuture<Void> load() {
        CachedResource t = task.getValue();
        if (t == null) {
            chart.set(new RunChart(java.util.List.of(), 0, 0));
            return CompletableFuture.completedFuture(null);
        }
        CachedRuns runs = new CachedRuns(context.store());
        return context.background()
                .submit(() -> RunChart.of(runs.page(t.scope(), ArmIds.parent(t.id()),
                        new RunQuery(Set.of(), t.name(), null, null, null), null, RUNS)))
                .thenAcceptAsync(chart::set, FxBridge.executor());
    }

    public void dispose() {
        task.removeListener(onTask);
    }
}
