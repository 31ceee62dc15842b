package dev.acrconsole.app.arm;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.http.policy.ArmChallengeAuthenticationPolicy;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.containerregistry.ContainerRegistryManager;
import com.azure.resourcemanager.resources.ResourceManager;
import dev.acrconsole.app.throttle.ArmBudget;
import dev.acrconsole.app.throttle.BudgetPolicy;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The real Azure SDK clients for one session, sharing one JDK HTTP client. Managers are made once
 * per subscription and reused, as the SDK intends.
 */
public final class ArmClients {
    /**
     * Fewer, shorter retries than the SDK's default: a desktop user waiting on an unreachable
     * endpoint wants to hear so in seconds. 429s still wait for the Retry-After ARM sends.
     */
    public static final String USER_AGENT = "acr-console/0.1";

    private static final RetryOptions RETRY = new RetryOptions(new ExponentialBackoffOptions()
            .setMaxRetries(2).setBaseDelay(Duration.ofMillis(400)).setMaxDelay(Duration.ofSeconds(10)));

    /** azure-core's own default, made explicit: ARM answers in seconds, so a minute of silence is a stalled connection. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

    private final ArmSession session;
    private final HttpClient httpClient;
    private final AzureEnvironment environment;
    private final ArmBudget budget = new ArmBudget();
    private final Map<String, ResourceManager> resourceManagers = new ConcurrentHashMap<>();
    private final Map<String, ContainerRegistryManager> registryManagers = new ConcurrentHashMap<>();
    private volatile ResourceManager.Authenticated authenticated;
    private volatile ArmHttp http;
    private volatile ArmHttp readHttp;
    private volatile ArmPages reads;

    public ArmClients(ArmSession session) {
        this(session, RESPONSE_TIMEOUT);
    }

    /** With a shorter wait for an answer than a minute: a fault-injection test's stalls end in seconds. */
    public ArmClients(ArmSession session, Duration responseTimeout) {
        this(session, httpClient(session.endpoint(), responseTimeout), environment(session.endpoint()));
    }

    /** For a signed-in account: its cloud's environment, and the HTTP client with the user's proxy and trust. */
    public ArmClients(ArmSession session, HttpClient httpClient, AzureEnvironment environment) {
        this.session = session;
        this.httpClient = httpClient;
        this.environment = environment;
    }

    public ArmSession session() {
        return session;
    }

    /** The one HTTP client of the session (proxy, trust), for the registries' data planes too. */
    public HttpClient httpClient() {
        return httpClient;
    }

    /** The scope ARM tokens are asked for; ACR's token exchange takes the same token. */
    public String armScope() {
        String management = environment.getManagementEndpoint();
        return (management.endsWith("/") ? management : management + "/") + ".default";
    }

    /**
     * ARM's read budget per subscription as its answers report it: every pipeline here feeds it; reads pace themselves
     * on it and wait out a subscription's 429s, writes and the operations poller's polls never wait for it.
     */
    public ArmBudget budget() {
        return budget;
    }

    /** The retries of every read: few and short, 429s wait for Retry-After. */
    public static RetryOptions retryOptions() {
        return RETRY;
    }

    /**
     * Plain ARM requests through the SDK's pipeline (same HTTP client, TLS and ARM authentication) but without its
     * retry policy: the operations poller decides itself when to ask again, per Retry-After.
     */
    public ArmHttp http() {
        ArmHttp h = http;
        if (h == null) {
            h = new ArmHttp(pipeline(false), session.endpoint().resourceManager());
            http = h; // reports to the budget and never waits for it: operations are not starved by a refresh's reads
        }
        return h;
    }

    /**
     * Reads of ARM collections as ARM's JSON (every listing the cache keeps), with the same retry policy as the SDK's
     * typed clients: 429s wait for ARM's Retry-After, 5xx and dropped connections are tried again.
     */
    public ArmPages reads() {
        ArmPages r = reads;
        if (r == null) {
            r = new ArmPages(readHttp());
            reads = r;
        }
        return r;
    }

