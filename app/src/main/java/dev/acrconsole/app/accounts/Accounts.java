package dev.acrconsole.app.accounts;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.identity.AuthenticationRecord;
import com.microsoft.aad.msal4j.OpenBrowserAction;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.net.HttpClientFactory;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshOptions;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.app.settings.Settings;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Listing;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.ResourceStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The accounts of this data dir: remembered in the settings file, signed in through azure-identity, refreshed into
 * the cache each under its own scope. Every method may block (disk, network, the OS keyring): call it from a
 * background thread. Interactive sign-in returns a future the caller can cancel.
 */
public final class Accounts {
    static final String PROXY_PASSWORD = "proxy-password";

    private final SettingsFile file;
    private final ResourceStore store;
    private final KindCatalog kinds;
    private final Clock clock;
    private final Map<String, String> env;
    private final Keyring keyring;
    private final Map<String, LiveAccount> live = new LinkedHashMap<>();
    private volatile Settings settings;
    private final Object httpLock = new Object();
    private HttpClient http; // guarded by httpLock
    private volatile String networkProblem;
    private final Path secretsDir;
    private final OpenBrowserAction browser;

    public Accounts(Path dataDir, ResourceStore store, KindCatalog kinds, Clock clock, Map<String, String> env, Keyring keyring) {
        this(dataDir, store, kinds, clock, env, keyring, null);
    }

    /** @param browser opens the browser sign-in page (tests drive it); null for the system browser */
    public Accounts(Path dataDir, ResourceStore store, KindCatalog kinds, Clock clock, Map<String, String> env, Keyring keyring,
                    OpenBrowserAction browser) {
        this.secretsDir = dataDir.resolve("secrets");
        this.browser = browser;
        this.file = new SettingsFile(dataDir);
        this.store = store;
        this.kinds = kinds;
        this.clock = clock;
        this.env = Map.copyOf(env);
        this.keyring = keyring;
        this.settings = file.load();
    }

    /** Opens the data dir's accounts, probing the OS keyring (slow-ish: call it off the UI thread). */
    public static Accounts open(Path dataDir, ResourceStore store, KindCatalog kinds, Clock clock) {
        return new Accounts(dataDir, store, kinds, clock, System.getenv(), Keyring.probe(dataDir));
    }

    /** Registry logins (a scope-map token, the admin user) the user chose to keep, in the same keyring. */
    public KeyringLogins registryLogins() {
        return new KeyringLogins(keyring.store());
    }

    /** The one-line notice when tokens and secrets are kept in memory only; empty when the OS keyring works. */
    public Optional<String> keyringNotice() {
        return keyring.notice();
    }

    /** Why the saved network settings could not be applied (e.g. the CA file went missing); empty when they were. */
    public Optional<String> networkProblem() {
        if (settings.caCertificate() != null) {
            // The one saved setting that can fail to apply (proxies are checked when made) shows when the client is
            // made; without it, there is nothing to find, and an offline start need not make a client to say so.
            http();
        }
        return Optional.ofNullable(networkProblem);
    }

    public Settings settings() {
        return settings;
    }

    public boolean isEmpty() {
        return settings.accounts().isEmpty();
    }

    /** Every account with its tenants and subscriptions as last cached. */
    public List<AccountOverview> overview() {
        List<AccountOverview> out = new ArrayList<>();
        for (AccountSettings a : settings.accounts()) {
            out.add(overview(a));
        }
        return out;
    }

    // ---- adding accounts ----

