package dev.acrconsole.app.dataplane;

import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RequestIdPolicy;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.http.policy.UserAgentPolicy;
import dev.acrconsole.app.arm.ArmClients;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data planes of one session's registries: each reached as the signed-in account (ACR's token exchange), or with
 * a registry login the user gave for it (a scope-map token or the admin user). One {@link DataPlane} per registry,
 * made once and reused, so its tokens are asked for once.
 */
public final class DataPlanes {
    private final ArmClients arm;
    private final RegistryHosts hosts;
    private final Clock clock;
    private final Map<String, DataPlane> planes = new ConcurrentHashMap<>();
    private final Map<String, RegistryLogin> logins = new ConcurrentHashMap<>();
    private final RememberedLogins remembered;

    public DataPlanes(ArmClients arm, RegistryHosts hosts, Clock clock) {
        this(arm, hosts, RememberedLogins.inMemory(), clock);
    }

    /** {@code remembered}: the logins the user kept in the keyring, used for their registries from the first request. */
    public DataPlanes(ArmClients arm, RegistryHosts hosts, RememberedLogins remembered, Clock clock) {
        this.arm = arm;
        this.hosts = hosts;
        this.remembered = remembered;
        this.clock = clock;
    }

    public RememberedLogins remembered() {
        return remembered;
    }

    /** Whether this registry's data plane can be reached at all (the sandbox serves a few registries' contents). */
    public boolean reachable(String loginServer) {
        try {
            hosts.of(loginServer);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The registry at {@code loginServer}, as the account or with the login given for it. */
    public DataPlane of(String loginServer) {
        return planes.computeIfAbsent(key(loginServer), k -> {
            RegistryLogin login = login(k).orElse(null);
            AcrAuthPolicy.Identity identity = login != null ? new AcrAuthPolicy.Identity.Login(login)
                    : new AcrAuthPolicy.Identity.Entra(arm.session().credential(), arm.armScope());
            return new DataPlane(loginServer, hosts.of(loginServer), pipeline(identity));
        });
    }

    /** From now on this registry is reached with {@code login} (a registry token, the admin user) instead of the account. */
    public void useLogin(String loginServer, RegistryLogin login) {
        String key = key(loginServer);
        logins.put(key, login);
        planes.remove(key);
    }

    /** The login this registry is reached with (given in this run, or kept in the keyring); empty: the account. */
    public java.util.Optional<RegistryLogin> login(String loginServer) {
        String key = key(loginServer);
        return java.util.Optional.ofNullable(logins.computeIfAbsent(key, server -> remembered.find(server).orElse(null)));
    }

    /**
     * Back to how this registry was reached before a login was tried ({@link #login}'s answer then), the keyring left
     * as it is: a refused login must not cost the one that worked.
     */
    public void restoreLogin(String loginServer, java.util.Optional<RegistryLogin> before) {
        String key = key(loginServer);
        before.ifPresentOrElse(l -> logins.put(key, l), () -> logins.remove(key));
        planes.remove(key);
    }

    /** Back to the signed-in account for this registry (and out of the keyring, if it was kept there). */
    public void forgetLogin(String loginServer) {
        String key = key(loginServer);
        logins.remove(key);
        planes.remove(key);
        remembered.forget(key);
    }

    /** Login servers are host names: one registry whatever the case it is written in. */
    private static String key(String loginServer) {
        return loginServer.toLowerCase(java.util.Locale.ROOT);
    }

    private HttpPipeline pipeline(AcrAuthPolicy.Identity identity) {
        HttpPipeline tokens = new HttpPipelineBuilder().httpClient(arm.httpClient()).policies(
                new UserAgentPolicy(ArmClients.USER_AGENT), new RequestIdPolicy(), new RetryPolicy(ArmClients.retryOptions())).build();
        return new HttpPipelineBuilder().httpClient(arm.httpClient()).policies(new HttpPipelinePolicy[] {
                new UserAgentPolicy(ArmClients.USER_AGENT), new RequestIdPolicy(), DataPlaneRetry.policy(),
                new AcrAuthPolicy(identity, tokens, clock)}).build();
    }
}
