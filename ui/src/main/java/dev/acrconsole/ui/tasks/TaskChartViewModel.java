package dev.acrconsole.ui.tasks;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunChart;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.ui.page.Latest;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Subscriptions;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/** The selected task's recent runs as a chart: durations coloured by outcome and the success rate, from the cache. */
public final class TaskChartViewModel implements Lifecycle {
    static final int RUNS = 30;

    private final PageContext context;
    private final ObservableValue<Row> task;
    private final ReadOnlyObjectWrapper<RunChart> chart = new ReadOnlyObjectWrapper<>(new RunChart(java.util.List.of(), 0, 0));
    private final ChangeListener<Row> onTask = (obs, old, t) -> load();
    private final Subscriptions subscriptions = new Subscriptions();
    private final Latest latest = new Latest();
    /** Tasks whose runs were fetched while this page is open: once each, then the cache (kept current by operations). */
    private final Set<String> fetchedFor = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TaskChartViewModel(PageContext context, ObservableValue<Row> task) {
        this.context = context;
        this.task = task;
    }

    /** Follows the selected task, and the cached runs as operations and pages bring more. */
    @Override
    public void activate() {
        task.addListener(onTask);
        subscriptions.onRelease(() -> task.removeListener(onTask));
        // Runs of the selected task's registry being written (its runs fetched, one being followed) redraw the chart.
        subscriptions.add(context.feed().watch(c -> {
            Row t = task.getValue();
            return t != null && c.touchesListing(t.scope(), ListingKeys.children(ArmIds.parent(t.id()), RunKind.KIND));
        }, this::load));
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    public ReadOnlyObjectWrapper<RunChart> chart() {
        return chart;
    }

    /** Charts the cached runs of the selected task; when connected, first fetches its latest runs into the cache. */
    public CompletableFuture<Void> load() {
        Row t = task.getValue();
        if (t == null) {
            chart.set(new RunChart(java.util.List.of(), 0, 0));
            return CompletableFuture.completedFuture(null);
        }
        RunQuery query = new RunQuery(Set.of(), t.name(), null, null, null);
        Session s = context.session(t.scope(), t.tenantId());
        CompletableFuture<Void> fetched = s == null || !fetchedFor.add(t.id())
                ? CompletableFuture.completedFuture(null)
                : context.background().run(() -> context.store().get(t.scope(), ArmIds.parent(t.id()))
                        .ifPresent(registry -> new RunListing(s.arm(), context.store(), Clock.systemUTC()).first(registry, query, RUNS, RUNS)));
        CachedRuns runs = new CachedRuns(context.store());
        show(t, runs, query);
        return fetched.exceptionally(e -> null).thenCompose(v -> show(t, runs, query));
    }

    private CompletableFuture<Void> show(Row t, CachedRuns runs, RunQuery query) {
        long ticket = latest.ask();
        return context.background()
                .submit(() -> RunChart.of(context.kinds().rows(runs.page(t.scope(), ArmIds.parent(t.id()), query, null, RUNS))))
                .thenAcceptAsync(c -> {
                    if (!latest.fresh(ticket)) {
                        return; // an older read that finished late: a newer one is on screen
                    }
                    if (task.getValue() != null && task.getValue().id().equals(t.id()) && !c.equals(chart.get())) {
                        chart.set(c); // only when it differs: a chart redrawn for nothing flickers
                    }
                }, context.fx());
    }
}
