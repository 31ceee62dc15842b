package dev.acrconsole.ui.services;

import dev.acrconsole.app.accounts.Accounts;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.dataplane.DataPlanes;
import dev.acrconsole.app.dataplane.RegistryHosts;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.Background;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.operations.OperationsListener;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.review.CacheReview;
import dev.acrconsole.app.settings.SettingsFile;
import dev.acrconsole.app.guard.Guard;
import dev.acrconsole.ui.guard.GuardSetup;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheRecovery;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CacheSettings;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.catalog.UiKinds;
import dev.acrconsole.ui.kind.UiCatalog;
import dev.acrconsole.ui.navigation.AccountTree;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.navigation.NavShape;
import dev.acrconsole.ui.navigation.NavTree;
import dev.acrconsole.ui.page.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The composition root: the cache, the background executor, and (unless offline) the ARM session
 * and its refresh service. In sandbox mode it also owns the in-process sandbox.
 */
public final class AppServices implements AutoCloseable {
    public static final String SANDBOX_ACCOUNT = "sandbox";
    /** Where the sandbox of {@code --sandbox} keeps its state, in the data dir (ADR 0015). */
    public static final String SANDBOX_STATE_FILE = "sandbox-state.json";
    /** The id of the sandbox this cache's sandbox operations were last sent to (a cache setting). */
    static final String SANDBOX_ID_SETTING = "sandbox.id";
    private static final String SANDBOX_GONE = "It was sent to a sandbox that no longer exists (reset, or started"
            + " without its state): no answer will come.";
    private static final String SANDBOX_RESET = "It was sent to the sandbox before it was reset: no answer will come.";

    private final LaunchOptions.Mode requestedMode;
    private volatile LaunchOptions.Mode mode;
    private volatile Accounts accounts;
    private final Path dataDir;
    private final CacheDatabase db;
    private final ResourceStore store;
    private final OperationJournal journal;
    private final Background background;
    private final Clock clock;
    private final KindCatalog kinds = Kinds.CATALOG;
    private final UiCatalog uiKinds = UiKinds.CATALOG;
    private final NavShape shape = new NavShape(kinds, uiKinds);
    private final SandboxConfig sandboxConfig;
    private volatile SandboxServer sandbox;
    private volatile CompletableFuture<List<NavNode>> navigationPrefetch;
    private volatile Session session;
    private CacheReview review;
    private volatile boolean damageUnasked;
    /** Live mode: one session per account and tenant, made when first needed. */
    private final java.util.Map<String, Session> liveSessions = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<OperationsListener> operationsListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String sandboxNote;
    private final Guard guard;

    /** As the command line makes them: in sandbox mode, the sandbox keeps its state in the data dir across restarts. */
    public AppServices(LaunchOptions.Mode mode, Path dataDir, CacheDatabase db, Clock clock) {
        this(mode, dataDir, db, clock, SandboxConfig.defaults().withStateFile(dataDir.resolve(SANDBOX_STATE_FILE)));
    }

    /** With a sandbox of another shape (benchmarks use the scale dataset). */
    public AppServices(LaunchOptions.Mode mode, Path dataDir, CacheDatabase db, Clock clock, SandboxConfig sandboxConfig) {
        this.sandboxConfig = sandboxConfig;
        this.requestedMode = mode;
        // Live with the remembered accounts; with none yet, offline until the first is added (see README).
        this.mode = mode == LaunchOptions.Mode.LIVE && new SettingsFile(dataDir).load().accounts().isEmpty()
                ? LaunchOptions.Mode.OFFLINE : mode;
        this.dataDir = dataDir;
        this.db = db;
        this.store = new ResourceStore(db);
        this.journal = new OperationJournal(db);
        // Refresh, cache reads and operation polls (at most four at a time) share these threads.
        this.background = new ThreadPoolBackground("acr-console", 6);
        this.clock = clock;
        this.guard = GuardSetup.guard(dataDir);
    }

    /** Production marks and read-only mode; asked before every operation is sent. */
    public Guard guard() {
        return guard;
    }