    /**
     * Plain requests that only read (one resource, a task's listDetails POST) with the same retry policy as
     * {@link #reads()}: asking again cannot change anything at ARM.
     */
    public ArmHttp readHttp() {
        ArmHttp h = readHttp;
        if (h == null) {
            h = new ArmHttp(pipeline(true), session.endpoint().resourceManager());
            readHttp = h;
        }
        return h;
    }

    private HttpPipeline pipeline(boolean retrying) {
        String scope = armScope();
        java.util.List<com.azure.core.http.policy.HttpPipelinePolicy> policies = new java.util.ArrayList<>(java.util.List.of(
                new UserAgentPolicy(USER_AGENT), new RequestIdPolicy()));
        if (retrying) {
            policies.add(new RetryPolicy(RETRY));
        }
        policies.add(new BudgetPolicy(budget, retrying));
        policies.add(new ArmChallengeAuthenticationPolicy(session.credential(), scope));
        return new HttpPipelineBuilder().httpClient(httpClient)
                .policies(policies.toArray(com.azure.core.http.policy.HttpPipelinePolicy[]::new)).build();
    }

    /**
     * A plain HTTP client for URLs ARM hands out that are not ARM (a run log's SAS URL on blob storage): no ARM token is
     * sent to them, and the same TLS trust applies (in sandbox mode the sandbox serves them).
     */
    public java.net.http.HttpClient blobHttp() {
        return plainClient(session.endpoint()).build();
    }

    /** Tenant- and subscription-level calls, which need no subscription. */
    public ResourceManager.Authenticated resources() {
        ResourceManager.Authenticated a = authenticated;
        if (a == null) {
            a = ResourceManager.configure().withHttpClient(httpClient).withRetryOptions(RETRY)
                    .withPolicy(new BudgetPolicy(budget, true)).authenticate(session.credential(), profile(null));
            authenticated = a;
        }
        return a;
    }

    public ResourceManager resources(String subscriptionId) {
        return resourceManagers.computeIfAbsent(subscriptionId, id -> resources().withSubscription(id));
    }

    public ContainerRegistryManager registries(String subscriptionId) {
        return registryManagers.computeIfAbsent(subscriptionId, id -> ContainerRegistryManager.configure()
                .withHttpClient(httpClient).withRetryOptions(RETRY).withPolicy(new BudgetPolicy(budget, true))
                .authenticate(session.credential(), profile(id)));
    }

    /** The cloud profile the SDK's managers are built with (null: no subscription, e.g. Resource Graph's queries). */
    public AzureProfile profile(String subscriptionId) {
        return new AzureProfile(null, subscriptionId, environment);
    }

    private static AzureEnvironment environment(ArmEndpoint endpoint) {
        String arm = endpoint.resourceManager().toString();
        if (!arm.endsWith("/")) {
            arm = arm + "/";
        }
        if (endpoint.trustedCertificate() == null && arm.equals(AzureEnvironment.AZURE.getResourceManagerEndpoint())) {
            return AzureEnvironment.AZURE;
        }
        return new AzureEnvironment(Map.of(
                "resourceManagerEndpointUrl", arm,
                "managementEndpointUrl", arm,
                "activeDirectoryEndpointUrl", "https://login.microsoftonline.com/",
                "activeDirectoryResourceId", arm));
    }

    private static HttpClient httpClient(ArmEndpoint endpoint, Duration responseTimeout) {
        return new JdkHttpClientBuilder(plainClient(endpoint)).responseTimeout(responseTimeout).build();
    }

    private static java.net.http.HttpClient.Builder plainClient(ArmEndpoint endpoint) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20));
        if (endpoint.trustedCertificate() != null) {
            builder.sslContext(trustOnly(endpoint));
        }
        return builder;
    }

    /** An SSL context that trusts exactly the endpoint's certificate: the sandbox's, made per run. */
    private static SSLContext trustOnly(ArmEndpoint endpoint) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("arm", endpoint.trustedCertificate());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot set up trust for " + endpoint.resourceManager(), e);
        }
    }
}
