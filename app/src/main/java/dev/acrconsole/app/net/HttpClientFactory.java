package dev.acrconsole.app.net;

import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import dev.acrconsole.app.settings.ProxySettings;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one HTTP client every Azure call goes through (ARM and sign-in alike): the JDK's, with the proxy and the
 * extra trusted CA from the settings. For an authenticated proxy the JVM must allow Basic for HTTPS tunnels
 * ({@code -Djdk.http.auth.tunneling.disabledSchemes=}, set in the JVM options).
 */
public final class HttpClientFactory {
    private HttpClientFactory() {}

    /**
     * @param proxyPassword the MANUAL proxy's password, from the secret store (null if none)
     * @param caCertificate extra CA certificates file, or null
     * @param env           the process environment (HTTPS_PROXY, NO_PROXY)
     */
    public static HttpClient create(ProxySettings proxy, char[] proxyPassword, Path caCertificate, Map<String, String> env) {
        return new JdkHttpClientBuilder(builder(proxy, proxyPassword, caCertificate, env)).build();
    }

    static java.net.http.HttpClient.Builder builder(ProxySettings proxy, char[] proxyPassword, Path caCertificate,
                                                    Map<String, String> env) {
        java.net.http.HttpClient.Builder b = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20));
        switch (proxy.mode()) {
            case NONE -> b.proxy(java.net.http.HttpClient.Builder.NO_PROXY);
            case MANUAL -> {
                b.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
                if (proxy.userName() != null) {
                    b.authenticator(proxyAuthenticator(proxy.userName(), proxyPassword == null ? new char[0] : proxyPassword.clone()));
                }
            }
            case SYSTEM -> {
                ProxySelector os = ProxySelector.getDefault(); // the OS's settings (java.net.useSystemProxies)
                ProxySelector chosen = EnvironmentProxySelector.from(env, os).orElse(os);
                b.proxy(chosen == null ? java.net.http.HttpClient.Builder.NO_PROXY : chosen);
            }
        }
        if (caCertificate != null) {
            List<X509Certificate> extra = TrustedCertificates.read(caCertificate);
            b.sslContext(TrustedCertificates.withExtra(extra));
        }
        return b;
    }

    /** Answers proxy challenges only: a server's challenge must never get the proxy's password. */
    private static Authenticator proxyAuthenticator(String user, char[] password) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.PROXY ? new PasswordAuthentication(user, password) : null;
            }
        };
    }
}
