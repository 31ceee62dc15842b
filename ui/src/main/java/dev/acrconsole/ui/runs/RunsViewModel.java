package dev.acrconsole.ui.runs;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.model.DetailField;
import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.model.RunDetails;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunFilters;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.CachedRuns;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.children.KeptSelection;
import dev.acrconsole.ui.fx.FormModel;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.PageContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A registry's runs: filtered by status, task, run type and time range, newest first, a page at a time. The page shows
 * at once from the cache (the same criteria in SQL); when connected, ARM is asked with {@code $filter} and {@code $top}
 * and what it sends lands in the cache, which the page is read from again. Next page reads on through the cache and,
 * when the cache runs short, ARM's next page. Operations on runs (and runs being followed) change the cache, and the
 * page follows.
 */
public final class RunsViewModel extends FormModel {
    public static final String ANY = "Any";
    static final int DEFAULT_PAGE = 25;

    private final PageContext context;
    private final String registryId;
    private final CachedRuns cached;
    private final ObservableList<CachedResource> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tasks = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<CachedResource> selected = new SimpleObjectProperty<>();
    private final KeptSelection selection = new KeptSelection();
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty status = new SimpleStringProperty(ANY);
    private final StringProperty task = new SimpleStringProperty(ANY);
    private final StringProperty runType = new SimpleStringProperty(ANY);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty top = new SimpleStringProperty("100");
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final List<RunQuery.After> starts = new ArrayList<>(); // where each page starts; null: the newest run
    private volatile CachedResource registry;
    private volatile String continuation;
    private RunQuery applied = RunQuery.all();
    private int pageSize = DEFAULT_PAGE;
    private int page;

    public RunsViewModel(PageContext context, String registryId) {
        this.context = context;
        this.registryId = registryId;
        this.cached = new CachedRuns(context.store());
        starts.add(null);
        watch(top, RunFilters.TOP);
        watch(from, RunFilters.RANGE);
        watch(to, RunFilters.RANGE);
        selected.addListener((obs, old, row) -> details.set(row == null ? List.of() : RunDetails.parse(row.json()).fields()));
    }

    public void setPageSize(int size) {
        this.pageSize = size;
    }

    public PageContext context() {
        return context;
    }

    public ObservableList<CachedResource> rows() {
        return rows;
    }

    public ObservableList<String> tasks() {
        return tasks;
    }

    public ObjectProperty<CachedResource> selectedProperty() {
        return selected;
    }

    /** Selects the run with {@code id} when the page it is on shows (e.g. a search result opened here). */
    public void preselect(String id) {
        selection.want(id);
    }