    /**
     * Signs a new user in (browser or device code) and remembers the account. Device codes go to {@code prompts}.
     * Cancelling the future abandons the sign-in; a device code left behind simply expires.
     */
    public CompletableFuture<AccountSettings> signIn(AccountKind kind, String cloudName, String tenant, Consumer<DeviceCodePrompt> prompts) {
        if (!kind.interactive()) {
            throw new IllegalArgumentException(kind.label() + " does not sign in interactively");
        }
        CloudSettings cloud = cloud(cloudName);
        AccountSettings draft = new AccountSettings("new", kind, cloud.name(), blankToNull(tenant), null, null, null, null, null);
        UserCredential credential = (UserCredential) factory().create(draft, cloud);
        LiveAccount account = new LiveAccount(draft, cloud, credential, http());
        return credential.signIn(draft.tenantId(), account.armScope(), prompts).thenApply(record -> {
            String user = record.getUsername() == null ? record.getHomeAccountId() : record.getUsername();
            AccountSettings done = new AccountSettings(user.toLowerCase(Locale.ROOT), kind, cloud.name(), homeTenant(record),
                    null, null, serialize(record), null, null);
            account.update(done);
            remember(done, account);
            return done;
        });
    }

    /** Uses the Azure CLI's {@code az login}: checks that az gives a token, and names the account after it. */
    public AccountSettings addAzureCli(String cloudName, String tenant) {
        CloudSettings cloud = cloud(cloudName);
        AccountSettings draft = new AccountSettings("az", AccountKind.AZURE_CLI, cloud.name(), blankToNull(tenant), null, null, null, null, null);
        TokenCredential credential = factory().create(draft, cloud);
        LiveAccount probe = new LiveAccount(draft, cloud, credential, http());
        String token;
        try {
            token = credential.getTokenSync(probe.tokenRequest(draft.tenantId())).getToken();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(SignInProblems.describe(e, draft.tenantId()), e);
        }
        Optional<AccessTokenClaims> claims = AccessTokenClaims.read(token);
        String tenantId = draft.tenantId() != null ? draft.tenantId() : claims.map(AccessTokenClaims::tenantId).orElse(null);
        String name = claims.map(AccessTokenClaims::name).orElse(tenantId == null ? "default" : tenantId);
        AccountSettings done = new AccountSettings("az:" + name.toLowerCase(Locale.ROOT), AccountKind.AZURE_CLI, cloud.name(),
                tenantId, null, null, null, null, null);
        remember(done, null);
        return done;
    }

    /**
     * Adds a service principal after checking it gets a token. {@code secret} is the client secret (or a PFX file's
     * password): it goes to the OS keyring when there is one, else into memory for this run only.
     */
    public AccountSettings addServicePrincipal(String cloudName, String tenantId, String clientId, String secret, String certificatePath) {
        CloudSettings cloud = cloud(cloudName);
        ServicePrincipalInput input = ServicePrincipalInput.check(tenantId, clientId, secret, certificatePath);
        AccountSettings account = new AccountSettings("app:" + input.clientId(), input.kind(), cloud.name(), input.tenantId(),
                input.clientId(), input.certificatePath(), null, null, null);
        String key = CredentialFactory.secretKey(account);
        // The same app added again: a secret that fails must not cost the one that works.
        Optional<String> kept = keyring.store().read(key);
        if (input.secret() != null) {
            keyring.store().write(key, input.secret());
        }
        try {
            TokenCredential credential = factory().create(account, cloud);
            LiveAccount probe = new LiveAccount(account, cloud, credential, http());
            probe.checkToken(input.tenantId());
            remember(account, probe);
            return account;
        } catch (RuntimeException e) {
            kept.ifPresentOrElse(working -> keyring.store().write(key, working), () -> keyring.store().delete(key));
            throw new IllegalArgumentException(SignInProblems.describe(e, input.tenantId()), e);
        }
    }

