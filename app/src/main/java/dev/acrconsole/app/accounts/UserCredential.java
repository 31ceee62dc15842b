package dev.acrconsole.app.accounts;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.identity.AuthenticationRecord;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.OpenBrowserAction;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;
import com.microsoft.aad.msal4jextensions.PersistenceSettings;
import com.microsoft.aad.msal4jextensions.PersistenceTokenCacheAccessAspect;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.settings.CloudSettings;
import java.io.ByteArrayInputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A user account (browser or device code) on MSAL for Java, the library azure-identity is built on. Tokens are only
 * ever fetched silently here; the interactive flows run only from {@link #signIn}, when the user asks, so twenty
 * guest tenants never mean twenty prompts. Used instead of azure-identity's InteractiveBrowserCredential and
 * DeviceCodeCredential because, with automatic authentication disabled and no OS keyring, those cannot use the
 * sign-in they just did (ADR 0006). The account is remembered as azure-identity's AuthenticationRecord JSON.
 */
final class UserCredential implements TokenCredential {
    /** MSAL polls device codes and runs its flows here; daemon threads never keep the app from exiting. */
    private static final ExecutorService MSAL_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "msal");
        t.setDaemon(true);
        return t;
    });
    private static final String CACHE_FILE = "msal.cache";

    private final PublicClientApplication app;
    private final AccountKind kind;
    private final String clientId;
    private final OpenBrowserAction browser;
    private final String authorityHost;
    private volatile String homeAccountId;

    private UserCredential(PublicClientApplication app, AccountKind kind, String clientId, String homeAccountId,
                           OpenBrowserAction browser, String authorityHost) {
        this.app = app;
        this.authorityHost = authorityHost;
        this.kind = kind;
        this.clientId = clientId;
        this.homeAccountId = homeAccountId;
        this.browser = browser;
    }

    /**
     * @param cacheDir where the persistent cache's lock and stamp files go (the tokens themselves live in the OS
     *                 keyring, or encrypted by DPAPI on Windows); unused when the keyring does not work
     * @param browser  opens the sign-in page; null for the system browser
     */
    static UserCredential create(AccountSettings account, CloudSettings cloud, HttpClient http, Keyring keyring, Path cacheDir,
                                 OpenBrowserAction browser) {
        String clientId = account.clientId() == null ? CredentialFactory.DEFAULT_PUBLIC_CLIENT : account.clientId();
        try {
            PublicClientApplication.Builder b = PublicClientApplication.builder(clientId)
                    .authority(cloud.authority() + "organizations")
                    .httpClient(new MsalHttpClient(http))
                    .executorService(MSAL_THREADS);
            if (!cloud.builtIn()) {
                // A custom cloud's authority is not one Microsoft's instance discovery knows.
                b.instanceDiscovery(false).validateAuthority(false);
            }
            if (keyring.persistent()) {
                b.setTokenCacheAccessAspect(new PersistenceTokenCacheAccessAspect(PersistenceSettings
                        .builder(CACHE_FILE, cacheDir)
                        .setMacKeychain(OsSecretStore.SERVICE, "msal-token-cache")
                        .setLinuxKeyring("default", OsSecretStore.SERVICE, "ACR Console token cache", "service", OsSecretStore.SERVICE,
                                "key", "msal-token-cache")
                        .build()));
            }
            return new UserCredential(b.build(), account.kind(), clientId, homeAccountId(account), browser, cloud.authority());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Authority is not a valid URL: " + cloud.authority(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot open the token cache: " + e.getMessage(), e);
        }
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request)).subscribeOn(Schedulers.boundedElastic());
    }

    /** A token from the cache or a refresh token, never a prompt; {@link SignInRequiredException} says why not. */
    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        IAccount account = account().orElseThrow(() -> new SignInRequiredException(request.getTenantId(), null));
        try {
            SilentParameters.SilentParametersBuilder p = SilentParameters.builder(Set.copyOf(request.getScopes()), account);
            // The full authority URL, not tenant(): MSAL would rebuild it from the account's environment, which
            // drops a port (the sandbox's identity endpoint has one).
            p.authorityUrl(authorityHost + (request.getTenantId() != null ? request.getTenantId() : homeTenant(homeAccountId)));
            return token(app.acquireTokenSilently(p.build()).get());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a tenant: " + request.getTenantId(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MsalInteractionRequiredException needed) {
                throw new SignInRequiredException(request.getTenantId(), needed);
            }
            throw new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /**
     * Signs in interactively to {@code tenant} (null: the user's home tenant): the browser, or a device code shown
     * through {@code prompts}. Cancelling the future abandons the wait (a device code left behind just expires).
     */
    CompletableFuture<AuthenticationRecord> signIn(String tenant, String scope, Consumer<DeviceCodePrompt> prompts) {
        CompletableFuture<IAuthenticationResult> result;
        if (kind == AccountKind.DEVICE_CODE) {
            DeviceCodeFlowParameters.DeviceCodeFlowParametersBuilder p = DeviceCodeFlowParameters.builder(Set.of(scope),
                    code -> prompts.accept(new DeviceCodePrompt(code.userCode(), code.verificationUri(), code.message(),
                            OffsetDateTime.now().plusSeconds(code.expiresIn()))));
            result = app.acquireToken(tenant == null ? p.build() : p.tenant(tenant).build());
        } else {
            SystemBrowserOptions.SystemBrowserOptionsBuilder options = SystemBrowserOptions.builder()
                    .htmlMessageSuccess("Signed in to ACR Console. You can close this tab.");
            if (browser != null) {
                options.openBrowserAction(browser);
            }
            InteractiveRequestParameters.InteractiveRequestParametersBuilder p = InteractiveRequestParameters
                    .builder(URI.create("http://localhost")).scopes(Set.of(scope)).systemBrowserOptions(options.build());
            result = app.acquireToken(tenant == null ? p.build() : p.tenant(tenant).build());
        }
        CompletableFuture<AuthenticationRecord> record = result.thenApply(r -> {
            homeAccountId = r.account().homeAccountId();
            return record(r);
        });
        // Cancelling what the caller holds cancels MSAL's future too.
        record.whenComplete((r, e) -> {
            if (record.isCancelled()) {
                result.cancel(true);
            }
        });
        return record;
    }

    private java.util.Optional<IAccount> account() {
        String id = homeAccountId;
        if (id == null) {
            return java.util.Optional.empty();
        }
        return app.getAccounts().join().stream().filter(a -> id.equals(a.homeAccountId())).findFirst();
    }

    private AuthenticationRecord record(IAuthenticationResult r) {
        // azure-identity's own format (authority, homeAccountId, tenantId, clientId, username): no token in it.
        String json = "{\"authority\":" + quote(r.account().environment()) + ",\"homeAccountId\":" + quote(r.account().homeAccountId())
                + ",\"tenantId\":" + quote(homeTenant(r.account().homeAccountId()))
                + ",\"clientId\":" + quote(clientId) + ",\"username\":" + quote(r.account().username()) + "}";
        return AuthenticationRecord.deserialize(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A home account id is {@code objectId.homeTenantId}. */
    private static String homeTenant(String homeAccountId) {
        int dot = homeAccountId == null ? -1 : homeAccountId.indexOf('.');
        return dot < 0 ? null : homeAccountId.substring(dot + 1);
    }

    private static String homeAccountId(AccountSettings account) {
        if (account.authenticationRecord() == null) {
            return null;
        }
        return AuthenticationRecord.deserialize(new ByteArrayInputStream(account.authenticationRecord()
                .getBytes(StandardCharsets.UTF_8))).getHomeAccountId();
    }

    private static AccessToken token(IAuthenticationResult r) {
        return new AccessToken(r.accessToken(), r.expiresOnDate().toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public String toString() {
        return "UserCredential[" + kind + "]";
    }
}
