package dev.acrconsole.app.accounts;

import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.cache.CacheScope;
import java.util.List;
import java.util.Optional;

/**
 * An account as the accounts panel and the tree show it, read from the settings and the cache (so it works
 * offline): its tenants, whether each is opened and how its last sign-in went, and its subscriptions with the filter.
 *
 * @param problem why the account as a whole could not refresh (e.g. its tenants could not be listed), if so
 */
public record AccountOverview(AccountSettings settings, List<Tenant> tenants, String problem) {
    /** @param problem the last error of this tenant's subscriptions listing (a {@link SignInProblems} line), if any */
    public record Tenant(String tenantId, String name, boolean opened, boolean listed, String problem, List<Subscription> subscriptions) {}

    public record Subscription(String subscriptionId, String name, boolean shown) {}

    public CacheScope scope() {
        return LiveAccount.scope(settings);
    }

    public long shownSubscriptions() {
        return tenants.stream().flatMap(t -> t.subscriptions().stream()).filter(Subscription::shown).count();
    }

    /**
     * Why the tree would be empty, instead of an empty tree: a tenant that needs MFA or a new sign-in, a filter that
     * hides everything, no role on any subscription, or no refresh yet. Empty when some subscription shows.
     */
    public Optional<String> whyNoSubscriptions() {
        if (shownSubscriptions() > 0) {
            return Optional.empty();
        }
        if (problem != null) {
            return Optional.of("Cannot list this account's tenants — " + problem);
        }
        for (Tenant t : tenants) {
            if (t.opened() && t.problem() != null) {
                return Optional.of(switch (SignInProblems.code(t.problem())) {
                    case SignInProblems.MFA_REQUIRED -> "Tenant " + t.name() + " needs multi-factor authentication: sign in to it in the Accounts panel.";
                    case SignInProblems.SIGN_IN_REQUIRED -> "Sign-in needed for " + t.name() + ": use Sign in in the Accounts panel.";
                    case SignInProblems.SECRET_REQUIRED -> "Enter the client secret in the Accounts panel (no OS keyring keeps it between runs).";
                    default -> "No subscriptions listed for " + t.name() + " — " + t.problem();
                });
            }
        }
        long total = tenants.stream().mapToLong(t -> t.subscriptions().size()).sum();
        if (total > 0) {
            return Optional.of("All " + total + " subscriptions are hidden by the subscription filter (Accounts panel).");
        }
        if (tenants.stream().noneMatch(Tenant::listed)) {
            return Optional.of("Not refreshed yet: press F5.");
        }
        long closed = tenants.stream().filter(t -> !t.opened()).count();
        return Optional.of("No subscriptions: this account has no access to any subscription in its signed-in tenants "
                + "(browsing needs at least Reader)" + (closed == 0 ? "." : "; " + closed + " other tenant"
                + (closed == 1 ? " is" : "s are") + " not opened (Accounts panel)."));
    }
}
