package dev.acrconsole.app.accounts;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.management.AzureEnvironment;
import com.azure.resourcemanager.resources.fluentcore.utils.ResourceManagerUtils;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.cache.CacheScope;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A remembered account in this run: its credential (holding the tokens it got, in memory or the OS cache) and one
 * set of ARM clients per tenant it reads. Its cache scope is its id in its cloud, so accounts never share rows.
 */
final class LiveAccount {
    private static final String ANY_TENANT = "";
    private final CloudSettings cloud;
    private final TokenCredential credential;
    private final HttpClient http;
    private final AzureEnvironment environment;
    private final Map<String, ArmClients> byTenant = new ConcurrentHashMap<>();
    private volatile AccountSettings settings;

    LiveAccount(AccountSettings settings, CloudSettings cloud, TokenCredential credential, HttpClient http) {
        this.settings = settings;
        this.cloud = cloud;
        this.credential = credential;
        this.http = http;
        this.environment = CloudEnvironments.of(cloud);
    }

    AccountSettings settings() {
        return settings;
    }

    void update(AccountSettings s) {
        settings = s;
    }

    CloudSettings cloud() {
        return cloud;
    }

    /** The account's own credential (a {@link UserCredential} signs in through it). */
    TokenCredential credential() {
        return credential;
    }

    /** Gets a token for {@code tenantId} silently, the way ARM calls will; throws why it cannot. */
    void checkToken(String tenantId) {
        new TenantCredential(credential, tenantId).getTokenSync(tokenRequest(null));
    }

    CacheScope scope() {
        return scope(settings);
    }

    static CacheScope scope(AccountSettings s) {
        return new CacheScope(s.id(), s.cloud());
    }

    /** ARM clients whose tokens are for {@code tenantId} (null: the account's default tenant). */
    ArmClients arm(String tenantId) {
        return byTenant.computeIfAbsent(tenantId == null ? ANY_TENANT : tenantId.toLowerCase(java.util.Locale.ROOT), t -> {
            TokenCredential c = new TenantCredential(credential, t.isEmpty() ? null : tenantId);
            return new ArmClients(new ArmSession(settings.id(), new ArmEndpoint(cloud.name(), cloud.resourceManagerUri(), null), c),
                    http, environment);
        });
    }

    /** The scope ARM tokens are asked for, exactly as the SDK asks (so a token fetched here is reused by it). */
    String armScope() {
        return ResourceManagerUtils.getDefaultScopeFromRequest(
                new HttpRequest(HttpMethod.GET, environment.getResourceManagerEndpoint()), environment);
    }

    TokenRequestContext tokenRequest(String tenantId) {
        TokenRequestContext ctx = new TokenRequestContext().addScopes(armScope());
        return tenantId == null ? ctx : ctx.setTenantId(tenantId);
    }
}
