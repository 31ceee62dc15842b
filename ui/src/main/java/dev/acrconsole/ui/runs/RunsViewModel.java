package dev.acrconsole.ui.runs;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunFilters;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.runs.RunPager;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.ui.main.Page;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.KeptSelection;
import dev.acrconsole.ui.page.Latest;
import dev.acrconsole.ui.page.Lifecycle;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import dev.acrconsole.ui.page.Subscriptions;
import java.time.Clock;
import java.time.Instant;
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
 * at once from the cache; when connected, ARM is asked with {@code $filter} and {@code $top} and what it sends lands in
 * the cache, which the page is read from again (the paging itself is app's {@link RunPager}). While on screen it
 * re-reads when runs of its registry change in the cache: operations on runs, and runs being followed.
 */
public final class RunsViewModel extends FormModel implements Lifecycle {
    public static final String ANY = "Any";
    /** The fields of the range's days, whose texts may not read as days. */
    public static final String FROM = "from";
    public static final String TO = "to";
    static final int DEFAULT_PAGE = 25;

    private final PageContext context;
    private final String registryId;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> tasks = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final KeptSelection selection = new KeptSelection();
    private final ReadOnlyObjectWrapper<List<DetailField>> details = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty status = new SimpleStringProperty(ANY);
    private final StringProperty task = new SimpleStringProperty(ANY);
    private final StringProperty runType = new SimpleStringProperty(ANY);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty top = new SimpleStringProperty("100");
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fetched = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Subscriptions subscriptions = new Subscriptions();
    private final Latest latest = new Latest();
    private RunPager pager;
    private ScheduleRunViewModel scheduleForm;
    /** How many pages were turned looking for a run asked for; a run filtered out is not sought for ever. */
    private int pagesSought;
    private static final int MAX_PAGES_SOUGHT = 40;
    private volatile Row registry;
    private int pageSize = DEFAULT_PAGE;
    private int loads;

    public RunsViewModel(PageContext context, String registryId) {
        this.context = context;
        this.registryId = registryId;
        watch(top, RunFilters.TOP);
        watch(from, RunFilters.RANGE);
        watch(to, RunFilters.RANGE);
        watch(from, FROM);
        watch(to, TO);
        selected.addListener((obs, old, row) -> details.set(row == null ? List.of()
                : context.kinds().describe(row).fields()));
    }

    /** Shows the first page of every run, then asks ARM; re-reads when the registry's runs change in the cache. */
    @Override
    public void activate() {
        String listing = ListingKeys.children(registryId, dev.acrconsole.app.runs.RunKind.KIND);
        subscriptions.add(context.feed().watch(c -> c.touchesListing(null, listing), this::load));
        apply();
    }

    @Override
    public void deactivate() {
        subscriptions.releaseAll();
    }

    public void setPageSize(int size) {
        this.pageSize = size;
    }

    public PageContext context() {
        return context;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> tasks() {
        return tasks;
    }

    public ObjectProperty<Row> selectedProperty() {
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

    /** The range's first day (UTC) as typed, year-month-day; empty for no start. */
    public StringProperty fromProperty() {
        return from;
    }

    /** The range's last day (UTC) as typed, included; empty for no end. */
    public StringProperty toProperty() {
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

    public Optional<Row> registry() {
        return Optional.ofNullable(registry);
    }

    /**
     * The Schedule run form, the same one each time while the page shows: a run that ARM refused or that failed is
     * scheduled again from what was typed, not from the examples.
     */
    public Optional<ScheduleRunViewModel> scheduleForm() {
        if (scheduleForm == null && registry != null) {
            scheduleForm = new ScheduleRunViewModel(context, registry);
        }
        return Optional.ofNullable(scheduleForm);
    }

    public boolean online() {
        return context.online();
    }

    /** How many times it read the cache (tests count them). */
    public int loads() {
        return loads;
    }

    @Override
    protected FieldErrors validate() {
        FieldErrors errors = RunFilters.validate(start(), end(), top.get());
        Typed<LocalDate> f = Typed.day(from.get());
        Typed<LocalDate> t = Typed.day(to.get());
        return errors.check(!f.ok(), FROM, f.problem()).check(!t.ok(), TO, t.problem());
    }

    /** The first instant of the range's first day (UTC); null when none reads. */
    private Instant start() {
        return instant(Typed.day(from.get()).value());
    }

    /** The end of the range's last day (UTC); null when none reads. */
    private Instant end() {
        LocalDate last = Typed.day(to.get()).value();
        return last == null ? null : instant(last.plusDays(1));
    }

    /** The criteria as typed. */
    RunQuery query() {
        Set<String> statuses = failuresOnly.get() ? Set.of("Failed", "Error", "Timeout")
                : ANY.equals(status.get()) || status.get() == null ? Set.of() : Set.of(status.get());
        return new RunQuery(statuses, any(task.get()), any(runType.get()), start(), end());
    }

    private RunPager pager() {
        if (pager == null) {
            pager = new RunPager(context.store(), context.scope(), registryId, pageSize);
        }
        return pager;
    }

    /** Shows the cached page for the criteria, then asks ARM (when connected). Null when the criteria are refused. */
    public CompletableFuture<Void> apply() {
        if (!check()) {
            return null;
        }
        RunPager p = pager();
        p.apply(query());
        return load().thenCompose(v -> fetch());
    }

    /** Re-reads the page shown from the cache (after the cache changed). */
    public CompletableFuture<Void> load() {
        loads++;
        RunPager p = pager();
        long ticket = latest.ask();
        return context.background().submit(p::read).thenAcceptAsync(page -> {
            if (latest.fresh(ticket)) {
                show(page); // else a newer read is already on screen
            }
        }, context.fx());
    }

    private void show(RunPager.Page page) {
        registry = page.registry() == null ? null : context.row(page.registry());
        List<String> taskNames = new ArrayList<>(List.of(ANY));
        taskNames.addAll(page.taskNames());
        if (!taskNames.equals(tasks)) {
            String was = task.get();
            tasks.setAll(taskNames);
            task.set(was);
        }
        List<Row> shown = context.kinds().rows(page.runs());
        Row was = selected.get();
        rows.setAll(shown);
        selected.set(selection.pick(shown, was));
        hasNext.set(page.hasNext());
        hasPrevious.set(page.hasPrevious());
        pageText.set(shown.isEmpty() ? (page.index() == 0 ? "No runs cached for these criteria." : "No more runs.")
                : "Runs " + page.first() + "–" + (page.first() + shown.size() - 1) + (page.moreOnServer() ? " · more on the server" : ""));
        if (!busy.get() && fetched.get().isEmpty()) {
            fetched.set(page.registry() == null ? "Registry not in the cache."
                    : context.online() ? "" : "Offline: cached runs only" + (page.listing() == null ? "" : "."));
        }
        // A run asked for (a search result, a change) that is not on this page: on to the next, until it shows.
        if (selection.waiting() && selected.get() == null && page.hasNext() && !busy.get() && pagesSought < MAX_PAGES_SOUGHT) {
            pagesSought++;
            next();
        }
    }

    /** Asks ARM for the first page of the criteria (filter and top go to the server). */
    private CompletableFuture<Void> fetch() {
        Row r = registry;
        Session s = context.session(r);
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        int n = RunFilters.top(top.get());
        busy.set(true);
        fetched.set("Asking ARM…");
        RunListing listing = new RunListing(s.arm(), context.store(), Clock.systemUTC());
        RunPager p = pager();
        return context.background().run(() -> p.fetchFirst(listing, n)).handleAsync((v, error) -> {
            busy.set(false);
            fetched.set(error == null ? "Fetched " + Format.instant(Instant.now()) + " with $filter and $top " + n
                    : "ARM refused: " + ArmErrors.describe(error));
            return null;
        }, context.fx()).thenCompose(v -> load());
    }

    /** The next page: from the cache, topped up from ARM's next page when the cache runs short. */
    public CompletableFuture<Void> next() {
        if (rows.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Session s = context.session(registry);
        RunListing listing = s == null ? null : new RunListing(s.arm(), context.store(), Clock.systemUTC());
        RunPager p = pager();
        busy.set(true);
        return context.background().run(() -> p.next(listing)).handleAsync((v, error) -> {
            busy.set(false);
            if (error != null) {
                fetched.set("ARM refused the next page: " + ArmErrors.describe(error));
            }
            return null;
        }, context.fx()).thenCompose(v -> load());
    }

    public CompletableFuture<Void> previous() {
        if (!hasPrevious.get()) {
            return CompletableFuture.completedFuture(null);
        }
        pager().previous();
        return load();
    }

    public void cancel(Row run) {
        context.submit(run.scope(), RunActions.cancel(run.id(), run.tenantId()));
    }

    public void archive(Row run, boolean enabled) {
        context.submit(run.scope(), RunActions.archive(run.id(), run.tenantId(), enabled));
    }

    public static boolean running(Row run) {
        return run != null && !run.details(RunDetails.class).terminal();
    }

    public static boolean archiving(Row run) {
        return Boolean.TRUE.equals(run.details(RunDetails.class).archiveEnabled());
    }

    private static String any(String value) {
        return value == null || ANY.equals(value) ? null : value;
    }

    private static Instant instant(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneId.of("UTC")).toInstant();
    }
}
