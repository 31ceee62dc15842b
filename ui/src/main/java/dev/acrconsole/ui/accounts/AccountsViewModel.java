package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.accounts.AccountOverview;
import dev.acrconsole.app.accounts.Accounts;
import dev.acrconsole.app.accounts.DeviceCodePrompt;
import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.app.settings.Settings;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/**
 * The accounts panel's state: every account with its tenants and subscription filter, the keyring notice, a device
 * code waiting for the user, and what went wrong last. Every action runs on {@link Background}; results come back
 * on the FX thread's executor. {@code changed} tells the window to refresh or re-read its tree.
 */
public final class AccountsViewModel {
    private final Supplier<Accounts> accounts;
    private final Background background;
    private final java.util.concurrent.Executor fx;
    private final Runnable changed;
    private final boolean signInAllowed;
    private final ReadOnlyListWrapper<AccountOverview> list = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> clouds = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<DeviceCodePrompt> deviceCode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper signingIn = new ReadOnlyBooleanWrapper(false);
    private CompletableFuture<?> pendingSignIn;

    /**
     * @param accounts opens the accounts (slow the first time: called on the background thread only)
     * @param fx       the FX thread's executor, where results land
     */
    public AccountsViewModel(Supplier<Accounts> accounts, Background background, java.util.concurrent.Executor fx,
                             boolean signInAllowed, Runnable changed) {
        this.accounts = accounts;
        this.background = background;
        this.fx = fx;
        this.signInAllowed = signInAllowed;
        this.changed = changed;
    }

