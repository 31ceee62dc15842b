package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.OpenBrowserAction;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.AccountSettings;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.sandbox.SandboxPrincipal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The browser sign-in (authorization code with PKCE, MSAL's loopback redirect listener) against the sandbox. The
 * "browser" is a plain HTTP client: it opens the sign-in page, which signs the configured user in at once, and
 * submits the page's form to the app's listener on localhost. What is not covered: a real browser and Entra ID's pages.
 */
class BrowserSignInTest extends AccountsFixture {
    @Test
    void theBrowserFlowSignsInAndTheAccountReadsItsSubscriptions() throws Exception {
        cloud.sandbox.identity().registerUser(new SandboxPrincipal("bob@contoso.com", prod.tenantId(), Set.of(prod.subscriptionId())));
        cloud.sandbox.identity().signInBrowserAs("bob@contoso.com");
        Accounts withBrowser = new Accounts(dataDir(), store, Kinds.CATALOG, Clock.systemUTC(), Map.of(), Keyring.probe(dataDir()), browser());

        AccountSettings bob = withBrowser.signIn(AccountKind.BROWSER, "Sandbox", null, p -> { }).get(60, TimeUnit.SECONDS);
        var report = withBrowser.refresh(bob.key(), RefreshListener.NONE);

        assertThat(bob.id()).isEqualTo("bob@contoso.com");
        assertThat(bob.kind()).isEqualTo(AccountKind.BROWSER);
        assertThat(report.failures()).isEmpty();
        assertThat(store.resources(LiveAccount.scope(bob), SubscriptionKind.KIND)).extracting(s -> s.subscriptionId())
                .containsExactly(prod.subscriptionId());
    }

    /** Opens the sign-in page and submits its form to MSAL's listener, as a browser's onload script would. */
    private OpenBrowserAction browser() throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(trust()).followRedirects(HttpClient.Redirect.NEVER).build();
        return url -> {
            try {
                String page = http.send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(page);
                assertThat(action.find()).as(page).isTrue();
                StringBuilder form = new StringBuilder();
                Matcher input = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
                while (input.find()) {
                    form.append(form.isEmpty() ? "" : "&").append(input.group(1)).append('=')
                            .append(URLEncoder.encode(input.group(2), StandardCharsets.UTF_8));
                }
                http.send(HttpRequest.newBuilder(URI.create(action.group(1))).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException("the test browser failed", e);
            }
        };
    }

    private SSLContext trust() throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(cloud.certificate));
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("sandbox", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
