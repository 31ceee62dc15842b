package dev.acrconsole.ui.main;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.cache.CacheDamagedException;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.Search;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.ui.accounts.AccountsViewModel;
import dev.acrconsole.ui.details.DetailsViewModel;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.navigation.NavigationViewModel;
import dev.acrconsole.ui.operations.OperationsViewModel;
import dev.acrconsole.ui.page.CacheFeed;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.services.AppServices;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's state: mode, freshness, what is refreshing, the offline banner, which page the right-hand pane shows,
 * the operations panel, and notices for the user. It renders the cache first and refreshes in the background; every
 * change lands on the FX thread.
 */
public final class MainViewModel {
    /** A message for the user; the sequence number makes the same text twice a change. */
    public record Notice(String text, long sequence) {}

    /** When the whole file is checked for damage after start: once the window has settled. */
    private static final java.time.Duration FULL_CHECK_AFTER = java.time.Duration.ofSeconds(5);

    private final AppServices services;
    private final Executor fx;
    private final PageContext context;
    private final NavigationViewModel navigation;
    private final DetailsViewModel details;
    private final OperationsViewModel operations;
    private final ReadBudgetViewModel readBudget;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    /** While a refresh runs: "12 of 40 listings · 8 in flight"; empty otherwise. */
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private javafx.beans.property.BooleanProperty keepEverything;
    /** The running refresh's counts and Cancel; null when none runs. FX thread only. */
    private dev.acrconsole.app.refresh.RefreshProgress progress;
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(new Page.Resource(null));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper readOnly = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private java.util.function.Consumer<Operation> ended = op -> { };
    private final AccountsViewModel accounts;
    private final CacheDamageViewModel damage;
    /** What the listings say of freshness, as last read. FX thread. */
    private String listingsFreshness = "";
    /** An account changed while a refresh ran: refresh once more when it ends. FX thread only. */
    private boolean refreshAgain;

    /** {@code fx} runs work on the FX thread ({@code FxBridge.executor()} in the window; the caller's thread in tests). */
    public MainViewModel(AppServices services, Executor fx) {
        this.services = services;
        this.fx = fx;
        this.mode.set(services.mode().label());
        this.context = new PageContext(services.store(), services.kinds(), services.review(), services.viewScope(),
                services.background(), fx, services::session, services::canChange, this::notify, reveal,
                new CacheFeed(services.database().changes(), fx));
        this.navigation = new NavigationViewModel(services.store(), services.viewScope(), services.background(), fx,
                services.takeNavigationPrefetch(), services.navigationOutline());
        // The tree re-reads when what it shows changes: its kinds' rows, and the tenants an account's roots speak of.
        Set<ResourceKind> treeKinds = new HashSet<>(services.database().policy().treeKinds());
        treeKinds.add(TenantKind.KIND);
        navigation.follow(context.feed(), c -> c.touchesKinds(treeKinds));
        this.accounts = new AccountsViewModel(services::accounts, services.background(), fx, services.signInAllowed(),
                this::accountsChanged);
        this.details = new DetailsViewModel(context);
        this.operations = new OperationsViewModel(services.journal(), services.viewScope(), services.background(), fx,
                services::session, services.kinds());
        operations.onNotice(this::notify);
        services.addOperationsListener(op -> fx.execute(() -> operationChanged(op)));
        this.readBudget = new ReadBudgetViewModel((scope, subscriptionId) -> services.store().get(scope,
                "/subscriptions/" + subscriptionId).map(dev.acrconsole.cache.CachedResource::name), fx);
        services.watchBudgets(readBudget::watch);
        this.damage = new CacheDamageViewModel(!services.database().readOnly(), services.movesDamageAsideUnasked(),
                services::startFreshCache, services.background(), fx, this::afterFreshCache);
        damage.textProperty().addListener((obs, old, now) -> showFreshness());
        services.database().onDamage(e -> fx.execute(() -> damage.damaged(e)));
        services.database().damage().ifPresent(e -> fx.execute(() -> damage.damaged(e)));
        CacheScope marksScope = services.viewScope();
        navigation.markChanges(() -> services.review().changes().unseen(marksScope));
        navigation.selectedProperty().addListener((obs, old, node) -> markSeen(node));
        navigation.production(services.guard()::production);
        // Read-only mode switched, or a Production mark set: the actions and the tint follow at once.
        readOnly.set(services.guard().readOnly());
        services.guard().onChange(() -> fx.execute(() -> {
            readOnly.set(services.guard().readOnly());
            online.set(services.canChange());
            navigation.productionChanged();
        }));
        navigation.selectedProperty().addListener((obs, old, node) -> {
            page.set(pageOf(node));
            if (node == null || !node.folder()) {
                details.show(target(node));
            }
        });
    }

