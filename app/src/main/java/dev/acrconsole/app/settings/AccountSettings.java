package dev.acrconsole.app.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A remembered account: who it is and how it signs in, never a secret or a token. {@code authenticationRecord} is
 * azure-identity's serialised AuthenticationRecord (authority, home account id, tenant, client id, user name) so a
 * user account signs in silently from the OS token cache next time.
 *
 * @param id                  the account's name in the cache scope: a user name, {@code app:<clientId>} or {@code azure-cli}
 * @param cloud               the {@link CloudSettings#name()} it signs in to
 * @param tenantId            the home tenant (for a service principal: its tenant); null until known
 * @param clientId            the app registration: a service principal's, or the public client users sign in with
 * @param certificatePath     a service principal's PEM or PFX certificate file
 * @param hiddenSubscriptions subscriptions the user filtered out of the tree
 * @param openedTenants       tenants besides the home tenant the user chose to sign in to
 * @param keepEverything      every refresh reads every collection below every registry, for offline review (ADR 0020)
 */
public record AccountSettings(String id, AccountKind kind, String cloud, String tenantId, String clientId,
                              String certificatePath, String authenticationRecord,
                              List<String> hiddenSubscriptions, List<String> openedTenants, boolean keepEverything) {
    public AccountSettings(String id, AccountKind kind, String cloud, String tenantId, String clientId,
                           String certificatePath, String authenticationRecord,
                           List<String> hiddenSubscriptions, List<String> openedTenants) {
        this(id, kind, cloud, tenantId, clientId, certificatePath, authenticationRecord, hiddenSubscriptions, openedTenants,
                false);
    }

    public AccountSettings {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cloud, "cloud");
        hiddenSubscriptions = hiddenSubscriptions == null ? List.of() : List.copyOf(hiddenSubscriptions);
        openedTenants = openedTenants == null ? List.of() : List.copyOf(openedTenants);
    }

    /** The key that tells accounts apart: one account per id and cloud. */
    public String key() {
        return id + "@" + cloud;
    }

    public boolean hidden(String subscriptionId) {
        return hiddenSubscriptions.stream().anyMatch(s -> s.equalsIgnoreCase(subscriptionId));
    }

    public boolean opened(String tenant) {
        return tenant != null && (tenant.equalsIgnoreCase(tenantId) || openedTenants.stream().anyMatch(t -> t.equalsIgnoreCase(tenant)));
    }

    public AccountSettings withSubscriptionShown(String subscriptionId, boolean shown) {
        List<String> hidden = new ArrayList<>(hiddenSubscriptions);
        hidden.removeIf(s -> s.equalsIgnoreCase(subscriptionId));
        if (!shown) {
            hidden.add(subscriptionId);
        }
        return new AccountSettings(id, kind, cloud, tenantId, clientId, certificatePath, authenticationRecord, hidden, openedTenants,
                keepEverything);
    }

    public AccountSettings withTenantOpened(String tenant) {
        if (opened(tenant)) {
            return this;
        }
        List<String> opened = new ArrayList<>(openedTenants);
        opened.add(tenant);
        return new AccountSettings(id, kind, cloud, tenantId, clientId, certificatePath, authenticationRecord, hiddenSubscriptions, opened,
                keepEverything);
    }

    public AccountSettings withSignIn(String signedInTenant, String record) {
        return new AccountSettings(id, kind, cloud, tenantId == null ? signedInTenant : tenantId, clientId, certificatePath,
                record, hiddenSubscriptions, openedTenants, keepEverything);
    }

    public AccountSettings withKeepEverything(boolean keep) {
        return new AccountSettings(id, kind, cloud, tenantId, clientId, certificatePath, authenticationRecord,
                hiddenSubscriptions, openedTenants, keep);
    }
}
