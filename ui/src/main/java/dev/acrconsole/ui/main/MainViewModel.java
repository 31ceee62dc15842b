package dev.acrconsole.ui.main;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.model.Format;
import dev.acrconsole.app.refresh.ArmErrors;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.ui.AppServices;
import dev.acrconsole.ui.accounts.AccountsViewModel;
import dev.acrconsole.ui.details.DetailsViewModel;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.navigation.NavigationViewModel;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's state: mode, freshness, what is refreshing, the offline banner. It renders the
 * cache first and refreshes in the background; every change lands on the FX thread.
 */
public final class MainViewModel {
    private final AppServices services;
    private final NavigationViewModel navigation;
    private final DetailsViewModel details;
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper freshness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final AccountsViewModel accounts;
    /** An account changed while a refresh ran: refresh once more when it ends. FX thread only. */
    private boolean refreshAgain;

    public MainViewModel(AppServices services) {
        this.services = services;
        this.mode.set(services.mode().label());
        this.navigation = new NavigationViewModel(services.store(), services.viewScope(), services.background(),
                services.takeNavigationPrefetch(), services.navigationOutline());
        this.accounts = new AccountsViewModel(services::accounts, services.background(), services.signInAllowed(), this::accountsChanged);
        this.details = new DetailsViewModel(services.store(), services.viewScope(), services.background());
        navigation.selectedProperty().addListener((obs, old, node) -> details.show(node));
    }

    public NavigationViewModel navigation() {
        return navigation;
    }

    public DetailsViewModel details() {
        return details;
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

    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
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
        return reloadFromCache().whenComplete((v, e) -> cacheShown.complete(null)).thenCompose(v -> services.mode() == LaunchOptions.Mode.OFFLINE
                ? CompletableFuture.completedFuture(null)
                : refresh());
    }

    /** F5. Does nothing while a refresh runs, or offline (says so). */
    public CompletableFuture<Void> refresh() {
        if (refreshing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (services.mode() == LaunchOptions.Mode.OFFLINE) {
            activity.set(services.signInAllowed() ? "No accounts yet: add one in the Accounts panel."
                    : "Offline: nothing is contacted. Start without --offline to use your accounts.");
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
                .submit(() -> services.refresh(listener))
                .handleAsync(this::finished, FxBridge.executor())
                .thenCompose(v -> reloadFromCache())
                .thenCompose(v -> {
                    if (!refreshAgain) {
                        return CompletableFuture.completedFuture(null);
                    }
                    refreshAgain = false;
                    return refresh();
                });
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
        return null;
    }

    /** Tree, details and freshness from the cache; completes on the FX thread. */
    private CompletableFuture<Void> reloadFromCache() {
        CompletableFuture<Void> tree = navigation.reload();
        if (services.mode() != LaunchOptions.Mode.SANDBOX) {
            accounts.reload(); // tenants and subscriptions the refresh found, and why some could not be read
        }
        CompletableFuture<Void> status = services.background()
                .submit(() -> services.store().listings(services.viewScope()))
                .thenAcceptAsync(listings -> {
                    Instant last = listings.stream().map(Listing::lastCompleteAt)
                            .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
                    freshness.set(last == null ? "Never refreshed" : "Last complete refresh " + Format.instant(last));
                    if (services.mode() == LaunchOptions.Mode.OFFLINE) {
                        String noAccounts = services.signInAllowed() ? " · No accounts yet: add one in the Accounts panel" : "";
                        banner.set((last == null
                                ? "Offline — nothing cached yet in " + services.dataDir()
                                : "Offline — data as of " + Format.instant(last)) + noAccounts);
                    }
                }, FxBridge.executor());
        return CompletableFuture.allOf(tree, status).thenCompose(v -> details.reload());
    }

    private static String lower(String what) {
        return what.isEmpty() ? what : Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

}