    /** What the details pane shows for a node of the tree. */
    static DetailsViewModel.Target target(NavNode node) {
        if (node == null) {
            return null;
        }
        return switch (node.role()) {
            case ACCOUNT -> DetailsViewModel.Target.say("Account " + node.name()
                    + ". Sign-in, tenants and the subscription filter are in the Accounts panel.");
            case MESSAGE -> DetailsViewModel.Target.say(node.name());
            case RESOURCE, FOLDER -> node.id() == null
                    ? DetailsViewModel.Target.say(node.name() + " is known only from its children's ids: it has not been fetched.")
                    : DetailsViewModel.Target.resource(node.id(), node.scope(), node.name());
        };
    }

    private Page pageOf(NavNode node) {
        return node != null && node.folder() ? new Page.Children(node, navigation.takeWantedRow(node)) : new Page.Resource(node);
    }

    /** What a page's "open" does: moves the tree, and shows the node's page again when it was selected already. */
    private final PageContext.Reveal reveal = new PageContext.Reveal() {
        @Override
        public void show(String resourceId, ResourceKind folderKind) {
            NavNode before = navigation.selectedProperty().get();
            again(before, navigation.reveal(resourceId, folderKind));
        }

        @Override
        public void showRow(String rowId, ResourceKind kind) {
            NavNode before = navigation.selectedProperty().get();
            again(before, navigation.revealRow(rowId, kind));
        }

        /** The target was selected already, so no selection change comes: e.g. back from the search page. */
        private void again(NavNode before, String key) {
            if (before != null && before == navigation.selectedProperty().get() && before.key().equals(key)) {
                page.set(pageOf(before));
            }
        }
    };

    /** The user has looked at a resource (or a folder of its children): its marks go. */
    private void markSeen(NavNode node) {
        if (node == null || node.id() == null || node.scope() == null || services.review().readOnly()) {
            return;
        }
        String kind = node.folder() ? node.folderOf().code() : null;
        services.background().run(() -> services.review().changes().markSeen(node.scope(), node.id(), kind))
                .thenRunAsync(navigation::reloadMarks, fx);
    }

    public NavigationViewModel navigation() {
        return navigation;
    }

    public DetailsViewModel details() {
        return details;
    }

    /** The status bar's lowest ARM read budget. */
    public ReadBudgetViewModel readBudget() {
        return readBudget;
    }

    public OperationsViewModel operations() {
        return operations;
    }

    /** Read-only mode is on: the window says so (status bar, title) while nothing can be sent. */
    public javafx.beans.property.ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /** Hears each operation that ends (or loses contact), on the FX thread, after its toast: desktop notices. */
    public void onEnded(java.util.function.Consumer<Operation> listener) {
        this.ended = listener;
    }

    public String modeLabel() {
        return mode.get();
    }

    /** Sandbox, Live or Offline; an offline window goes live when its first account is added. */
    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public AccountsViewModel accounts() {
        return accounts;
    }

    /** The bar a damaged cache shows, with the move aside it offers. */
    public CacheDamageViewModel damage() {
        return damage;
    }

    /** False in sandbox mode, which has no accounts. */
    public boolean accountsAvailable() {
        return services.mode() != LaunchOptions.Mode.SANDBOX;
    }

    /** The accounts panel starts open where accounts matter: live, or offline for want of one. */
    public boolean accountsPanelOpen() {
        return services.signInAllowed();
    }

