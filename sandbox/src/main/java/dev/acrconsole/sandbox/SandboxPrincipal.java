package dev.acrconsole.sandbox;

import java.util.Objects;
import java.util.Set;

/**
 * Who a token belongs to, and what it may see: the subscriptions it has a role on (and so their tenants).
 * {@code mfaTenantIds} are tenants whose conditional access demands MFA: the identity endpoint refuses a silent
 * (refresh-token) sign-in to them with {@code interaction_required}, as Entra ID does for guest tenants.
 *
 * @param name            user name (alice@contoso.com) or an app's display name
 * @param homeTenantId    the tenant the principal belongs to
 * @param subscriptionIds the subscriptions it may read
 * @param mfaTenantIds    tenants that refuse silent sign-in
 */
public record SandboxPrincipal(String name, String homeTenantId, Set<String> subscriptionIds, Set<String> mfaTenantIds) {
    public SandboxPrincipal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homeTenantId, "homeTenantId");
        subscriptionIds = Set.copyOf(subscriptionIds);
        mfaTenantIds = Set.copyOf(mfaTenantIds);
    }

    public SandboxPrincipal(String name, String homeTenantId, Set<String> subscriptionIds) {
        this(name, homeTenantId, subscriptionIds, Set.of());
    }

    boolean sees(SandboxData.Subscription s) {
        return subscriptionIds.stream().anyMatch(id -> id.equalsIgnoreCase(s.subscriptionId()));
    }
}
