package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Service principals through azure-identity's real ClientSecretCredential and ClientCertificateCredential, signing
 * in at the sandbox's identity endpoint (authority host pointed at it, instance discovery disabled) over HTTPS.
 */
class ServicePrincipalSignInTest extends AccountsFixture {

    @Test
    void aClientSecretSignsInAndTheRefreshReadsOnlyItsSubscription() {
        cloud.sandbox.identity().registerApp("11111111-2222-3333-4444-555555555555", "the-secret",
                new SandboxPrincipal("ci-app", prod.tenantId(), Set.of(prod.subscriptionId())));

        AccountSettings account = accounts.addServicePrincipal("Sandbox", prod.tenantId(),
                "11111111-2222-3333-4444-555555555555", "the-secret", null);
        RefreshReport report = accounts.refresh(account.key(), RefreshListener.NONE);

        assertThat(account.kind()).isEqualTo(AccountKind.SERVICE_PRINCIPAL_SECRET);
        assertThat(report.failures()).isEmpty();
        assertThat(store.navigationRows(LiveAccount.scope(account))).filteredOn(r -> r.kind() == SubscriptionKind.KIND)
                .extracting(NavigationRow::name).containsExactly(prod.displayName());
        assertThat(store.navigationRows(LiveAccount.scope(account))).filteredOn(r -> r.kind() == RegistryKind.KIND)
                .hasSize(cloud.data().registries(prod.subscriptionId()).size());
    }

    @Test
    void aWrongSecretIsRefusedWithEntraIdsReasonAndNothingIsRemembered() {
        cloud.sandbox.identity().registerApp("11111111-2222-3333-4444-555555555555", "the-secret",
                new SandboxPrincipal("ci-app", prod.tenantId(), Set.of(prod.subscriptionId())));

        assertThatThrownBy(() -> accounts.addServicePrincipal("Sandbox", prod.tenantId(),
                "11111111-2222-3333-4444-555555555555", "not-the-secret", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SignInFailed: ")
                .hasMessageContaining("AADSTS7000215");
        assertThat(accounts.settings().accounts()).isEmpty();
    }

    @Test
    void aWrongSecretTypedAgainForAKnownAppKeepsTheSecretThatWorks() {
        cloud.sandbox.identity().registerApp("11111111-2222-3333-4444-555555555555", "the-secret",
                new SandboxPrincipal("ci-app", prod.tenantId(), Set.of(prod.subscriptionId())));
        Keyring keyring = new Keyring(new MemorySecretStore(), Optional.empty());
        Accounts before = cloud.accounts(dataDir(), store, Map.of(), keyring);
        AccountSettings account = before.addServicePrincipal("Sandbox", prod.tenantId(),
                "11111111-2222-3333-4444-555555555555", "the-secret", null);

        assertThatThrownBy(() -> before.addServicePrincipal("Sandbox", prod.tenantId(),
                "11111111-2222-3333-4444-555555555555", "not-the-secret", null)).hasMessageContaining("AADSTS7000215");

        Accounts afterRestart = cloud.accounts(dataDir(), store, Map.of(), keyring);
        assertThat(afterRestart.refresh(account.key(), RefreshListener.NONE).failures()).as("still signs in with the kept secret")
                .isEmpty();
    }

    @Test
    void badInputIsRefusedWhereItIsTyped() {
        assertThatThrownBy(() -> accounts.addServicePrincipal("Sandbox", "not a tenant", "abc", "s", null))
                .hasMessageStartingWith("Tenant: ");
        assertThatThrownBy(() -> accounts.addServicePrincipal("Sandbox", prod.tenantId(), "abc", "", null))
                .hasMessageStartingWith("Client secret: ");
        assertThatThrownBy(() -> accounts.addServicePrincipal("Sandbox", prod.tenantId(), "abc", null, dir.resolve("none.pem").toString()))
                .hasMessageStartingWith("Certificate: file not found");
    }

    @Test
    void aCertificateSignsInWithAnAssertionTheSandboxVerifies() throws Exception {
        TestCertificates.KeyAndCertificate key = TestCertificates.rsa("CN=ci-cert-app");
        Path pem = Files.writeString(dir.resolve("app.pem"), key.pem());
        cloud.sandbox.identity().registerApp("99999999-2222-3333-4444-555555555555", key.certificate(),
                new SandboxPrincipal("ci-cert-app", prod.tenantId(), Set.of(prod.subscriptionId())));

        AccountSettings account = accounts.addServicePrincipal("Sandbox", prod.tenantId(),
                "99999999-2222-3333-4444-555555555555", null, pem.toString());
        RefreshReport report = accounts.refresh(account.key(), RefreshListener.NONE);

        assertThat(account.kind()).isEqualTo(AccountKind.SERVICE_PRINCIPAL_CERTIFICATE);
        assertThat(report.failures()).isEmpty();
        assertThat(store.resources(LiveAccount.scope(account), SubscriptionKind.KIND)).singleElement()
                .satisfies(s -> assertThat(s.subscriptionId()).isEqualTo(prod.subscriptionId()));

        // Another key for the same app is refused: the sandbox checks the assertion's signature.
        TestCertificates.KeyAndCertificate other = TestCertificates.rsa("CN=impostor");
        Path wrong = Files.writeString(dir.resolve("other.pem"), other.pem());
        assertThatThrownBy(() -> accounts.addServicePrincipal("Sandbox", prod.tenantId(),
                "99999999-2222-3333-4444-555555555555", null, wrong.toString()))
                .hasMessageContaining("AADSTS700027");
    }
}