    /** An account was added, removed or changed: go live if this was the first, then refresh (or re-read the tree). */
    private void accountsChanged() {
        if (services.mode() == LaunchOptions.Mode.OFFLINE && services.signInAllowed()) {
            services.goLive();
            mode.set(services.mode().label());
            banner.set("");
        }
        if (services.mode() == LaunchOptions.Mode.LIVE) {
            if (refreshing.get()) {
                refreshAgain = true; // the running refresh started before this change
            } else {
                refresh();
            }
        } else {
            navigation.reload();
        }
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** "Last complete refresh ..." for the status bar. */
    public ReadOnlyStringProperty freshnessProperty() {
        return freshness.getReadOnlyProperty();
    }

    /** Non-empty when the offline banner should show. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /**
     * Sandbox mode: every refresh reads every collection below every registry (settings.json); read once the window
     * starts, saved in the background when changed.
     */
    public javafx.beans.property.BooleanProperty sandboxKeepsEverythingProperty() {
        if (keepEverything == null) {
            keepEverything = new javafx.beans.property.SimpleBooleanProperty(false);
            if (services.mode() == LaunchOptions.Mode.SANDBOX) {
                boolean[] loading = {false};
                boolean[] changed = {false};
                keepEverything.addListener((obs, was, now) -> {
                    if (!loading[0]) {
                        changed[0] = true;
                        services.background().run(() -> services.sandboxKeepsEverything(now));
                    }
                });
                services.background().submit(services::sandboxKeepsEverything).thenAcceptAsync(on -> {
                    if (!changed[0]) { // what the user chose meanwhile stands
                        loading[0] = true;
                        keepEverything.set(on);
                        loading[0] = false;
                    }
                }, fx);
            }
        }
        return keepEverything;
    }

    public ReadOnlyStringProperty refreshProgressProperty() {
        return progressText.getReadOnlyProperty();
    }

    /**
     * Cancels the running refresh: nothing more is sent; every listing it completed stays, none it had begun is
     * written. Does nothing when none runs.
     */
    public void cancelRefresh() {
        if (progress != null && refreshing.get()) {
            progress.cancel();
            activity.set("Cancelling the refresh…");
        }
    }

    /** F5 and the menu's item: a refresh, or while one runs, its Cancel. */
    public void refreshOrCancel() {
        if (refreshing.get()) {
            cancelRefresh();
        } else {
            refresh();
        }
    }

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** True once a session is connected: changes can be made. */
    /** Production marks and read-only mode. */
    public dev.acrconsole.app.guard.Guard guard() {
        return services.guard();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void showPendingApprovals() {
        page.set(new Page.PendingApprovals());
    }

    public java.nio.file.Path dataDir() {
        return services.dataDir();
    }

    /** Refreshes only the listings last complete more than {@code age} ago (or never). */
    public CompletableFuture<Void> refreshStale(java.time.Duration age) {
        return refresh(RefreshListener.staleOnly(age, java.time.Clock.systemUTC(), RefreshListener.NONE),
                "older than " + Format.duration(age));
    }

    /**
     * Writes a snapshot of the cache to {@code file}: all of it, or ({@code selected}) the selected registry, or the
     * subscription of the selected node, or the selected account. Tells the user how it went.
     */
    public CompletableFuture<Void> exportSnapshot(java.nio.file.Path file, boolean selected) {
        Snapshots.Filter filter = selected ? selectionFilter() : Snapshots.Filter.ALL;
        if (filter == null) {
            notify("Select a registry, a subscription (or something in it) or an account first.");
            return CompletableFuture.completedFuture(null);
        }
        return services.background().submit(() -> services.review().exportSnapshot(file, filter))
                .handleAsync((info, error) -> {
                    notify(error != null ? "Snapshot not written: " + ArmErrors.describe(error)
                            : "Snapshot of " + info.filter() + " written to " + file + " (" + info.resources() + " resources).");
                    return null;
                }, fx);
    }

    private Snapshots.Filter selectionFilter() {
        NavNode node = navigation.selectedProperty().get();
        if (node == null) {
            return null;
        }
        if (node.role() == NavNode.Role.ACCOUNT && node.scope() != null) {
            return new Snapshots.Filter(java.util.Set.of(node.scope().account()), java.util.Set.of(), java.util.Set.of());
        }
        if (node.id() == null) {
            return null;
        }
        if (node.is(RegistryKind.KIND) || node.folder() && node.id().contains("/registries/")) {
            return new Snapshots.Filter(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(node.id()));
        }
        String subscription = dev.acrconsole.app.arm.ArmIds.subscription(node.id());
        return subscription == null ? null
                : new Snapshots.Filter(java.util.Set.of(), java.util.Set.of(subscription), java.util.Set.of());
    }

    /** Ctrl+F: search everything cached. */
    public void showSearch() {
        page.set(new Page.Search());
    }

    /** What changed; with a snapshot file, what differs between it and the cache. */
    public void showChanges(java.nio.file.Path snapshot) {
        page.set(new Page.Changes(snapshot));
    }

    /** What pages and dialogs may use. */
    public PageContext pageContext() {
        return context;
    }

    /** The selected node's cached registry, if a registry is selected; completes on the FX thread. */
    public CompletableFuture<Optional<Row>> selectedRegistry() {
        NavNode node = navigation.selectedProperty().get();
        if (node == null || !node.is(RegistryKind.KIND) || node.id() == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return services.background().submit(() -> node.scope() == null ? Optional.<Row>empty() : context.find(node.scope(), node.id()))
                .thenApplyAsync(r -> r, fx);
    }

    /** The id of the selected resource group (or of the selected registry's group), to preselect on create. */
    public String selectedGroupId() {
        NavNode node = navigation.selectedProperty().get();
        if (node == null || node.id() == null) {
            return null;
        }
        int providers = node.id().toLowerCase().indexOf("/providers/");
        return node.is(ResourceGroupKind.KIND) ? node.id()
                : providers > 0 ? node.id().substring(0, providers) : null;
    }

    /**
     * Renders the cache, then (unless offline) refreshes. Completes on the FX thread once the
     * first refresh has finished or failed and its result is on screen.
     */
    public CompletableFuture<Void> start() {
        return start(new CompletableFuture<>());
    }

    /** As {@link #start()}, completing {@code cacheShown} once the cached tree is on screen. */
    public CompletableFuture<Void> start(CompletableFuture<Void> cacheShown) {
        operations.reload();
        return reloadFromCache().handleAsync((v, e) -> e, fx).thenCompose(error -> {
            cacheShown.complete(null);
            if (error != null) {
                CacheDamagedException damaged = damageIn(error);
                // A damaged cache is no failure to start: the bar says so, and moves it aside (or offers to).
                if (damaged == null) {
                    return CompletableFuture.<Void>failedFuture(error);
                }
                // Asked, the refresh waits, and the status bar says why.
                return damage.damaged(damaged).thenCompose(v -> damage.pending() && !contactsNothing() ? refresh()
                        : CompletableFuture.completedFuture(null));
            }
            if (!services.database().readOnly() && !damage.pending()) {
                // Once the tree is up (not competing with it): history older than the user keeps is dropped, and the
                // whole file is checked for damage no read has reached yet (what it finds reaches the bar).
                services.background().run(() -> services.review().applyRetention());
                // Later still, and once a day: reading every page of the file would compete with the window's first
                // frames, and a cache of a million runs is gigabytes.
                services.background().schedule(FULL_CHECK_AFTER,
                        () -> services.database().checkIfDue(java.time.Instant.now(), java.time.Duration.ofDays(1)));
            }
            return contactsNothing() ? CompletableFuture.completedFuture(null) : refresh();
        });
    }

    private boolean contactsNothing() {
        return services.mode() == LaunchOptions.Mode.OFFLINE || services.mode() == LaunchOptions.Mode.SNAPSHOT;
    }

    /** After the damaged cache was moved aside: the window shows the fresh cache, and a refresh fills it. */
    private CompletableFuture<Void> afterFreshCache() {
        operations.reload();
        return reloadFromCache().thenCompose(v -> contactsNothing() ? CompletableFuture.completedFuture(null) : refresh());
    }

    private static CacheDamagedException damageIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CacheDamagedException d) {
                return d;
            }
        }
        return null;
    }