    public ReadOnlyObjectWrapper<List<DetailField>> details() {
        return details;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty taskProperty() {
        return task;
    }

    public StringProperty runTypeProperty() {
        return runType;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty topProperty() {
        return top;
    }

    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    public ReadOnlyStringWrapper pageText() {
        return pageText;
    }

    public ReadOnlyStringWrapper fetched() {
        return fetched;
    }

    public ReadOnlyBooleanWrapper hasNext() {
        return hasNext;
    }

    public ReadOnlyBooleanWrapper hasPrevious() {
        return hasPrevious;
    }

    public ReadOnlyBooleanWrapper busy() {
        return busy;
    }

    public String registryId() {
        return registryId;
    }

    public Optional<CachedResource> registry() {
        return Optional.ofNullable(registry);
    }

    @Override
    protected FieldErrors validate() {
        return RunFilters.validate(instant(from.get()), instant(to.get() == null ? null : to.get().plusDays(1)), top.get());
    }

    /** The criteria as typed. */
    RunQuery query() {
        Set<String> statuses = failuresOnly.get() ? Set.of("Failed", "Error", "Timeout")
                : ANY.equals(status.get()) || status.get() == null ? Set.of() : Set.of(status.get());
        return new RunQuery(statuses, any(task.get()), any(runType.get()), instant(from.get()),
                instant(to.get() == null ? null : to.get().plusDays(1)));
    }

    /** Shows the cached page for the criteria, then asks ARM (when connected). Null when the criteria are refused. */
    public CompletableFuture<Void> apply() {
        if (!check()) {
            return null;
        }
        applied = query();
        starts.clear();
        starts.add(null);
        page = 0;
        continuation = null;
        return load().thenCompose(v -> fetch());
    }

    /** Re-reads the page shown from the cache (after the cache changed). */
    public CompletableFuture<Void> load() {
        RunQuery q = applied;
        RunQuery.After start = starts.get(page);
        int size = pageSize;
        return context.background().submit(() -> {
            CachedResource r = registry != null ? registry : scope().flatMap(s -> context.store().get(s, registryId)).orElse(null);
            if (r == null) {
                return new Loaded(null, List.of(), List.of(), null);
            }
            List<String> names = context.store().children(r.scope(), r.id(), ResourceKind.TASK).stream().map(CachedResource::name).toList();
            String key = dev.acrconsole.app.refresh.ListingKeys.children(r.id(), ResourceKind.RUN);
            Listing listing = context.store().listings(r.scope()).stream().filter(l -> l.key().equals(key)).findFirst().orElse(null);
            return new Loaded(r, cached.page(r.scope(), r.id(), q, start, size + 1), names, listing);
        }).thenAcceptAsync(this::show, FxBridge.executor());
    }

    private record Loaded(CachedResource registry, List<CachedResource> runs, List<String> tasks, Listing listing) {}

    private void show(Loaded l) {
        registry = l.registry();
        List<String> taskNames = new ArrayList<>(List.of(ANY));
        taskNames.addAll(l.tasks());
        if (!taskNames.equals(tasks)) {
            String was = task.get();
            tasks.setAll(taskNames);
            task.set(was);
        }
        boolean more = l.runs().size() > pageSize;
        List<CachedResource> shown = more ? l.runs().subList(0, pageSize) : l.runs();
        CachedResource was = selected.get();
        rows.setAll(shown);
        selected.set(selection.pick(shown, was));
        hasNext.set(more || continuation != null);
        hasPrevious.set(page > 0);
        int first = page * pageSize + 1;
        pageText.set(shown.isEmpty() ? (page == 0 ? "No runs cached for these criteria." : "No more runs.")
                : "Runs " + first + "–" + (first + shown.size() - 1) + (continuation != null ? " · more on the server" : ""));
        if (!busy.get() && fetched.get().isEmpty()) {
            fetched.set(l.registry() == null ? "Registry not in the cache."
                    : context.online() ? "" : "Offline: cached runs only" + (l.listing() == null ? "" : "."));
        }
    }

    /** Asks ARM for the first page of the criteria (filter and top go to the server). */
    private CompletableFuture<Void> fetch() {
        CachedResource r = registry;
        Session s = r == null ? null : context.session(r.scope(), r.tenantId());
        if (s == null || r == null) {
            return CompletableFuture.completedFuture(null);
        }
        RunQuery q = applied;
        int n = RunFilters.top(top.get());
        int size = pageSize;
        busy.set(true);
        fetched.set("Asking ARM…");
        RunListing listing = new RunListing(s.arm(), context.store(), Clock.systemUTC());
        return context.background().submit(() -> {
            return listing.first(r, q, n, size).continuation();
        }).handleAsync((next, error) -> {
            busy.set(false);
            continuation = error == null ? next : null;
            fetched.set(error == null ? "Fetched " + Format.instant(java.time.Instant.now()) + " with $filter and $top " + n
                    : "ARM refused: " + ArmErrors.describe(error));
            return null;
        }, FxBridge.executor()).thenCompose(v -> load());
    }

    /** The next page: from the cache, topped up from ARM's next page when the cache runs short. */
    public CompletableFuture<Void> next() {
        if (rows.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CachedResource last = rows.getLast();
        RunQuery.After after = RunQuery.After.of(last, RunDetails.parse(last.json()).createTimeText());
        CachedResource r = registry;
        Session s = r == null ? null : context.session(r.scope(), r.tenantId());
        String next = continuation;
        RunQuery q = applied;
        int size = pageSize;
        busy.set(true);
        return context.background().submit(() -> {
            String more = next;
            if (s != null && more != null) {
                RunListing listing = new RunListing(s.arm(), context.store(), Clock.systemUTC());
                while (more != null && cached.page(r.scope(), r.id(), q, after, size).size() < size) {
                    more = listing.next(r, more).continuation();
                }
            }
            return more;
        }).handleAsync((more, error) -> {
            busy.set(false);
            if (error != null) {
                fetched.set("ARM refused the next page: " + ArmErrors.describe(error));
            }
            continuation = error == null ? more : continuation;
            starts.add(after);
            page++;
            return null;
        }, FxBridge.executor()).thenCompose(v -> load());
    }

    public CompletableFuture<Void> previous() {
        if (page == 0) {
            return CompletableFuture.completedFuture(null);
        }
        starts.removeLast();
        page--;
        return load();
    }

    public void cancel(CachedResource run) {
        context.submit(run.scope(), RunActions.cancel(run.id(), run.tenantId()));
    }

    public void archive(CachedResource run, boolean enabled) {
        context.submit(run.scope(), RunActions.archive(run.id(), run.tenantId(), enabled));
    }

    public static boolean running(CachedResource run) {
        return run != null && !RunDetails.parse(run.json()).terminal();
    }

    private Optional<CacheScope> scope() {
        if (context.scope() != null) {
            return Optional.of(context.scope());
        }
        return context.store().listings(null).stream().map(Listing::scope).distinct()
                .filter(sc -> context.store().get(sc, registryId).isPresent()).findFirst();
    }

    private static String any(String value) {
        return value == null || ANY.equals(value) ? null : value;
    }

    private static java.time.Instant instant(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneId.of("UTC")).toInstant();
    }
}
