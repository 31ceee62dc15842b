package dev.acrconsole.app.accounts;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.microsoft.aad.msal4j.OpenBrowserAction;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Builds an account's credential: azure-identity's for the Azure CLI and service principals, {@link UserCredential}
 * (MSAL) for users. Every account may ask for any tenant's token; {@link TenantCredential} picks the tenant.
 */
final class CredentialFactory {
    /** The public client id azure-identity itself uses for interactive sign-in (the Azure CLI's). */
    static final String DEFAULT_PUBLIC_CLIENT = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

    /** As for ARM (ArmClients): an unreachable sign-in endpoint is reported in seconds, not after minutes of retries. */
    private static final RetryOptions RETRY = new RetryOptions(new ExponentialBackoffOptions()
            .setMaxRetries(2).setBaseDelay(Duration.ofMillis(400)).setMaxDelay(Duration.ofSeconds(10)));

    private final HttpClient http;
    private final Keyring keyring;
    private final Path cacheDir;
    private final OpenBrowserAction browser;

    CredentialFactory(HttpClient http, Keyring keyring, Path cacheDir, OpenBrowserAction browser) {
        this.http = http;
        this.keyring = keyring;
        this.cacheDir = cacheDir;
        this.browser = browser;
    }

    /** The secret store key of a service principal's client secret (or PFX password). */
    static String secretKey(AccountSettings account) {
        return "client-secret:" + account.key();
    }

    /** @throws MissingSecretException for a service principal whose secret is neither stored nor typed this run */
    TokenCredential create(AccountSettings account, CloudSettings cloud) {
        String tenant = account.tenantId() == null ? "organizations" : account.tenantId();
        return switch (account.kind()) {
            case BROWSER, DEVICE_CODE -> UserCredential.create(account, cloud, http, keyring, cacheDir, browser);
            case AZURE_CLI -> new AzureCliCredentialBuilder().tenantId(account.tenantId())
                    .additionallyAllowedTenants("*").processTimeout(Duration.ofSeconds(30)).build();
            case SERVICE_PRINCIPAL_SECRET -> aad(new ClientSecretCredentialBuilder(), cloud, tenant)
                    .clientId(account.clientId()).clientSecret(secret(account)).build();
            case SERVICE_PRINCIPAL_CERTIFICATE -> {
                ClientCertificateCredentialBuilder b = aad(new ClientCertificateCredentialBuilder(), cloud, tenant)
                        .clientId(account.clientId());
                String path = account.certificatePath();
                if (path.toLowerCase(Locale.ROOT).matches(".*\\.(pfx|p12)$")) {
                    b.pfxCertificate(path).clientCertificatePassword(keyring.store().read(secretKey(account)).orElse(null));
                } else {
                    b.pemCertificate(path);
                }
                yield b.build();
            }
        };
    }

    private <T extends AadCredentialBuilderBase<T>> T aad(T builder, CloudSettings cloud, String tenant) {
        builder.authorityHost(cloud.authority()).tenantId(tenant).additionallyAllowedTenants("*").httpClient(http)
                .retryOptions(RETRY);
        if (!cloud.builtIn()) {
            // A custom cloud's authority is not one Microsoft's instance discovery knows.
            builder.disableInstanceDiscovery();
        }
        return builder;
    }

    private String secret(AccountSettings account) {
        return keyring.store().read(secretKey(account)).orElseThrow(() -> new MissingSecretException(account));
    }
}
