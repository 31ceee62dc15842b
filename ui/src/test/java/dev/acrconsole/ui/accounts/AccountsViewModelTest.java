package dev.acrconsole.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.accounts.AccountOverview;
import dev.acrconsole.app.accounts.Accounts;
import dev.acrconsole.app.accounts.Keyring;
import dev.acrconsole.app.accounts.MemorySecretStore;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxPrincipal;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts panel's state without a window: the accounts of a temp data dir, signing in a service principal to the
 * sandbox's identity endpoint (a custom cloud) through the real azure-identity code.
 */
class AccountsViewModelTest {
    private static final String CLIENT_ID = "eeeeeeee-0000-0000-0000-000000000005";

    @TempDir
    Path dir;

    private final AtomicInteger changed = new AtomicInteger();

    /** Secrets in memory, as on a machine without an OS keyring. */
    private final Keyring keyring = new Keyring(new MemorySecretStore(), Optional.of(Keyring.MEMORY_ONLY));

    /** The data dir's accounts. */
    private Accounts accounts(PageFixture f) {
        return new Accounts(dir, f.services.store(), Kinds.CATALOG, Clock.systemUTC(), Map.of(), keyring);
    }

    private AccountsViewModel panel(Accounts accounts, boolean signInAllowed) {
        return new AccountsViewModel(() -> accounts, new DirectBackground(), PageFixture.SAME_THREAD, signInAllowed,
                changed::incrementAndGet);
    }

    private static AddAccountRequest servicePrincipal(String tenant, String clientId, String secret) {
        return new AddAccountRequest(AccountKind.SERVICE_PRINCIPAL_SECRET, "Sandbox", null, tenant, clientId, secret, null);
    }

    @Test
    void withNoAccountsItListsNoneAndSaysSecretsStayInMemory() {
        try (PageFixture f = PageFixture.offline(dir)) {
            AccountsViewModel panel = panel(accounts(f), true);
            panel.reload();

            assertThat(panel.accountsProperty()).isEmpty();
            assertThat(panel.noticeProperty().get()).isEqualTo(Keyring.MEMORY_ONLY);
            assertThat(panel.cloudsProperty()).contains("AzureCloud");
            assertThat(panel.errorProperty().get()).isEmpty();
            assertThat(panel.signInAllowed()).isTrue();
            assertThat(panel.signingInProperty().get()).isFalse();
        }
    }

    @Test
    void startedOfflineNothingSignsInAndItSaysHowToUseAccounts() {
        try (PageFixture f = PageFixture.offline(dir)) {
            AccountsViewModel panel = panel(accounts(f), false);
            panel.reload();

            panel.add(servicePrincipal("contoso.onmicrosoft.com", CLIENT_ID, "secret"));

            assertThat(panel.signInAllowed()).isFalse();
            assertThat(panel.errorProperty().get())
                    .isEqualTo("Started with --offline or --sandbox: nothing signs in. Start without them to use accounts.");
            assertThat(panel.accountsProperty()).isEmpty();
            assertThat(changed).hasValue(0);
        }
    }

    @Test
    void aServicePrincipalWithABadInputShowsTheErrorAndKeepsTheList() throws Exception {
        try (PageFixture f = PageFixture.offline(dir); SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
            SandboxData.Subscription prod = sandbox.data().subscriptions().getFirst();
            sandbox.identity().registerApp(CLIENT_ID, "right-secret",
                    new SandboxPrincipal("contoso-ci", prod.tenantId(), Set.of(prod.subscriptionId())));
            Accounts accounts = accounts(f);
            accounts.addCloud(new CloudSettings("Sandbox", sandbox.baseUrl().toString(), sandbox.identityUrl().toString(),
                    sandbox.baseUrl().toString()));
            accounts.saveNetwork(ProxySettings.SYSTEM, null,
                    Files.writeString(dir.resolve("sandbox-ca.pem"), sandbox.certificatePem()).toString());
            AccountsViewModel panel = panel(accounts, true);
            panel.reload();
            assertThat(panel.cloudsProperty()).contains("Sandbox");

            panel.add(servicePrincipal(prod.tenantId(), CLIENT_ID, "right-secret"));

            assertThat(panel.errorProperty().get()).isEmpty();
            assertThat(panel.statusProperty().get()).isEqualTo("Added " + accounts.overview().getFirst().settings().id());
            assertThat(panel.accountsProperty()).extracting(AccountsViewModel::key).containsExactly("app:" + CLIENT_ID + "@Sandbox");
            assertThat(changed).as("the window is told to refresh").hasValue(1);

            panel.add(servicePrincipal("not a tenant", "ffffffff-0000-0000-0000-000000000006", "secret"));

            assertThat(panel.errorProperty().get()).isEqualTo("Tenant: a tenant id (GUID) or domain, e.g. contoso.onmicrosoft.com");
            assertThat(panel.statusProperty().get()).isEmpty();

            panel.add(servicePrincipal(prod.tenantId(), "ffffffff-0000-0000-0000-000000000006", "wrong-secret"));

            assertThat(panel.errorProperty().get()).isEqualTo("SignInFailed: AADSTS700016: Application with identifier "
                    + "'ffffffff-0000-0000-0000-000000000006' was not found in the directory.");
            assertThat(panel.accountsProperty()).as("the list is kept").extracting(AccountOverview::settings)
                    .extracting(s -> s.clientId()).containsExactly(CLIENT_ID);
            assertThat(changed).hasValue(1);
            assertThat(Files.readString(dir.resolve("settings.json"))).doesNotContain("wrong-secret").doesNotContain("right-secret")
                    .doesNotContain("ffffffff-0000-0000-0000-000000000006");
        }
    }
}