    public LaunchOptions.Mode mode() {
        return mode;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ResourceStore store() {
        return store;
    }

    /** The cache file: its change notices and the kinds' policy it applies. */
    public CacheDatabase database() {
        return db;
    }

    public Background background() {
        return background;
    }

    /**
     * Starts reading and building the tree now, so it is ready when the window is: the work overlaps the JavaFX
     * toolkit's start and the window's first CSS pass instead of following them.
     */
    public void prefetchNavigation() {
        Function<List<NavigationRow>, List<NavNode>> outline = navigationOutline();
        navigationPrefetch = background.submit(() -> outline.apply(store.navigationRows(viewScope())));
    }

    /** The tree {@link #prefetchNavigation} built, once; null if none was started or it was taken. */
    public CompletableFuture<List<NavNode>> takeNavigationPrefetch() {
        CompletableFuture<List<NavNode>> nodes = navigationPrefetch;
        navigationPrefetch = null;
        return nodes;
    }

    // ---- accounts (sign-in issue) ----

    /** True unless started with --sandbox or --offline: the user may add accounts and go live. */
    public boolean signInAllowed() {
        return requestedMode == LaunchOptions.Mode.LIVE;
    }

    /** The data dir's accounts, opened on first use (it probes the OS keyring: call it on a background thread). */
    public synchronized Accounts accounts() {
        if (accounts == null) {
            accounts = Accounts.open(dataDir, store, kinds, clock);
            budgetWatchers.forEach(accounts::watchBudgets);
        }
        return accounts;
    }

    /** After the first account was added to a window that opened offline for want of one. */
    public void goLive() {
        if (signInAllowed()) {
            mode = LaunchOptions.Mode.LIVE;
        }
    }

    /** Refreshes whatever this mode reads: the sandbox, or every account; nothing offline. Blocks: background only. */
    public Optional<RefreshReport> refresh(RefreshListener listener) {
        return switch (mode) {
            case SANDBOX -> refreshService().map(s -> s.with(sandboxRefreshOptions(dataDir, false)).refreshAll(listener));
            case LIVE -> {
                RefreshReport report = accounts().refresh(listener);
                resumeLiveOperations();
                yield Optional.of(report);
            }
            case OFFLINE, SNAPSHOT -> Optional.empty();
        };
    }

    /** The sandbox's data planes: each sample registry with contents answers on a port of its own. */
    static DataPlanes sandboxDataPlanes(ArmClients arm, SandboxServer sandbox, Clock clock) {
        // Its login server stays as ARM says it.
        return new DataPlanes(arm, loginServer -> sandbox.dataPlaneUrl(loginServer).orElseThrow(
                () -> new IllegalArgumentException("The sandbox serves no contents for " + loginServer)), clock);
    }

    /** How the sandbox is refreshed: settings.json's in-flight cap and its "keep everything" (or {@code everything}). */
    static dev.acrconsole.app.refresh.RefreshOptions sandboxRefreshOptions(Path dataDir, boolean everything) {
        dev.acrconsole.app.settings.RefreshSettings s = new SettingsFile(dataDir).load().refresh();
        return new dev.acrconsole.app.refresh.RefreshOptions(s.maxRequestsInFlight(), everything || s.sandboxKeepsEverything());
    }

    /** Sandbox mode: whether every refresh reads every collection below every registry (settings.json). */
    public boolean sandboxKeepsEverything() {
        return new SettingsFile(dataDir).load().refresh().sandboxKeepsEverything();
    }

    public void sandboxKeepsEverything(boolean keep) {
        SettingsFile file = new SettingsFile(dataDir);
        file.saveRefresh(file.load().refresh().withSandboxKeepsEverything(keep));
    }

    /**
     * How cache rows become the tree: the sandbox's as they are; otherwise one root per account (live: the
     * remembered accounts only; offline: every cached scope too), each saying why it is empty if it is.
     */
    public Function<List<NavigationRow>, List<NavNode>> navigationOutline() {
        if (mode == LaunchOptions.Mode.SANDBOX) {
            return rows -> NavTree.build(rows, shape);
        }
        if (mode == LaunchOptions.Mode.SNAPSHOT) {
            return rows -> AccountTree.build(rows, List.of(), true, shape); // the snapshot's accounts, not this machine's
        }
        return rows -> AccountTree.build(rows, accountGroups(), mode == LaunchOptions.Mode.OFFLINE, shape);
    }

    /** The kinds: what describes each, for the app's services and for the window. */
    public KindCatalog kinds() {
        return kinds;
    }

    public UiCatalog uiKinds() {
        return uiKinds;
    }

    private List<AccountTree.Group> accountGroups() {
        return accounts().overview().stream().map(o -> new AccountTree.Group(o.scope(), o.settings().id(),
                o.tenants().stream().flatMap(t -> t.subscriptions().stream()).filter(sub -> !sub.shown())
                        .map(sub -> CachedResource.idKey("/subscriptions/" + sub.subscriptionId())).collect(Collectors.toSet()),
                o.whyNoSubscriptions().orElse(null))).toList();
    }

    /** The scope views show: the sandbox's in sandbox mode; every scope otherwise (the tree groups them by account). */
    public CacheScope viewScope() {
        return mode == LaunchOptions.Mode.SANDBOX ? new CacheScope(SANDBOX_ACCOUNT, ArmEndpoint.SANDBOX_CLOUD) : null;
    }

    /**
     * The connected session, connecting on first use (starting the sandbox makes a key pair, so it happens here, on
     * a background thread, not at start-up); operations left unfinished by an earlier run are picked up then. Empty
     * when offline, and in live mode until sign-in exists (the accounts issue). Blocks: call in the background.
     */
    public synchronized Optional<Session> session() {
        if (mode != LaunchOptions.Mode.SANDBOX) {
            return Optional.empty();
        }
        if (session == null) {
            sandbox = SandboxServer.start(sandboxConfig);
            sandbox.stateNote().ifPresent(note -> {
                System.err.println("acr-console: " + note);
                sandboxNote = note;
            });
            ArmClients arm = new ArmClients(new ArmSession(SANDBOX_ACCOUNT,
                    ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                    new StaticTokenCredential(SandboxServer.token())));
            DataPlanes dataPlanes = sandboxDataPlanes(arm, sandbox, clock);
            OperationsService operations = new OperationsService(arm, null, dataPlanes, journal, store, kinds, background, clock)
                    .guard(guard);
            operationsListeners.forEach(operations::addListener);
            session = new Session(arm, dataPlanes, new RefreshService(arm, dataPlanes, store, kinds, clock), operations,
                    new RegistryActions(arm));
            budgetWatchers.forEach(w -> w.accept(arm));
            CacheSettings settings = new CacheSettings(db);
            if (!sandbox.id().equals(settings.get(SANDBOX_ID_SETTING).orElse(null))) {
                // What the journal says is running was sent to another sandbox, which is gone with its operations.
                operations.abandonUnfinished(SANDBOX_GONE);
                settings.put(SANDBOX_ID_SETTING, sandbox.id());
            }
            operations.resume();
        }
        return Optional.of(session);
    }

    /**
     * Starts the sandbox again from its sample data (what the user made in it is gone; run ids go on); what is still
     * followed in it is marked lost first. Returns how many operations were. Sandbox mode only; blocks: background.
     */
    public synchronized int resetSandbox() {
        Session s = session().orElseThrow(() -> new IllegalStateException("Only the sandbox can be reset."));
        int lost = s.operations().abandonUnfinished(SANDBOX_RESET);
        sandbox.reset();
        new CacheSettings(db).put(SANDBOX_ID_SETTING, sandbox.id());
        return lost;
    }

    /** Why the sandbox started from its sample when it was to start from its state, once (then empty). */
    public Optional<String> takeSandboxNote() {
        String note = sandboxNote;
        sandboxNote = null;
        return Optional.ofNullable(note);
    }

    private final List<java.util.function.Consumer<ArmClients>> budgetWatchers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Hears of every ARM client set this run reads through (for its {@link ArmClients#budget()}): the sandbox's when it
     * connects, each account's when first used; those already made at once. Called on whichever thread made them.
     */
    public void watchBudgets(java.util.function.Consumer<ArmClients> watcher) {
        budgetWatchers.add(watcher);
        Session s = session;
        if (s != null) {
            watcher.accept(s.arm());
        }
        Accounts opened = accounts;
        if (opened != null) {
            opened.watchBudgets(watcher);
        }
    }

    /** Hears every session's operations, those connected later included. */
    public void addOperationsListener(OperationsListener listener) {
        operationsListeners.add(listener);
        if (session != null) {
            session.operations().addListener(listener);
        }
        liveSessions.values().forEach(s -> s.operations().addListener(listener));
    }

    /**
     * The session that writes to {@code scope}'s resources in {@code tenantId} (see {@link Sessions}): the sandbox's
     * once connected; live, the account's (made on first use, resuming its unfinished operations). Null otherwise.
     * Never blocks on the network; live, it needs the accounts opened (the first refresh does that).
     */
    public Session session(CacheScope scope, String tenantId) {
        if (mode == LaunchOptions.Mode.SANDBOX) {
            return session;
        }
        Accounts opened = accounts;
        if (mode != LaunchOptions.Mode.LIVE || opened == null || scope == null) {
            return null;
        }
        String key = scope.key() + "|" + (tenantId == null ? "" : tenantId.toLowerCase(java.util.Locale.ROOT));
        return liveSessions.computeIfAbsent(key, k -> opened.arm(scope, tenantId).map(arm -> {
            // Registry logins the user kept are in the keyring the accounts use.
            DataPlanes dataPlanes = new DataPlanes(arm, RegistryHosts.azure(), opened.registryLogins(), clock);
            OperationsService operations = new OperationsService(arm, tenantId, dataPlanes, journal, store, kinds, background,
                    clock).guard(guard);
            operationsListeners.forEach(operations::addListener);
            operations.resume();
            return new Session(arm, dataPlanes, new RefreshService(arm, dataPlanes, store, kinds, clock), operations,
                    new RegistryActions(arm));
        }).orElse(null));
    }

    /** True when changes can be sent: the sandbox connected, or live with accounts. */
    public boolean canChange() {
        return !guard.readOnly() && mode == LaunchOptions.Mode.SANDBOX ? session != null : mode == LaunchOptions.Mode.LIVE && accounts != null;
    }

    /** Live: follows the operations a former run left unfinished, each through its own account's session. */
    private void resumeLiveOperations() {
        journal.all().stream().filter(op -> op.state().followed())
                .forEach(op -> session(op.scope(), op.tenantId()));
    }

    /** The session if it is already connected; never connects (safe on the FX thread). */
    public Optional<Session> connectedSession() {
        return Optional.ofNullable(session);
    }

    /** The refresh service of the session; see {@link #session()}. */
    public Optional<RefreshService> refreshService() {
        return session().map(Session::refresh);
    }

    /** What the open snapshot says about itself, in snapshot mode; blocks on the cache. */
    public Optional<Snapshots.Info> snapshotInfo() {
        return mode == LaunchOptions.Mode.SNAPSHOT ? Optional.of(Snapshots.info(db)) : Optional.empty();
    }

    /** Offline or headless (set by the launcher): a damaged cache is moved aside without asking (ADR 0014). */
    public void moveDamageAsideUnasked(boolean unasked) {
        this.damageUnasked = unasked;
    }

    public boolean movesDamageAsideUnasked() {
        return damageUnasked || mode == LaunchOptions.Mode.OFFLINE;
    }

    /**
     * Moves the damaged cache aside for a fresh one under this window (what can be read of the journal, settings and
     * history kept), and says so on stderr as well as to the caller. Blocks: background only.
     */
    public CacheRecovery.Result startFreshCache() {
        String what = db.damage().map(Exception::getMessage).orElse("The cache was damaged.");
        CacheRecovery.Result result = db.startFresh(clock.instant());
        System.err.println("acr-console: " + what + " " + result.describe());
        return result;
    }

    /** Search, the change log, snapshots and retention over this window's cache. */
    public synchronized CacheReview review() {
        if (review == null) {
            review = new CacheReview(db, dataDir.resolve("snapshot-work"), clock);
        }
        return review;
    }

    public OperationJournal journal() {
        return journal;
    }

    /** The in-process sandbox, once {@link #refreshService()} has started it. */
    public Optional<SandboxServer> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        if (session != null) {
            session.operations().close();
        }
        liveSessions.values().forEach(s -> s.operations().close());
        background.close();
        if (sandbox != null) {
            sandbox.close();
        }
        db.close();
    }
}
