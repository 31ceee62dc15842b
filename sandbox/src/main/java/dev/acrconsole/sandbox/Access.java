package dev.acrconsole.sandbox;

import java.util.List;

/**
 * What the bearer token of a request may see. A token the sandbox's identity endpoint did not issue (the fixed
 * {@link SandboxServer#token()}, or anything a curl user types) sees everything, as before principals existed.
 */
record Access(SandboxPrincipal principal, String tenantId) {
    static final Access ALL = new Access(null, null);

    boolean all() {
        return principal == null;
    }

    /** ARM lists the subscriptions of the token's tenant that the principal has a role on. */
    boolean lists(SandboxData.Subscription s) {
        return all() || (s.tenantId().equalsIgnoreCase(tenantId) && principal.sees(s));
    }

    /** A subscription addressed by id: any tenant's, if the principal has a role on it. */
    boolean reaches(SandboxData.Subscription s) {
        return all() || principal.sees(s);
    }

    /** The tenants a principal belongs to: its home tenant and those of its subscriptions. */
    List<SandboxData.Tenant> tenants(SandboxData data) {
        if (all()) {
            return data.tenants();
        }
        return data.tenants().stream()
                .filter(t -> t.tenantId().equalsIgnoreCase(principal.homeTenantId())
                        || data.subscriptions().stream().anyMatch(s -> s.tenantId().equalsIgnoreCase(t.tenantId()) && principal.sees(s)))
                .toList();
    }
}
