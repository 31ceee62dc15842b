package dev.acrconsole.ui.main;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.model.OperationText;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.ui.AppServices;
import dev.acrconsole.ui.Session;
import dev.acrconsole.ui.details.DetailsViewModel;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.navigation.NavigationViewModel;
import dev.acrconsole.ui.operations.OperationsViewModel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/**
 * The window's state: mode, freshness, what is refreshing, the offline banner, which page the right-hand pane shows,
 * the operations panel, and notices for the user. It renders the cache first and refreshes in the background; every
 * change lands on the FX thread.
 */
public final class MainViewModel {
    /** A message for the user; the sequence number makes the same text twice a change. */
    public record Notice(String text, long sequence) {}

    private final AppServices services;
    private final NavigationViewModel navigation;
    private final DetailsViewModel details;
    private final OperationsViewModel operations;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper cacheChanges = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(new Page.Resource(null));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private boolean listening;

    public MainViewModel(AppServices services) {
        this.services = services;
        this.navigation = new NavigationViewModel(services.store(), services.viewScope(), services.background(),
                services.takeNavigationPrefetch());
        this.details = new DetailsViewModel(services.store(), services.viewScope(), services.background());
        this.operations = new OperationsViewModel(services.journal(), services.viewScope(), services.background(),
                this::session);
        operations.onNotice(this::notify);
        navigation.selectedProperty().addListener((obs, old, node) -> {
            page.set(node != null && node.folder() ? new Page.Children(node) : new Page.Resource(node));
            if (node == null || !node.folder()) {
                details.show(node);
            }
        });
    }

    public NavigationViewModel navigation() {
        return navigation;
    }

    public DetailsViewModel details() {
        return details;
    }

    public OperationsViewModel operations() {
        return operations;
    }

    public String modeLabel() {
        return services.mode().label();
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

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    /** True once a session is connected: changes can be made. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Moves whenever the cache changed under the views (a refresh landed, an operation ended). */
    public ReadOnlyLongProperty cacheChangesProperty() {
        return cacheChanges.getReadOnlyProperty();
    }

    public void showPendingApprovals() {
        page.set(new Page.PendingApprovals());
    }

    /** What pages and dialogs may use; {@code owner} gives the window dialogs belong to. */
    public PageContext pageContext(Supplier<Window> owner) {
        return new PageContext(services.store(), services.viewScope(), services.background(), this::session,
                this::notify, navigation::reveal, cacheChanges.getReadOnlyProperty(), owner);
    }

    /** The selected node's cached registry, if a registry is selected; completes on the FX thread. */
    public CompletableFuture<Optional<CachedResource>> selectedRegistry() {
        NavNode node = navigation.selectedProperty().get();
        if (node == null || node.kind() != ResourceKind.REGISTRY || node.folder() || node.id() == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return services.background().submit(() -> services.connectedSession()
                        .flatMap(s -> services.store().get(s.scope(), node.id())))
                .thenApplyAsync(r -> r, FxBridge.executor());
    }

    /** The id of the selected resource group (or of the selected registry's group), to preselect on create. */
    public String selectedGroupId() {
        NavNode node = navigation.selectedProperty().get();
        if (node == null || node.id() == null) {
            return null;
        }
        int providers = node.id().toLowerCase().indexOf("/providers/");
        return node.kind() == ResourceKind.RESOURCE_GROUP ? node.id()
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
        return reloadFromCache().whenComplete((v, e) -> cacheShown.complete(null)).thenCompose(v -> services.mode() == LaunchOptions.Mode.OFFLINE
                ? CompletableFuture.completedFuture(null)
                : refresh());
    }

    /** F5. Does nothing while a refresh runs, or offline (says so). */
    public CompletableFuture<Void> refresh() {
        if (refreshing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (services.mode() != LaunchOptions.Mode.SANDBOX) {
            activity.set("Offline: nothing is contacted. Start with --sandbox to refresh the sample data.");
            return CompletableFuture.completedFuture(null);
        }
        refreshing.set(true);
        activity.set("Connecting…");
        RefreshListener listener = new RefreshListener() {
            @Override
            public void listingStarted(String what) {
                FxBridge.run(() -> activity.set("Refreshing " + lower(what) + "…"));
            }

            @Override
            public void listingDone(String what, int count) {
                FxBridge.run(navigation::reload);
            }
        };
        return services.background()
                .submit(() -> services.session().map(s -> {
                    FxBridge.run(() -> connected(s));
                    return s.refresh().refreshAll(listener);
                }))
                .handleAsync(this::finished, FxBridge.executor())
                .thenCompose(v -> reloadFromCache());
    }

    /** The connected session, or null (offline, or not connected yet). Never blocks. */
    private Session session() {
        return services.connectedSession().orElse(null);
    }

    /** Once per session: follow its operations into the panel, the tree and notices. */
    private void connected(Session session) {
        online.set(true);
        if (listening) {
            return;
        }
        listening = true;
        session.operations().addListener(op -> FxBridge.run(() -> operationChanged(op)));
        operations.reload();
    }

    private void operationChanged(Operation op) {
        operations.reload();
        if (op.pollMode() == Operation.PollMode.run && !op.state().terminal()) {
            cacheChanges.set(cacheChanges.get() + 1); // a run being followed was written to the cache: views show it move
        }
        if (op.state().terminal() && !op.dismissed()) {
            cacheChanges.set(cacheChanges.get() + 1);
            navigation.reload();
            details.reload();
            notify(OperationText.finished(op));
        }
    }

    private void notify(String text) {
        long next = notice.get() == null ? 1 : notice.get().sequence() + 1;
        notice.set(new Notice(text, next));
    }

    private Void finished(Optional<RefreshReport> report, Throwable error) {
        refreshing.set(false);
        if (error != null) {
            activity.set("Refresh failed: " + ArmErrors.describe(error));
        } else if (report.isPresent() && !report.get().complete()) {
            RefreshReport.Failure first = report.get().failures().getFirst();
            int n = report.get().failures().size();
            activity.set(n + " listing" + (n == 1 ? "" : "s") + " failed — " + first.what() + ": " + first.error());
        } else {
            activity.set(report.map(r -> "Refreshed " + r.resources() + " resources").orElse(""));
        }
        cacheChanges.set(cacheChanges.get() + 1);
        return null;
    }

    /** Tree, details and freshness from the cache; completes on the FX thread. */
    private CompletableFuture<Void> reloadFromCache() {
        CompletableFuture<Void> tree = navigation.reload();
        CompletableFuture<Void> status = services.background()
                .submit(() -> services.store().listings(services.viewScope()))
                .thenAcceptAsync(listings -> {
                    Instant last = listings.stream().map(Listing::lastCompleteAt)
                            .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
                    freshness.set(last == null ? "Never refreshed" : "Last complete refresh " + Format.instant(last));
                    if (services.mode() == LaunchOptions.Mode.OFFLINE) {
                        banner.set(last == null
                                ? "Offline — nothing cached yet in " + services.dataDir()
                                : "Offline — data as of " + Format.instant(last));
                    }
                }, FxBridge.executor());
        return CompletableFuture.allOf(tree, status).thenCompose(v -> details.reload());
    }

    private static String lower(String what) {
        return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }
}
