package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.acrconsole.sandbox.dataplane.Contents;
import dev.acrconsole.sandbox.dataplane.DataPlane;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local ARM-compatible HTTPS endpoint on 127.0.0.1 serving {@link SandboxData}. It starts from its sample, or, given
 * a state file ({@link SandboxConfig#stateFile()}), from what that file kept of an earlier run.
 */
public final class SandboxServer implements AutoCloseable {

    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    // The JDK server writes an answer's headers and body in two writes; with Nagle's algorithm on, the body waits for
    // the client's delayed ACK of the headers (up to ~40 ms). The server reads this property once, when its first
    // instance is made, so it is set here, before this class can make one; a value set explicitly is kept.
    static {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    private static final String TOKEN = "sandbox-token";
    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    /** A fresh state file numbers its runs from here on (seconds since 2025): past those of any file before it. */
    private static final Instant RUN_EPOCH = Instant.parse("2025-01-01T00:00:00Z");

    private final HttpsServer server;
    private final HttpsServer identityServer;
    private final SandboxIdentity identity = new SandboxIdentity();
    private final URI identityUrl;
    private final ExecutorService pool;
    private final SelfSignedCertificate certificate;
    private final SandboxData data;
    private final ResourceState state = new ResourceState();
    private final Faults faults = new Faults();
    private final Throttling throttling;
    private final Operations operations;
    private final Runs runs;
    private final EdgeSample edge;
    private final CacheSample cache;
    private final SyncSchedule schedule;
    private final TokenPasswords tokenPasswords = new TokenPasswords();
    private final TokenSecrets tokenSecrets = new TokenSecrets(state::touch);
    /** How many registries of a generated (scale) sample get data-plane contents: hosts, not 10k ports. */
    static final int SCALE_DATA_PLANE_REGISTRIES = 3;
    /** The demo sample's registries with data-plane contents; the first holds the big repository. */
    static final List<String> DEMO_DATA_PLANE_REGISTRIES = List.of("contosoprodacr", "contosodevacr", "contosoreleases", "fabrikamedgehub");
    private final Contents contents;
    private final DataPlane dataPlane;
    private RegistryActionsApi registryActions;
    /** Each data-plane registry's own host, by login server (lower case), in the sample's order. */
    private final Map<String, HttpsServer> dataServers = new LinkedHashMap<>();
    private final Map<String, URI> dataUrls = new LinkedHashMap<>();
    private final URI baseUrl;
    private final RequestCounter requests = new RequestCounter();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Kept> kept = new ArrayList<>();
    private final StateFile stateFile;
    private final Clock clock = Clock.systemUTC();
    private final boolean handMade;
    private volatile String id;
    private volatile String stateNote;
    private long savedVersion = -1;

    private SandboxServer(SandboxConfig config) throws IOException {
        this.data = SandboxData.generate(config.scale(), config.seed());
        this.handMade = config.scale() == null;
        this.certificate = SelfSignedCertificate.create();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpsServer.create(new InetSocketAddress(loopback, config.port()), 64);
        this.server.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
        this.baseUrl = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");

        this.throttling = new Throttling(config.throttle(),
                data.tenants().isEmpty() ? "common" : data.tenants().get(0).tenantId(), System::nanoTime);
        this.edge = EdgeSample.build(data, config.scale() == null, config.seed());
        this.cache = CacheSample.build(data, config.scale() == null);
        this.operations = new Operations(state, clock, faults, config::operationDuration, config.retryAfterSeconds(), baseUrl);
        this.runs = new Runs(clock, state, baseUrl);
        this.schedule = new SyncSchedule(state, clock);
        kept.addAll(List.of(state, runs, operations, schedule));

        Pager pager = new Pager(baseUrl, config.pageSize(), config.seed());
        Router router = new Router();
        new ResourcesApi(data, state, pager).register(router);
        new RegistriesApi(data, state, operations, pager, clock).register(router);
        new PrivateEndpointsApi(data, state, operations, pager).register(router);
        new IotOperationsApi(data, state, operations, pager, clock).register(router);
        new ResourceGraphApi(data, state, clock, config.seed()).register(router);
        RunsApi runsApi = new RunsApi(data, state, runs, pager);
        runsApi.register(router);
        RegistryChildren children = new RegistryChildren(data, state, operations, pager, clock);
        new TasksApi(children).register(router);
        new TaskRunsApi(children, runs, runsApi).register(router);
        new AgentPoolsApi(children, runs).register(router);
        registerEdge(router, children);

        List<SandboxData.Registry> served = dataPlaneRegistries(data, handMade);
        List<Contents.Registry> withContents = new ArrayList<>();
        for (int i = 0; i < served.size(); i++) {
            withContents.add(new Contents.Registry(served.get(i).name(), served.get(i).loginServer(), i == 0));
        }
        this.contents = new Contents(withContents, config.seed(), config.bigRepositoryTags(), clock, state::touch);
        new CacheRulesApi(children, contents::repositories).register(router);
        new CredentialSetsApi(children).register(router);
        new ImportApi(children, contents).register(router);
        this.dataPlane = new DataPlane(contents, new DataPlaneAuthority(data, state, registryActions, tokenSecrets,
                identity, clock, served), clock);
        kept.add(tokenSecrets);
        kept.add(new DataPlaneKept(contents));

        this.stateFile = config.stateFile() == null ? null
                : new StateFile(config.stateFile(), (config.scale() == null ? "default" : config.scale().subscriptions()
                        + "x" + config.scale().registriesPerSubscription()) + " seed " + config.seed(), kept);
        this.id = open();
        saveIfChanged(); // the file exists (with this sandbox's id) as soon as the sandbox does
        server.createContext("/", new ExchangeHandler(router, operations, faults, config.latencyMs(), requests, identity,
                this::saveIfChanged, throttling));
        server.createContext(Runs.LOG_PATH, new LogBlobHandler(runs));

        // The identity endpoint has a host of its own, as login.microsoftonline.com is apart from ARM.
        this.identityServer = HttpsServer.create(new InetSocketAddress(loopback, 0), 16);
        this.identityServer.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
        this.identityUrl = URI.create("https://127.0.0.1:" + identityServer.getAddress().getPort() + "/");
        identityServer.createContext("/", new IdentityEndpoint(identity, data, identityUrl));

        // A thread per request, as many as a client sends (ARM serves each apart): --latency-ms sleeps on it, so a
        // fixed pool would cap a concurrent client at pool size / latency.
        this.pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sandbox-http-", 1).factory());
        server.setExecutor(pool);
        identityServer.setExecutor(pool);

        // Each registry has a host of its own (<name>.azurecr.io in Azure): here a port of its own, same certificate.
        for (Contents.Registry r : contents.registries()) {
            HttpsServer host = HttpsServer.create(new InetSocketAddress(loopback, 0), 64);
            host.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
            URI url = URI.create("https://127.0.0.1:" + host.getAddress().getPort() + "/");
            host.createContext("/", new DataPlaneFront(dataPlane, r.loginServer(), url, faults, config.latencyMs(), requests,
                    operations::advance, this::saveIfChanged));
            host.setExecutor(pool);
            dataServers.put(r.loginServer().toLowerCase(Locale.ROOT), host);
            dataUrls.put(r.loginServer().toLowerCase(Locale.ROOT), url);
        }
    }

    /** The registries that get data-plane contents: a few named ones of the demo sample, the first few of a scale one. */
    private static List<SandboxData.Registry> dataPlaneRegistries(SandboxData data, boolean handMade) {
        if (!handMade) {
            return data.registries().stream().limit(SCALE_DATA_PLANE_REGISTRIES).toList();
        }
        return DEMO_DATA_PLANE_REGISTRIES.stream()
                .flatMap(n -> data.registries().stream().filter(r -> r.name().equals(n)).findFirst().stream()).toList();
    }

    /** The data plane's part of the state file: its anchor day and the writes since (optional: older files lack it). */
    private record DataPlaneKept(Contents contents) implements Kept {
        @Override
        public String section() {
            return "dataPlane";
        }

        @Override
        public boolean optional() {
            return true;
        }

        @Override
        public JsonNode save() {
            return contents.save();
        }

        @Override
        public void restore(JsonNode saved) {
            try {
                contents.restore(saved);
            } catch (Contents.Unreadable e) {
                throw new StateFile.Unreadable(e.getMessage());
            }
        }

        @Override
        public void clear() {
            contents.clear();
        }
    }

    /**
     * The state to start from: the state file's when there is one that can be read; otherwise the sample, seeded now
     * (a state file that cannot be read is moved aside, and {@link #stateNote()} says so). Returns the sandbox's id.
     */
    private String open() {
        if (stateFile != null && stateFile.exists()) {
            try {
                String restored = stateFile.restore().sandboxId();
                runs.sampleLogs(data.tasks().runs());
                savedVersion = state.version();
                return restored;
            } catch (StateFile.Unreadable e) {
                Path aside = stateFile.moveAside();
                stateNote = "The sandbox's state in " + stateFile.path() + " could not be used: " + e.getMessage()
                        + ". It was moved to " + aside.getFileName() + " and the sandbox started again from its sample.";
                kept.forEach(Kept::clear);
            }
        }
        seed();
        if (stateFile != null) {
            runs.countFrom(Duration.between(RUN_EPOCH, clock.instant()).toSeconds());
        }
        return newId();
    }

    /** The sample, as it is at the start of a sandbox without a state: everything a state file would keep. */
    private void seed() {
        data.registries().forEach(r -> state.seed(r.id(), () -> SystemData.seeded(r.json())));
        if (handMade) { // ACR lists a Premium registry's home region as its first replication
            data.registries().stream().filter(r -> r.sku().equals("Premium")).forEach(r -> {
                String replication = r.id() + "/replications/" + r.location();
                state.seed(replication, () -> SystemData.seeded(ReplicationsApi.json(replication, r.location(), null,
                        ArmJson.MAPPER.createObjectNode(), r.creationDate(), "Succeeded")));
            });
        }
        data.privateEndpointConnections().forEach(c -> state.seed(c.id(), () -> SystemData.seeded(c.json())));
        data.iotOperations().instances().forEach(i -> state.seed(i.id(), i::json));
        data.iotOperations().registryEndpoints().forEach(e -> state.seed(e.id(), e::json));
        edge.scopeMaps().forEach(m -> state.seed(m.id(), () -> SystemData.seeded(m.json())));
        edge.tokens().forEach(t -> state.seed(t.id(), () -> SystemData.seeded(t.json())));
        edge.connectedRegistries().forEach(c -> state.seed(c.id(), () -> SystemData.seeded(c.json())));
        cache.credentialSets().forEach(s -> state.seed(s.id(), () -> SystemData.seeded(s.json())));
        cache.cacheRules().forEach(c -> state.seed(c.id(), () -> SystemData.seeded(c.json())));
        edge.connectedRegistries().stream().filter(c -> SyncSchedule.SAMPLE.containsKey(c.name()))
                .forEach(c -> schedule.cycle(c.id(), SyncSchedule.SAMPLE.get(c.name())));
        seedTasks(data.tasks());
    }

    private void seedTasks(TasksData tasks) {
        java.util.Map<String, String> locations = new java.util.HashMap<>();
        data.registries().forEach(r -> locations.put(r.id(), r.location()));
        tasks.agentPools().forEach(p -> state.seed(p.id(), () -> SystemData.seeded(TasksJson.agentPool(p))));
        tasks.tasks().forEach(t -> state.seed(t.id(), () -> SystemData.seeded(TasksJson.task(t, locations.get(t.registryId())))));
        runs.seed(tasks.runs());
        for (TasksData.TaskRun t : tasks.taskRuns()) {
            com.fasterxml.jackson.databind.node.ObjectNode result = t.runId() == null ? null
                    : ArmJson.MAPPER.createObjectNode().put("id", t.registryId() + "/runs/" + t.runId());
            state.seed(t.id(), () -> SystemData.seeded(TasksJson.taskRun(t, t.registryId() + "/tasks/" + t.task(), result)));
        }
    }

    /** Connected registries, scope maps and tokens, and generateCredentials. */
    private void registerEdge(Router router, RegistryChildren children) {
        new ScopeMapsApi(children).register(router);
        new ReplicationsApi(children).register(router);
        WebhooksApi webhooks = new WebhooksApi(children);
        webhooks.register(router);
        RegistryActionsApi actions = new RegistryActionsApi(children, tokenPasswords);
        actions.register(router);
        this.registryActions = actions;
        TokenCredentials credentials = new TokenCredentials(tokenPasswords, tokenSecrets, children.clock);
        new TokensApi(children, credentials).register(router);
        ConnectedRegistriesApi connected = new ConnectedRegistriesApi(children, schedule);
        connected.register(router);
        new CredentialsApi(children, credentials).register(router);
        kept.addAll(List.of(webhooks, actions, connected));
    }

    /** Writes the state file when something changed since it was last written; answers wait for it (see ADR 0015). */
    private synchronized void saveIfChanged() {
        if (stateFile == null) {
            return;
        }
        long version = state.version();
        if (version == savedVersion) {
            return;
        }
        try {
            stateFile.write(new StateFile.Header(id));
            savedVersion = version;
        } catch (UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "The sandbox could not save its state; it keeps it in memory and tries "
                    + "again at the next change: " + e.getMessage() + ": " + e.getCause().getMessage());
        }
    }

    /** Generates the data, makes a certificate and starts serving on 127.0.0.1 only. */
    public static SandboxServer start(SandboxConfig config) {
        try {
            SandboxServer s = new SandboxServer(config);
            s.server.start();
            s.identityServer.start();
            s.dataServers.values().forEach(HttpsServer::start);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox on port " + config.port(), e);
        }
    }

    /** For example {@code https://127.0.0.1:54321/}, with the trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The identity endpoint (an Entra ID look-alike): use it as the authority host, with instance discovery off.
     * It is served with the same certificate as {@link #baseUrl()}.
     */
    public URI identityUrl() {
        return identityUrl;
    }

    /**
     * Where the data plane of the registry whose ARM {@code loginServer} is this (e.g. {@code contosoprodacr.azurecr.io})
     * is served, e.g. {@code https://127.0.0.1:54322/}: empty for a registry without data-plane contents. Same
     * certificate as {@link #baseUrl()}.
     */
    public Optional<URI> dataPlaneUrl(String loginServer) {
        return Optional.ofNullable(dataUrls.get(loginServer.toLowerCase(Locale.ROOT)));
    }

    /** Every registry with a data plane: login server to its URL, in the sample's order. */
    public Map<String, URI> dataPlaneUrls() {
        return Collections.unmodifiableMap(dataUrls);
    }

    /** A user name and password an outside client (docker, skopeo) can sign in to a registry's data plane with. */
    public record DataPlaneLogin(String username, String password) {
    }

    /**
     * A login for the registry's data plane with access to everything: its admin user when that is enabled (the
     * password listCredentials answers), else ACR's null user with a refresh token as password (what
     * {@code az acr login --expose-token} gives), valid for a week or until the sandbox stops.
     */
    public Optional<DataPlaneLogin> dataPlaneLogin(String loginServer) {
        if (dataPlaneUrl(loginServer).isEmpty()) {
            return Optional.empty();
        }
        Optional<DataPlaneLogin> admin = data.registries().stream()
                .filter(r -> r.loginServer().equalsIgnoreCase(loginServer)).findFirst()
                .flatMap(r -> registryActions.adminPassword(r.id()).map(p -> new DataPlaneLogin(r.name(), p)));
        saveIfChanged(); // the admin passwords may have been made just now
        return admin.or(() -> Optional.of(new DataPlaneLogin("00000000-0000-0000-0000-000000000000",
                dataPlane.loginToken(loginServer.toLowerCase(Locale.ROOT), Duration.ofDays(7)))));
    }

    /** The registries' data-plane contents as they are now (repositories and tags), for assertions. */
    public Contents dataPlaneContents() {
        return contents;
    }

    /** Apps, users and the tokens issued: register principals here to see only some subscriptions. */
    public SandboxIdentity identity() {
        return identity;
    }

    /** This run's self-signed certificate; clients should trust it and nothing else. */
    public X509Certificate certificate() {
        return certificate.certificate();
    }

    public String certificatePem() {
        return certificate.pem();
    }

    /**
     * A bearer token value clients can send. The sandbox accepts any non-empty bearer token; one its identity
     * endpoint issued sees only its principal's subscriptions, any other sees everything.
     */
    public static String token() {
        return TOKEN;
    }

    /** The data the sandbox started with. */
    public SandboxData data() {
        return data;
    }

    /** The resources as they are now, after every write so far. */
    public ResourceState state() {
        return state;
    }

    /** Throttling and failures on demand. */
    public Faults faults() {
        return faults;
    }

    /** ARM's token buckets: the rate-limit headers, and the 429s answered when throttling is on. */
    public Throttling throttling() {
        return throttling;
    }

    /** The long-running operations started so far. */
    public Operations operations() {
        return operations;
    }

    /** Runs and their logs: how long scheduled runs take, and the Runs_List queries received. */
    public Runs runs() {
        return runs;
    }

    /** The connected registries, scope maps and tokens the sample started with. */
    public EdgeSample edge() {
        return edge;
    }

    /** The default sample's artifact cache (cache rules, credential sets); empty for generated scale data. */
    public CacheSample cache() {
        return cache;
    }

    /** Where generateCredentials' passwords come from; tests plant known ones here. */
    public TokenPasswords tokenPasswords() {
        return tokenPasswords;
    }

    /**
     * This sandbox's identity: kept in its state file, so the same across restarts; a new one after {@link #reset} or
     * when it started from its sample (a client can tell that what it sent to the sandbox before is gone).
     */
    public String id() {
        return id;
    }

    /**
     * Why the state file could not be used, when it could not (it was moved aside and the sample seeded): for whoever
     * started the sandbox to tell its user.
     */
    public Optional<String> stateNote() {
        return Optional.ofNullable(stateNote);
    }

    /** Where the state is kept, if it is. */
    public Optional<Path> stateFile() {
        return Optional.ofNullable(stateFile).map(StateFile::path);
    }

    /**
     * Starts again from the sample: everything written so far, runs and operations included, is forgotten, and the
     * sandbox has a new {@link #id}. Run numbers go on from where they were, so run ids never repeat.
     */
    public synchronized void reset() {
        kept.forEach(Kept::clear);
        seed();
        id = newId();
        savedVersion = -1;
        saveIfChanged();
    }

    /** Requests received so far, including refused ones. */
    public int requestCount() {
        return requests.requests();
    }

    /** PUT, PATCH and DELETE requests to ARM received so far (refused ones too): what a read-only console never sends. */
    public int armWriteCount() {
        return requests.armWrites();
    }

    /** The most requests the sandbox was serving at once (each held for the latency it adds): ARM serves each apart. */
    public int mostRequestsAtOnce() {
        return requests.mostAtOnce();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            identityServer.stop(0);
            dataServers.values().forEach(h -> h.stop(0));
            pool.shutdownNow();
            saveIfChanged(); // what completed since the last request, e.g. a run that ended
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
