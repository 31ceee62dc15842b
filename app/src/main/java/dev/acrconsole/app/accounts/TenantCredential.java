package dev.acrconsole.app.accounts;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import reactor.core.publisher.Mono;

/**
 * An account's credential bound to one tenant (null: the account's own): every token it asks for is for
 * {@code tenantId}. The ARM SDK asks without a tenant; azure-identity then uses the tenant in the request (allowed by
 * additionallyAllowedTenants; {@link UserCredential} asks MSAL for that tenant).
 */
final class TenantCredential implements TokenCredential {
    private final TokenCredential account;
    private final String tenantId;

    TenantCredential(TokenCredential account, String tenantId) {
        this.account = account;
        this.tenantId = tenantId;
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return account.getToken(forTenant(request));
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        return account.getTokenSync(forTenant(request));
    }

    private TokenRequestContext forTenant(TokenRequestContext request) {
        if (tenantId == null || request.getTenantId() != null) {
            return request;
        }
        TokenRequestContext copy = new TokenRequestContext().setScopes(request.getScopes()).setTenantId(tenantId)
                .setCaeEnabled(request.isCaeEnabled()).setClaims(request.getClaims());
        return copy;
    }

    @Override
    public String toString() {
        return "TenantCredential[" + tenantId + "]";
    }
}
