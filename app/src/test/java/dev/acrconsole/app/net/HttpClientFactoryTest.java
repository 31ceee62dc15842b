package dev.acrconsole.app.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's HTTP client through a real local CONNECT proxy, to the sandbox over HTTPS. */
class HttpClientFactoryTest {
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private Path ca;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        ca = Files.writeString(dir.resolve("ca.pem"), sandbox.certificatePem());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anExplicitProxyWithCredentialsCarriesTheRequests() throws Exception {
        try (CountingProxy proxy = CountingProxy.requiringCredentials("corp\\jane", "pr0xy-pa55")) {
            HttpClient client = HttpClientFactory.create(new ProxySettings(ProxySettings.Mode.MANUAL, "127.0.0.1", proxy.port(), "corp\\jane"),
                    "pr0xy-pa55".toCharArray(), ca, Map.of());

            assertThat(get(client)).isEqualTo(200);

            assertThat(proxy.tunnels()).containsExactly("127.0.0.1:" + sandbox.baseUrl().getPort());
            assertThat(proxy.refused()).as("the first CONNECT goes without credentials and is challenged").hasSize(1);
        }
    }

    @Test
    void httpsProxyFromTheEnvironmentIsHonouredAndNoProxyBypassesIt() throws Exception {
        try (CountingProxy proxy = CountingProxy.open()) {
            HttpClient viaProxy = HttpClientFactory.create(ProxySettings.SYSTEM, null, ca,
                    Map.of("HTTPS_PROXY", "http://127.0.0.1:" + proxy.port()));
            assertThat(get(viaProxy)).isEqualTo(200);
            assertThat(proxy.tunnels()).hasSize(1);

            HttpClient bypassing = HttpClientFactory.create(ProxySettings.SYSTEM, null, ca,
                    Map.of("https_proxy", "127.0.0.1:" + proxy.port(), "NO_PROXY", "localhost,.example.com,127.0.0.1"));
            assertThat(get(bypassing)).isEqualTo(200);
            assertThat(proxy.tunnels()).as("NO_PROXY names the sandbox's host").hasSize(1);
        }
    }

    @Test
    void withoutTheExtraCaTheSandboxIsNotTrustedAndABadCaFileIsRefusedClearly() throws Exception {
        HttpClient plain = HttpClientFactory.create(ProxySettings.SYSTEM, null, null, Map.of());
        assertThatThrownBy(() -> get(plain)).hasStackTraceContaining("SSL");

        Path notACertificate = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> HttpClientFactory.create(ProxySettings.SYSTEM, null, notACertificate, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PEM");
        assertThatThrownBy(() -> new ProxySettings(ProxySettings.Mode.MANUAL, "proxy.corp", 70000, null))
                .hasMessage("Proxy port: a number from 1 to 65535");
    }

    private int get(HttpClient client) {
        HttpRequest request = new HttpRequest(HttpMethod.GET, sandbox.baseUrl() + "subscriptions?api-version=2022-12-01")
                .setHeader(com.azure.core.http.HttpHeaderName.AUTHORIZATION, "Bearer " + SandboxServer.token());
        try (HttpResponse response = client.sendSync(request, Context.NONE)) {
            return response.getStatusCode();
        }
    }
}
