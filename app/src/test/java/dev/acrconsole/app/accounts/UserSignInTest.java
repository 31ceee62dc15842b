package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user account through azure-identity's real DeviceCodeCredential against the sandbox's identity endpoint: the
 * code reaches the app, the account is remembered by its AuthenticationRecord, other tenants are not signed in to
 * until opened, and a tenant that demands MFA says so instead of showing nothing.
 */
class UserSignInTest extends AccountsFixture {
    @BeforeEach
    void registerAlice() {
        // Alice is at home in Contoso and a guest in Fabrikam, whose conditional access wants MFA.
        cloud.sandbox.identity().registerUser(new SandboxPrincipal("alice@contoso.com", prod.tenantId(),
                Set.of(prod.subscriptionId(), edge.subscriptionId()), Set.of(edge.tenantId())));
    }

    @Test
    void deviceCodeSignInRemembersTheAccountAndOpensOnlyTheHomeTenant() throws Exception {
        CompletableFuture<DeviceCodePrompt> shown = new CompletableFuture<>();
        CompletableFuture<AccountSettings> signedIn = accounts.signIn(AccountKind.DEVICE_CODE, "Sandbox", null, shown::complete);

        DeviceCodePrompt prompt = shown.get(30, TimeUnit.SECONDS);
        assertThat(prompt.url()).startsWith(cloud.sandbox.identityUrl().toString());
        assertThat(signedIn).isNotDone();
        cloud.sandbox.identity().approveDeviceCode(prompt.code(), "alice@contoso.com");
        AccountSettings alice = signedIn.get(30, TimeUnit.SECONDS);

        assertThat(alice.id()).isEqualTo("alice@contoso.com");
        assertThat(alice.tenantId()).isEqualTo(prod.tenantId());
        assertThat(alice.authenticationRecord()).contains("homeAccountId").doesNotContain("sbx-");

        var report = accounts.refresh(alice.key(), RefreshListener.NONE);

        assertThat(report.failures()).isEmpty();
        AccountOverview overview = accounts.overview().getFirst();
        assertThat(overview.tenants()).extracting(AccountOverview.Tenant::name).containsExactlyInAnyOrder("Contoso", "Fabrikam");
        assertThat(overview.tenants()).filteredOn(AccountOverview.Tenant::opened).extracting(AccountOverview.Tenant::name)
                .containsExactly("Contoso");
        assertThat(store.resources(overview.scope(), SubscriptionKind.KIND)).extracting(s -> s.subscriptionId())
                .containsExactly(prod.subscriptionId());
        // Fabrikam was listed but not signed in to: no token was asked for it.
        assertThat(store.listings(overview.scope())).noneMatch(l -> l.key().equals(ListingKeys.subscriptions(edge.tenantId())));
        assertThat(cloud.sandbox.identity().tokensIssued(edge.tenantId())).as("tokens for the unopened tenant").isZero();
    }

    @Test
    void openingATenantThatNeedsMfaExplainsItselfInsteadOfAnEmptyTree() throws Exception {
        AccountSettings alice = signInAlice();
        accounts.showSubscription(alice.key(), prod.subscriptionId(), false);
        accounts.openTenant(alice.key(), edge.tenantId());

        accounts.refresh(alice.key(), RefreshListener.NONE);

        AccountOverview overview = accounts.overview().getFirst();
        AccountOverview.Tenant fabrikam = overview.tenants().stream().filter(t -> t.name().equals("Fabrikam")).findFirst().orElseThrow();
        assertThat(fabrikam.opened()).isTrue();
        assertThat(SignInProblems.code(fabrikam.problem())).isEqualTo(SignInProblems.MFA_REQUIRED);
        assertThat(fabrikam.problem()).contains("AADSTS50076");
        assertThat(overview.whyNoSubscriptions()).hasValueSatisfying(why -> assertThat(why)
                .contains("Fabrikam").contains("multi-factor"));
    }

    @Test
    void aFilterThatHidesEverySubscriptionSaysSo() throws Exception {
        AccountSettings alice = signInAlice();
        accounts.showSubscription(alice.key(), prod.subscriptionId(), false);
        accounts.refresh(alice.key(), RefreshListener.NONE);

        assertThat(accounts.overview().getFirst().whyNoSubscriptions()).hasValue(
                "All 1 subscriptions are hidden by the subscription filter (Accounts panel).");
        // A hidden subscription is listed, but its resource groups and registries are not read.
        assertThat(store.resources(LiveAccount.scope(alice), RegistryKind.KIND)).isEmpty();
    }

    @Test
    void cancellingADeviceCodeSignInRemembersNothing() throws Exception {
        CompletableFuture<DeviceCodePrompt> shown = new CompletableFuture<>();
        CompletableFuture<AccountSettings> signedIn = accounts.signIn(AccountKind.DEVICE_CODE, "Sandbox", null, shown::complete);
        shown.get(30, TimeUnit.SECONDS);

        signedIn.cancel(true);

        assertThat(signedIn).isCancelled();
        assertThat(accounts.settings().accounts()).isEmpty();
    }

    private AccountSettings signInAlice() throws Exception {
        CompletableFuture<DeviceCodePrompt> shown = new CompletableFuture<>();
        CompletableFuture<AccountSettings> signedIn = accounts.signIn(AccountKind.DEVICE_CODE, "Sandbox", null, shown::complete);
        cloud.sandbox.identity().approveDeviceCode(shown.get(30, TimeUnit.SECONDS).code(), "alice@contoso.com");
        return signedIn.get(30, TimeUnit.SECONDS);
    }
}