    public ReadOnlyListProperty<AccountOverview> accountsProperty() {
        return list.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<String> cloudsProperty() {
        return clouds.getReadOnlyProperty();
    }

    /** One line when tokens and secrets are kept in memory only (no OS keyring), or the network settings failed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The device code to show while a device-code sign-in waits for the user; null otherwise. */
    public ReadOnlyObjectProperty<DeviceCodePrompt> deviceCodeProperty() {
        return deviceCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signingInProperty() {
        return signingIn.getReadOnlyProperty();
    }

    /** False when started with --offline or --sandbox: accounts are shown, nothing signs in. */
    public boolean signInAllowed() {
        return signInAllowed;
    }

    /** Re-reads accounts, tenants and subscriptions from the settings and the cache; completes on the FX thread. */
    public CompletableFuture<Void> reload() {
        return background.submit(() -> {
            Accounts a = accounts.get();
            String line = a.keyringNotice().orElse("") + a.networkProblem().map(p -> (a.keyringNotice().isPresent() ? " · " : "") + p).orElse("");
            return new Snapshot(a.overview(), a.settings().allClouds().stream().map(CloudSettings::name).toList(), line);
        }).handleAsync((snapshot, e) -> {
            if (e != null) {
                error.set(ArmErrors.describe(e));
            } else {
                if (!list.equals(snapshot.overview())) {
                    list.setAll(snapshot.overview()); // re-rendering unchanged cards would lose focus and clicks
                }
                if (!clouds.equals(snapshot.clouds())) {
                    clouds.setAll(snapshot.clouds());
                }
                notice.set(snapshot.notice());
            }
            return null;
        }, fx);
    }

    /** Adds an account; a browser or device-code sign-in stays pending (cancellable) until the user finishes it. */
    public CompletableFuture<Void> add(AddAccountRequest r) {
        if (!guard()) {
            return CompletableFuture.completedFuture(null);
        }
        return switch (r.kind()) {
            case BROWSER, DEVICE_CODE -> signIn(r.kind().label(), () -> {
                Accounts a = accounts.get();
                addCloudIfNew(a, r);
                return a.signIn(r.kind(), r.cloud(), r.tenant(), this::showDeviceCode);
            });
            case AZURE_CLI -> act("Asking the Azure CLI for a token…", a -> {
                addCloudIfNew(a, r);
                return "Added " + a.addAzureCli(r.cloud(), r.tenant()).id();
            });
            case SERVICE_PRINCIPAL_SECRET, SERVICE_PRINCIPAL_CERTIFICATE -> act("Signing in as the service principal…", a -> {
                addCloudIfNew(a, r);
                return "Added " + a.addServicePrincipal(r.cloud(), r.tenant(), r.clientId(), r.secret(), r.certificatePath()).id();
            });
        };
    }

    /** Signs an account in to a tenant that needs it (interactively, for a user account). */
    public CompletableFuture<Void> signInTenant(String accountKey, String tenantId) {
        if (!guard()) {
            return CompletableFuture.completedFuture(null);
        }
        return signIn("tenant " + tenantId, () -> accounts.get().signInTenant(accountKey, tenantId, this::showDeviceCode));
    }

    /** Stops waiting for a browser or device-code sign-in; nothing is remembered. */
    public void cancelSignIn() {
        CompletableFuture<?> pending = pendingSignIn;
        if (pending != null) {
            pending.cancel(true);
        }
        pendingSignIn = null;
        deviceCode.set(null);
        signingIn.set(false);
        status.set("Sign-in cancelled.");
    }

    /** Opens another tenant: the next refresh signs in to it silently, or says why it cannot. */
    public CompletableFuture<Void> openTenant(String accountKey, String tenantId) {
        return act("Opening the tenant…", a -> {
            a.openTenant(accountKey, tenantId);
            return "Tenant opened: refreshing.";
        });
    }

    public CompletableFuture<Void> showSubscription(String accountKey, String subscriptionId, boolean shown) {
        return act(null, a -> {
            a.showSubscription(accountKey, subscriptionId, shown);
            return "";
        });
    }

    /**
     * "Keep everything for offline review": every refresh of the account reads every collection below every registry
     * (connected registries, tokens, scope maps, tasks, the latest runs, ...), not only the folders opened once.
     */
    public CompletableFuture<Void> keepEverything(String accountKey, boolean keep) {
        return act(null, a -> {
            a.keepEverything(accountKey, keep);
            return keep ? "Every refresh keeps everything of this account for offline review: refreshing."
                    : "Refreshes read only the folders you opened.";
        });
    }

    public CompletableFuture<Void> remove(String accountKey, boolean deleteCachedData) {
        return act("Removing the account…", a -> {
            int rows = a.remove(accountKey, deleteCachedData);
            return deleteCachedData ? "Account removed with its " + rows + " cached resources." : "Account removed; its cached data is kept.";
        });
    }

    public CompletableFuture<Void> enterSecret(String accountKey, String secret) {
        return act("Saving the secret…", a -> {
            a.enterSecret(accountKey, secret);
            return "Secret entered: refreshing.";
        });
    }

    public CompletableFuture<Void> saveNetwork(ProxySettings proxy, String password, String caCertificate) {
        return act("Saving network settings…", a -> {
            a.saveNetwork(proxy, password, caCertificate);
            return "Network settings saved.";
        });
    }

    /** The current settings, read on the background thread (for the network dialog). */
    public CompletableFuture<Settings> settings() {
        return background.submit(() -> accounts.get().settings());
    }

    private boolean guard() {
        if (!signInAllowed) {
            error.set("Started with --offline or --sandbox: nothing signs in. Start without them to use accounts.");
            return false;
        }
        if (signingIn.get()) {
            error.set("Finish or cancel the sign-in in progress first.");
            return false;
        }
        return true;
    }

    private CompletableFuture<Void> signIn(String what, SignInStart start) {
        signingIn.set(true);
        error.set("");
        status.set("Signing in (" + what + ")…");
        CompletableFuture<Void> done = new CompletableFuture<>();
        background.submit(start::begin).whenCompleteAsync((future, e) -> {
            if (e != null) {
                finishSignIn(e);
                done.complete(null);
                return;
            }
            pendingSignIn = future;
            future.whenCompleteAsync((v, failure) -> {
                if (pendingSignIn == future) {
                    finishSignIn(failure);
                }
                done.complete(null);
            }, fx);
        }, fx);
        return done;
    }

    private void finishSignIn(Throwable failure) {
        pendingSignIn = null;
        deviceCode.set(null);
        signingIn.set(false);
        if (failure == null) {
            status.set("Signed in.");
            afterChange();
        } else if (!(unwrap(failure) instanceof CancellationException)) {
            status.set("");
            error.set("Sign-in failed: " + ArmErrors.describe(unwrap(failure)));
        }
    }

    private void showDeviceCode(DeviceCodePrompt prompt) {
        fx.execute(() -> {
            if (signingIn.get()) {
                deviceCode.set(prompt);
                status.set("Waiting for you to enter the code…");
            }
        });
    }

    private CompletableFuture<Void> act(String running, Action action) {
        if (running != null) {
            status.set(running);
        }
        error.set("");
        return background.submit(() -> action.run(accounts.get())).handleAsync((message, e) -> {
            if (e != null) {
                status.set("");
                error.set(unwrap(e) instanceof IllegalArgumentException iae ? iae.getMessage() : ArmErrors.describe(unwrap(e)));
            } else {
                status.set(message);
                afterChange();
            }
            return null;
        }, fx);
    }

    private void afterChange() {
        reload();
        changed.run();
    }

    private static void addCloudIfNew(Accounts a, AddAccountRequest r) {
        if (r.newCloud() != null) {
            a.addCloud(r.newCloud());
        }
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private record Snapshot(List<AccountOverview> overview, List<String> clouds, String notice) {}

    @FunctionalInterface
    private interface Action {
        String run(Accounts accounts);
    }

    @FunctionalInterface
    private interface SignInStart {
        CompletableFuture<?> begin();
    }

    /** The key an account is known by in actions (stable across renames of its label). */
    public static String key(AccountOverview o) {
        AccountSettings s = o.settings();
        return s.key();
    }
}
