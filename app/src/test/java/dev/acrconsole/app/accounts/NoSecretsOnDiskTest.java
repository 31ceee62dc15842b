package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.net.CountingProxy;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every sign-in path that can run here, through an authenticated proxy, into one data dir; then every file in it is
 * read byte by byte: no client secret, proxy password, access token or refresh token may be there.
 */
class NoSecretsOnDiskTest extends AccountsFixture {
    private static final String CLIENT_SECRET = "Xk9~client-secret-value-0123456789";
    private static final String PROXY_PASSWORD = "proxy-pa55word-9876";

    @Test
    void afterSigningInThroughAProxyTheDataDirHoldsNoSecretAndNoToken() throws Exception {
        cloud.sandbox.identity().registerApp("cccccccc-0000-0000-0000-000000000003", CLIENT_SECRET,
                new SandboxPrincipal("scan-ci", prod.tenantId(), Set.of(prod.subscriptionId())));
        cloud.sandbox.identity().registerUser(new SandboxPrincipal("carol@contoso.com", prod.tenantId(),
                Set.of(prod.subscriptionId(), edge.subscriptionId())));

        try (CountingProxy proxy = CountingProxy.requiringCredentials("carol", PROXY_PASSWORD)) {
            accounts.saveNetwork(new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1", proxy.port(), "carol"),
                    PROXY_PASSWORD, cloud.certificate.toString());

            AccountSettings app = accounts.addServicePrincipal("Sandbox", prod.tenantId(),
                    "cccccccc-0000-0000-0000-000000000003", CLIENT_SECRET, null);
            CompletableFuture<DeviceCodePrompt> shown = new CompletableFuture<>();
            CompletableFuture<AccountSettings> signedIn = accounts.signIn(AccountKind.DEVICE_CODE, "Sandbox", null, shown::complete);
            cloud.sandbox.identity().approveDeviceCode(shown.get(30, TimeUnit.SECONDS).code(), "carol@contoso.com");
            AccountSettings carol = signedIn.get(30, TimeUnit.SECONDS);
            accounts.openTenant(carol.key(), edge.tenantId());
            var report = accounts.refresh(RefreshListener.NONE);

            assertThat(report.failures()).isEmpty();
            assertThat(accounts.overview()).hasSize(2).allSatisfy(o -> assertThat(o.shownSubscriptions()).isPositive());
            // Sign-in and ARM both went through the proxy, which saw the right credentials.
            assertThat(proxy.tunnels()).contains("127.0.0.1:" + cloud.sandbox.identityUrl().getPort(),
                    "127.0.0.1:" + cloud.sandbox.baseUrl().getPort());
            assertThat(app.key()).isNotBlank();
        }
        db.close();

        List<String> secrets = new ArrayList<>(cloud.sandbox.identity().issuedTokens());
        secrets.add(CLIENT_SECRET);
        secrets.add(PROXY_PASSWORD);
        assertThat(secrets).hasSizeGreaterThan(4);
        List<Path> scanned = SecretScan.assertNoSecrets(dataDir(), secrets);

        assertThat(scanned).extracting(p -> p.getFileName().toString()).contains("cache.db", "settings.json");
        assertThat(Files.readString(dataDir().resolve("settings.json"))).contains("carol@contoso.com", "\"userName\" : \"carol\"");
    }

    @Test
    void theScanFindsATokenOrSecretThatDidReachTheDisk() throws Exception {
        String token = cloud.sandbox.identity().issueToken(new SandboxPrincipal("x", prod.tenantId(), Set.of()), prod.tenantId());
        Path leaky = Files.createDirectories(dir.resolve("leaky"));
        Files.writeString(leaky.resolve("log.txt"), "GET /subscriptions Authorization: Bearer " + token);
        Files.writeString(Files.createDirectories(dir.resolve("leaky2")).resolve("notes"), "secret=" + CLIENT_SECRET);

        assertThatThrownBy(() -> SecretScan.assertNoSecrets(leaky, List.of())).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SecretScan.assertNoSecrets(dir.resolve("leaky2"), List.of(CLIENT_SECRET)))
                .isInstanceOf(AssertionError.class);
    }
}