    /** A refresh of everything (F5 when none runs). Does nothing while one runs, or offline (says so). */
    public CompletableFuture<Void> refresh() {
        return refresh(RefreshListener.NONE, null);
    }

    /** A refresh of what {@code which} wants ({@code which.wants}); {@code what} names it for the status bar. */
    private CompletableFuture<Void> refresh(RefreshListener which, String what) {
        if (refreshing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (services.mode() == LaunchOptions.Mode.SNAPSHOT) {
            activity.set("A snapshot is read-only: nothing is refreshed or changed.");
            return CompletableFuture.completedFuture(null);
        }
        if (damage.pending()) {
            activity.set("Not refreshed: the cache is damaged. Move it aside first (the bar at the top).");
            return CompletableFuture.completedFuture(null);
        }
        if (services.mode() == LaunchOptions.Mode.OFFLINE) {
            activity.set(services.signInAllowed() ? "No accounts yet: add one in the Accounts panel."
                    : "Offline: nothing is contacted. Start without --offline to use your accounts.");
            return CompletableFuture.completedFuture(null);
        }
        refreshing.set(true);
        activity.set(what == null ? "Connecting…" : "Refreshing what is " + what + "…");
        // The newest listing started, shown once the FX thread is free: one task waits at a time, not one per listing.
        AtomicReference<String> started = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean counting = new java.util.concurrent.atomic.AtomicBoolean();
        dev.acrconsole.app.refresh.RefreshProgress[] mine = new dev.acrconsole.app.refresh.RefreshProgress[1];
        RefreshListener listener = new RefreshListener() {
            @Override
            public void listingStarted(String listing) {
                if (started.getAndSet(listing) == null) {
                    fx.execute(() -> {
                        String now = started.getAndSet(null);
                        if (!mine[0].cancelled()) {
                            activity.set("Refreshing " + lower(now) + "…");
                        }
                    });
                }
                counted();
            }

            @Override
            public void listingDone(String what, int count) {
                counted();
            }

            @Override
            public void listingFailed(String what, String error) {
                if (what.equals(dev.acrconsole.app.inventory.ResourceGraphInventory.WHAT)) {
                    fx.execute(() -> MainViewModel.this.notify(error)); // skipped (its quota) or refused: the ARM reads fill the tree
                }
                counted();
            }

            @Override
            public void listingQueued(String what) {
                counted();
            }

            /** The counts, likewise one FX task at a time however fast listings end. */
            private void counted() {
                if (counting.compareAndSet(false, true)) {
                    fx.execute(() -> {
                        counting.set(false);
                        if (progress == mine[0] && refreshing.get()) {
                            progressText.set(progressLine(mine[0].snapshot()));
                        }
                    });
                }
            }

            @Override
            public boolean wants(Instant lastComplete) {
                return which.wants(lastComplete);
            }
        };
        mine[0] = new dev.acrconsole.app.refresh.RefreshProgress(listener);
        progress = mine[0];
        return services.background()
                .submit(() -> services.refresh(mine[0]))
                .handleAsync(this::finished, fx)
                .thenCompose(v -> reloadFromCache())
                .thenCompose(v -> {
                    if (!refreshAgain) {
                        return CompletableFuture.completedFuture(null);
                    }
                    refreshAgain = false;
                    return refresh();
                });
    }

    /**
     * An operation changed: its row in the panel follows; when it ends, a notice. What it changed in the cache reaches
     * the pages showing it through the cache's own notices.
     */
    private void operationChanged(Operation op) {
        operations.apply(op);
        if (!op.state().followed() && !op.dismissed()) { // ended, or lost
            notify(OperationText.finished(op));
            ended.accept(op);
        }
    }

    private void notify(String text) {
        long next = notice.get() == null ? 1 : notice.get().sequence() + 1;
        notice.set(new Notice(text, next));
    }

    /** "12 of 40 listings · 8 in flight" (the total grows as parents are read). */
    static String progressLine(dev.acrconsole.app.refresh.RefreshProgress.Snapshot s) {
        return s.done() + " of " + s.total() + " listings" + (s.inFlight() > 0 ? " · " + s.inFlight() + " in flight" : "")
                + (s.failed() > 0 ? " · " + s.failed() + " failed" : "");
    }

    private Void finished(Optional<RefreshReport> report, Throwable error) {
        refreshing.set(false);
        progress = null;
        progressText.set("");
        online.set(services.canChange());
        services.takeSandboxNote().ifPresent(this::notify);
        if (error != null) {
            activity.set("Refresh failed: " + ArmErrors.describe(error));
        } else if (report.isPresent() && report.get().cancelled()) {
            int read = report.get().listings();
            activity.set("Refresh cancelled: " + read + (read == 1 ? " listing" : " listings") + " read and kept"
                    + (report.get().failures().isEmpty() ? "" : ", " + report.get().failures().size() + " failed")
                    + "; the rest is as cached before");
        } else if (report.isPresent() && !report.get().complete()) {
            RefreshReport.Failure first = report.get().failures().getFirst();
            int n = report.get().failures().size();
            activity.set(n + " listing" + (n == 1 ? "" : "s") + " failed — " + first.what() + ": " + first.error());
        } else {
            activity.set(report.map(r -> "Refreshed " + r.resources() + " resources").orElse(""));
        }
        return null;
    }

    /** In sandbox mode, File › Reset sandbox is offered. */
    public boolean sandboxResettable() {
        return services.mode() == LaunchOptions.Mode.SANDBOX;
    }

    /**
     * Starts the sandbox again from its sample (the window asked first), says so, then refreshes, so the tree and What
     * changed show what went with it.
     */
    public CompletableFuture<Void> resetSandbox() {
        return services.background().submit(services::resetSandbox).handleAsync((lost, error) -> {
            if (error != null) {
                notify("The sandbox was not reset: " + ArmErrors.describe(error));
                return false;
            }
            notify("The sandbox starts again from its sample data" + (lost == 0 ? "." : lost == 1
                    ? "; 1 operation still running in it is marked lost." : "; " + lost + " operations still running in it are marked lost."));
            return true;
        }, fx).thenCompose(reset -> {
            if (reset && refreshing.get()) {
                refreshAgain = true; // the running refresh may have read the sandbox before the reset
            }
            return reset && !refreshing.get() ? refresh() : CompletableFuture.completedFuture(null);
        });
    }

    /**
     * What to ask before the window closes, if anything: operations still followed go on without the window and are
     * followed again at the next start, which the user should know before choosing to exit.
     */
    public Optional<String> exitQuestion() {
        int n = operations.runningProperty().get();
        if (n == 0) {
            return Optional.empty();
        }
        return Optional.of((n == 1 ? "1 operation is" : n + " operations are") + " still running. Exiting does not stop "
                + (n == 1 ? "it" : "them") + ": ACR Console follows " + (n == 1 ? "it" : "them")
                + " again at its next start with this data dir. Exit now?");
    }

    /** Tree, details and freshness from the cache; completes on the FX thread. */
    private CompletableFuture<Void> reloadFromCache() {
        CompletableFuture<Void> tree = navigation.reload();
        if (services.mode() != LaunchOptions.Mode.SANDBOX) {
            accounts.reload(); // tenants and subscriptions the refresh found, and why some could not be read
        }
        CompletableFuture<Void> status = services.background()
                .submit(() -> new Freshness(services.store().listings(services.viewScope()), services.snapshotInfo()))
                .thenAcceptAsync(f -> {
                    Instant last = f.listings().stream().map(Listing::lastCompleteAt)
                            .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
                    long failed = f.listings().stream().filter(Listing::failed).count();
                    listingsFreshness = (last == null ? "Never refreshed" : "Last complete refresh " + Format.instant(last))
                            + (failed == 0 ? "" : " · " + failed + " listing" + (failed == 1 ? "" : "s") + " partial");
                    showFreshness();
                    if (services.mode() == LaunchOptions.Mode.OFFLINE) {
                        String noAccounts = services.signInAllowed() ? " · No accounts yet: add one in the Accounts panel" : "";
                        banner.set((last == null
                                ? "Offline — nothing cached yet in " + services.dataDir()
                                : "Offline — data as of " + Format.instant(last)) + noAccounts);
                    }
                    f.snapshot().ifPresent(info -> banner.set("Snapshot (read-only) of " + info.filter() + ", made "
                            + Format.instant(info.createdAt()) + (last == null ? "" : " — data as of " + Format.instant(last))));
                }, fx);
        // The details need the tree (its selection), not the status line: neither waits for the other.
        return CompletableFuture.allOf(tree.thenCompose(v -> details.reload()), status);
    }

    /** The status bar's freshness; a damaged cache's last refresh says little, so it comes first. FX thread. */
    private void showFreshness() {
        freshness.set((damage.pending() ? "Cache damaged · " : "") + listingsFreshness);
    }

    private record Freshness(java.util.List<Listing> listings, Optional<Snapshots.Info> snapshot) {}

    private static String lower(String what) {
        return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }
}
