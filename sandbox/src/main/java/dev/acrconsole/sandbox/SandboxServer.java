package dev.acrconsole.sandbox;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A local ARM-compatible HTTPS endpoint on 127.0.0.1 serving {@link SandboxData}. */
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
    private static final int THREADS = 8;

    private final HttpsServer server;
    private final HttpsServer identityServer;
    private final SandboxIdentity identity = new SandboxIdentity();
    private final URI identityUrl;
    private final ExecutorService pool;
    private final SelfSignedCertificate certificate;
    private final SandboxData data;
    private final ResourceState state = new ResourceState();
    private final Faults faults = new Faults();
    private final Operations operations;
    private final Runs runs;
    private final EdgeSample edge;
    private final TokenPasswords tokenPasswords = new TokenPasswords();
    private final URI baseUrl;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private SandboxServer(SandboxConfig config) throws IOException {
        this.data = SandboxData.generate(config.scale(), config.seed());
        this.certificate = SelfSignedCertificate.create();
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        this.server = HttpsServer.create(new InetSocketAddress(loopback, config.port()), 64);
        this.server.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
        this.baseUrl = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");

        data.registries().forEach(r -> state.seed(r.id(), () -> SystemData.seeded(r.json())));
        if (config.scale() == null) { // ACR lists a Premium registry's home region as its first replication
            data.registries().stream().filter(r -> r.sku().equals("Premium")).forEach(r -> {
                String id = r.id() + "/replications/" + r.location();
                state.seed(id, () -> SystemData.seeded(ReplicationsApi.json(id, r.location(), null,
                        ArmJson.MAPPER.createObjectNode(), r.creationDate(), "Succeeded")));
            });
        }
        data.privateEndpointConnections().forEach(c -> state.seed(c.id(), () -> SystemData.seeded(c.json())));
        data.iotOperations().instances().forEach(i -> state.seed(i.id(), i::json));
        data.iotOperations().registryEndpoints().forEach(e -> state.seed(e.id(), e::json));
        this.edge = EdgeSample.build(data, config.scale() == null, config.seed());
        edge.scopeMaps().forEach(m -> state.seed(m.id(), () -> SystemData.seeded(m.json())));
        edge.tokens().forEach(t -> state.seed(t.id(), () -> SystemData.seeded(t.json())));
        edge.connectedRegistries().forEach(c -> state.seed(c.id(), () -> SystemData.seeded(c.json())));
        Clock clock = Clock.systemUTC();
        this.operations = new Operations(clock, faults, config::operationDuration, config.retryAfterSeconds(), baseUrl);
        this.runs = new Runs(clock, state, baseUrl);
        seedTasks(data.tasks());

        Pager pager = new Pager(baseUrl, config.pageSize(), config.seed());
        Router router = new Router();
        new ResourcesApi(data, state, pager).register(router);
        new RegistriesApi(data, state, operations, pager, clock).register(router);
        new PrivateEndpointsApi(data, state, operations, pager).register(router);
        new IotOperationsApi(data, state, operations, pager, clock).register(router);
        RunsApi runsApi = new RunsApi(data, state, runs, pager);
        runsApi.register(router);
        RegistryChildren children = new RegistryChildren(data, state, operations, pager, clock);
        new TasksApi(children).register(router);
        new TaskRunsApi(children, runs, runsApi).register(router);
        new AgentPoolsApi(children, runs).register(router);
        registerEdge(router, children);
        server.createContext("/", new ExchangeHandler(router, operations, faults, config.latencyMs(), requests, identity));
        server.createContext(Runs.LOG_PATH, new LogBlobHandler(runs));

        // The identity endpoint has a host of its own, as login.microsoftonline.com is apart from ARM.
        this.identityServer = HttpsServer.create(new InetSocketAddress(loopback, 0), 16);
        this.identityServer.setHttpsConfigurator(new HttpsConfigurator(certificate.sslContext()));
        this.identityUrl = URI.create("https://127.0.0.1:" + identityServer.getAddress().getPort() + "/");
        identityServer.createContext("/", new IdentityEndpoint(identity, data, identityUrl));

        this.pool = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(pool);
        identityServer.setExecutor(pool);
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
        SyncSchedule schedule = new SyncSchedule(state, children.clock);
        edge.connectedRegistries().stream().filter(c -> SyncSchedule.SAMPLE.containsKey(c.name()))
                .forEach(c -> schedule.cycle(c.id(), SyncSchedule.SAMPLE.get(c.name())));
        new ScopeMapsApi(children).register(router);
        new ReplicationsApi(children).register(router);
        new WebhooksApi(children).register(router);
        new RegistryActionsApi(children, tokenPasswords).register(router);
        TokenCredentials credentials = new TokenCredentials(tokenPasswords, children.clock);
        new TokensApi(children, credentials).register(router);
        new ConnectedRegistriesApi(children, schedule).register(router);
        new CredentialsApi(children, credentials).register(router);
    }

    /** Generates the data, makes a certificate and starts serving on 127.0.0.1 only. */
    public static SandboxServer start(SandboxConfig config) {
        try {
            SandboxServer s = new SandboxServer(config);
            s.server.start();
            s.identityServer.start();
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

    /** Where generateCredentials' passwords come from; tests plant known ones here. */
    public TokenPasswords tokenPasswords() {
        return tokenPasswords;
    }

    /** Requests received so far, including refused ones. */
    public int requestCount() {
        return requests.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            identityServer.stop(0);
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true); // a test that forgets close() must not keep its JVM alive
            return t;
        };
    }
}