    /** A service principal's secret typed again (no OS keyring kept it from the last run). */
    public void enterSecret(String accountKey, String secret) {
        AccountSettings a = account(accountKey);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("The client secret is empty");
        }
        keyring.store().write(CredentialFactory.secretKey(a), secret);
        synchronized (live) {
            live.remove(accountKey); // rebuilt with the secret on next use
        }
    }

    // ---- changing accounts ----

    /**
     * Opens another tenant of an account without signing in: the next refresh gets its token silently (a user's
     * refresh token usually works for guest tenants) or records why it could not (MFA, sign-in needed).
     */
    public void openTenant(String accountKey, String tenantId) {
        update(accountKey, a -> a.withTenantOpened(tenantId));
    }

    /**
     * Signs in to another tenant of an account. A user account signs in to it interactively (the browser, or a device code
     * to {@code prompts}); the others just start reading it.
     */
    public CompletableFuture<Void> signInTenant(String accountKey, String tenantId, Consumer<DeviceCodePrompt> prompts) {
        LiveAccount account = liveAccount(accountKey);
        update(accountKey, a -> a.withTenantOpened(tenantId));
        if (!account.settings().kind().interactive()) {
            return CompletableFuture.completedFuture(null);
        }
        return ((UserCredential) account.credential()).signIn(tenantId, account.armScope(), prompts).thenAccept(record -> { });
    }

    /** "Keep everything for offline review": every refresh of the account reads every collection below every registry. */
    public void keepEverything(String accountKey, boolean keep) {
        update(accountKey, a -> a.withKeepEverything(keep));
    }

    public void showSubscription(String accountKey, String subscriptionId, boolean shown) {
        update(accountKey, a -> a.withSubscriptionShown(subscriptionId, shown));
    }

    /**
     * Forgets an account: its settings, its stored secret, and (if {@code deleteCachedData}) every cached row of its
     * scope. Returns how many cached resources were deleted.
     */
    public int remove(String accountKey, boolean deleteCachedData) {
        AccountSettings a = account(accountKey);
        synchronized (this) {
            settings = settings.withoutAccount(accountKey);
            file.save(settings);
        }
        synchronized (live) {
            live.remove(accountKey);
        }
        if (a.kind().servicePrincipal()) {
            keyring.store().delete(CredentialFactory.secretKey(a));
        }
        return deleteCachedData ? store.deleteScope(LiveAccount.scope(a)) : 0;
    }

    /** Adds a custom cloud (ARM endpoint, authority, audience). */
    public synchronized void addCloud(CloudSettings cloud) {
        settings = settings.withCloud(cloud);
        file.save(settings);
    }

    /**
     * Saves the proxy and the extra CA certificate, after checking the certificate file reads. The proxy password
     * goes to the keyring (or memory), never the settings file. Accounts reconnect through the new client.
     */
    public synchronized void saveNetwork(ProxySettings proxy, String proxyPassword, String caCertificate) {
        Settings next = settings.withProxy(proxy).withCaCertificate(blankToNull(caCertificate));
        if (proxyPassword != null && !proxyPassword.isEmpty()) {
            keyring.store().write(PROXY_PASSWORD, proxyPassword);
        } else if (proxy.userName() == null) {
            keyring.store().delete(PROXY_PASSWORD);
        }
        HttpClient client = httpClient(next); // throws on a bad certificate file, before anything is saved
        file.save(next);
        settings = next;
        synchronized (httpLock) {
            http = client;
            networkProblem = null;
        }
        synchronized (live) {
            live.clear();
        }
    }

    // ---- ARM's read budget ----

    private final java.util.List<java.util.function.Consumer<ArmClients>> budgetWatchers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Set<ArmClients> watchedClients = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Hears of each account's ARM clients (their {@link ArmClients#budget()}) once, when first used, and those used so far. */
    public void watchBudgets(java.util.function.Consumer<ArmClients> watcher) {
        budgetWatchers.add(watcher);
        watchedClients.forEach(watcher);
    }

    private ArmClients watched(ArmClients arm) {
        if (watchedClients.add(arm)) {
            budgetWatchers.forEach(w -> w.accept(arm));
        }
        return arm;
    }

    // ---- refreshing ----

    /** Refreshes every account in turn; each reads only its own opened tenants and shown subscriptions. */
    public RefreshReport refresh(RefreshListener listener) {
        Instant started = clock.instant();
        RefreshReport report = new RefreshReport(started, started, 0, List.of());
        for (AccountSettings a : settings.accounts()) {
            if (listener.cancelled()) {
                break; // what the accounts before read stands
            }
            report = report.plus(refresh(a.key(), listener));
        }
        return report;
    }

    /** One account: its tenants, then the subscriptions (and below) of each tenant it has opened. */
    public RefreshReport refresh(String accountKey, RefreshListener listener) {
        return refresh(accountKey, false, listener);
    }

    /**
     * As {@link #refresh(String, RefreshListener)}; {@code everything} reads every collection below every registry
     * whatever the account's setting says (the headless {@code refresh --all}).
     */
    public RefreshReport refresh(String accountKey, boolean everything, RefreshListener listener) {
        Instant started = clock.instant();
        LiveAccount account;
        try {
            account = liveAccount(accountKey);
        } catch (MissingSecretException e) {
            return failed(account(accountKey), null, ListingKeys.TENANTS, TenantKind.KIND, e.getMessage(), started, listener);
        }
        AccountSettings a = account.settings();
        String home = tokenProblem(account, a.tenantId(), null);
        if (home != null) {
            return failed(a, null, ListingKeys.TENANTS, TenantKind.KIND, home, started, listener);
        }
        RefreshOptions options = new RefreshOptions(settings.refresh().maxRequestsInFlight(), a.keepEverything() || everything);
        RefreshReport report = new RefreshService(watched(account.arm(a.tenantId())), null, store, kinds, clock, options)
                .refreshTenants(listener);
        if (!report.complete()) {
            return report;
        }
        for (CachedResource tenant : store.resources(account.scope(), TenantKind.KIND)) {
            String tenantId = tenant.tenantId();
            if (listener.cancelled()) {
                break;
            }
            if (!account.settings().opened(tenantId)) {
                continue; // listed, but not signed in to until the user opens it: no prompt storm
            }
            String problem = tokenProblem(account, tenantId, tenant.name());
            if (problem != null) {
                report = report.plus(failed(a, tenant.name(), ListingKeys.subscriptions(tenantId), SubscriptionKind.KIND, problem,
                        clock.instant(), listener));
                continue;
            }
            report = report.plus(new RefreshService(watched(account.arm(tenantId)), null, store, kinds, clock, options)
                    .refreshTenant(tenant.name(), tenantId, id -> !account.settings().hidden(id), listener));
        }
        return report;
    }

    // ---- internals ----

    private RefreshReport failed(AccountSettings a, String tenantName, String key, ResourceKind kind, String problem, Instant at,
                                 RefreshListener listener) {
        store.recordFailure(LiveAccount.scope(a), key, kind, problem, at);
        String what = "Sign-in of " + a.id() + (tenantName == null ? "" : " to " + tenantName);
        listener.listingFailed(what, problem);
        return new RefreshReport(at, clock.instant(), 0, List.of(new RefreshReport.Failure(what, problem)));
    }

    /** Null when the account gets a token for the tenant silently; else why not, as a {@link SignInProblems} line. */
    private static String tokenProblem(LiveAccount account, String tenantId, String tenantName) {
        try {
            account.checkToken(tenantId);
            return null;
        } catch (RuntimeException e) {
            return SignInProblems.describe(e, tenantName != null ? tenantName : tenantId);
        }
    }

    private AccountOverview overview(AccountSettings a) {
        var scope = LiveAccount.scope(a);
        Map<String, Listing> listings = new LinkedHashMap<>();
        store.listings(scope).forEach(l -> listings.put(l.key(), l));
        List<CachedResource> tenants = new ArrayList<>(store.resources(scope, TenantKind.KIND));
        if (tenants.isEmpty() && a.tenantId() != null) {
            tenants.add(new CachedResource(scope, "/tenants/" + a.tenantId(), TenantKind.KIND, a.tenantId(), null,
                    a.tenantId(), null, null, null, null, null, null, "{}", Instant.EPOCH));
        }
        List<CachedResource> subscriptions = store.resources(scope, SubscriptionKind.KIND);
        List<AccountOverview.Tenant> out = new ArrayList<>();
        for (CachedResource t : tenants) {
            Listing l = listings.get(ListingKeys.subscriptions(t.tenantId()));
            List<AccountOverview.Subscription> subs = subscriptions.stream()
                    .filter(s -> t.tenantId().equalsIgnoreCase(s.tenantId()))
                    .map(s -> new AccountOverview.Subscription(s.subscriptionId(), s.name(), !a.hidden(s.subscriptionId()))).toList();
            out.add(new AccountOverview.Tenant(t.tenantId(), t.name(), a.opened(t.tenantId()), l != null && l.lastCompleteAt() != null,
                    l == null ? null : l.lastError(), subs));
        }
        Listing tenantListing = listings.get(ListingKeys.TENANTS);
        return new AccountOverview(a, out, tenantListing == null ? null : tenantListing.lastError());
    }

    private void remember(AccountSettings account, LiveAccount liveAccount) {
        synchronized (this) {
            settings = settings.withAccount(account);
            file.save(settings);
        }
        synchronized (live) {
            if (liveAccount != null) {
                live.put(account.key(), liveAccount);
            } else {
                live.remove(account.key());
            }
        }
    }

    private synchronized void update(String accountKey, java.util.function.UnaryOperator<AccountSettings> change) {
        account(accountKey);
        settings = settings.updateAccount(accountKey, change);
        file.save(settings);
        AccountSettings now = account(accountKey);
        synchronized (live) {
            LiveAccount l = live.get(accountKey);
            if (l != null) {
                l.update(now);
            }
        }
    }

    /**
     * The SDK clients of the account whose cached rows are in {@code scope}, with tokens for {@code tenantId}: what
     * writes to those resources. Empty when no remembered account has that scope.
     */
    public Optional<ArmClients> arm(CacheScope scope, String tenantId) {
        for (AccountSettings a : settings.accounts()) {
            if (LiveAccount.scope(a).equals(scope)) {
                return Optional.of(watched(liveAccount(a.key()).arm(tenantId)));
            }
        }
        return Optional.empty();
    }

    private LiveAccount liveAccount(String accountKey) {
        synchronized (live) {
            LiveAccount l = live.get(accountKey);
            if (l == null) {
                AccountSettings a = account(accountKey);
                CloudSettings cloud = cloud(a.cloud());
                l = new LiveAccount(a, cloud, factory().create(a, cloud), http());
                live.put(accountKey, l);
            }
            return l;
        }
    }

    private AccountSettings account(String accountKey) {
        return settings.account(accountKey).orElseThrow(() -> new IllegalArgumentException("No such account: " + accountKey));
    }

    private CloudSettings cloud(String name) {
        return settings.cloud(name).orElseThrow(() -> new IllegalArgumentException("Unknown cloud: " + name));
    }

    private CredentialFactory factory() {
        return new CredentialFactory(http(), keyring, secretsDir, browser);
    }

    /**
     * The saved settings' client; if they no longer work (a CA file moved), the default one and a problem to show.
     * Made on first use: making one (TLS context, proxy, extra CA) takes ~100 ms, which an offline start, sending no
     * request, would otherwise pay before the tree shows.
     */
    private HttpClient http() {
        synchronized (httpLock) { // its own lock: callers may hold this or live
            if (http == null) {
                try {
                    http = httpClient(settings);
                } catch (IllegalArgumentException e) {
                    networkProblem = "Network settings not applied: " + e.getMessage();
                    http = httpClient(Settings.EMPTY);
                }
            }
            return http;
        }
    }

    private HttpClient httpClient(Settings s) {
        char[] password = keyring.store().read(PROXY_PASSWORD).map(String::toCharArray).orElse(null);
        return HttpClientFactory.create(s.proxy(), password, s.caCertificate() == null ? null : Path.of(s.caCertificate()), env);
    }

    /**
     * The user's home tenant. A sign-in to "organizations" records that word as its tenant; the home account id
     * ({@code objectId.tenantId}) has the real one.
     */
    static String homeTenant(AuthenticationRecord record) {
        String tenant = record.getTenantId();
        boolean alias = tenant == null || tenant.equalsIgnoreCase("organizations") || tenant.equalsIgnoreCase("common");
        String home = record.getHomeAccountId();
        if (alias && home != null && home.indexOf('.') > 0) {
            return home.substring(home.indexOf('.') + 1);
        }
        return tenant;
    }

    private static String serialize(AuthenticationRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record.serialize(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
