package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class SandboxServerTest {

    @Test
    void bindsLoopbackOnly() throws IOException {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            int port = server.baseUrl().getPort();
            assertThat(server.baseUrl().toString()).isEqualTo("https://127.0.0.1:" + port + "/");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 2000);
                assertThat(s.isConnected()).isTrue();
            }

            List<InetAddress> external = new ArrayList<>();
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    Collections.list(nic.getInetAddresses()).stream()
                            .filter(a -> a instanceof Inet4Address && !a.isLinkLocalAddress()).forEach(external::add);
                }
            }
            Assumptions.assumeFalse(external.isEmpty(), "no non-loopback IPv4 address to try");
            for (InetAddress address : external) {
                try (Socket s = new Socket()) {
                    assertThatThrownBy(() -> s.connect(new InetSocketAddress(address, port), 2000))
                            .as("connecting via %s", address).isInstanceOf(ConnectException.class);
                }
            }
        }
    }

    @Test
    void certificateIsSelfSignedForLoopbackAndOnlyItIsTrusted() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            X509Certificate cert = server.certificate();
            assertThat(cert.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList())
                    .containsExactlyInAnyOrder("127.0.0.1", "localhost");
            cert.verify(cert.getPublicKey());
            Instant now = Instant.now();
            assertThat(cert.getNotBefore().toInstant()).isBefore(now.minus(Duration.ofHours(23)));
            assertThat(cert.getNotAfter().toInstant()).isAfter(now.plus(Duration.ofDays(360)));

            X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(server.certificatePem().getBytes(StandardCharsets.US_ASCII)));
            assertThat(fromPem).isEqualTo(cert);
            assertThat(server.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");

            // The JDK's default trust store does not know this certificate, so a plain client must fail the handshake.
            HttpClient untrusting = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("tenants?api-version=2022-12-01"))
                    .header("Authorization", "Bearer x").build();
            assertThatThrownBy(() -> untrusting.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
            assertThat(new TestClient(server).get("tenants?api-version=2022-12-01").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void eachRunMakesItsOwnCertificate() {
        try (SandboxServer a = SandboxServer.start(SandboxConfig.defaults());
             SandboxServer b = SandboxServer.start(SandboxConfig.defaults())) {
            assertThat(a.certificate()).isNotEqualTo(b.certificate());
            assertThat(a.baseUrl()).isNotEqualTo(b.baseUrl());
        }
    }

    @Test
    void latencyDelaysEachAnswerWhileRequestsRunInParallel() throws Exception {
        // More at once than any fixed pool the sandbox once had (8): ARM serves each apart, so does the sandbox.
        long latency = 2000; // long enough that every request is in before the first is answered, even on a busy machine
        int requests = 48;
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withLatencyMs(latency))) {
            TestClient client = new TestClient(server);
            client.get("tenants?api-version=2022-12-01"); // warm up TLS so timing measures the sandbox, not the handshake
            ExecutorService callers = Executors.newFixedThreadPool(requests);
            try {
                List<CompletableFuture<Long>> calls = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> {
                        long t = System.nanoTime();
                        assertThat(client.get("subscriptions?api-version=2022-12-01").statusCode()).isEqualTo(200);
                        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t);
                    }, callers));
                }
                for (CompletableFuture<Long> call : calls) {
                    assertThat(call.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(latency);
                }
                // Counted, not timed: a pool of 8 would never serve more than 8 at once, however fast the machine.
                assertThat(server.mostRequestsAtOnce()).as("served at once, not 8 at a time").isGreaterThan(8);
            } finally {
                callers.shutdownNow();
            }
            assertThat(server.requestCount()).isEqualTo(requests + 1);
        }
    }

    @Test
    void itCountsTheWritesItReceivesApartFromTheReads() {
        // Tests of a read-only console assert on this count: reads (and POST actions that only read) are not writes.
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            SandboxData.ResourceGroup group = server.data().resourceGroups().getFirst();
            String path = "subscriptions/" + group.subscriptionId() + "/resourceGroups/" + group.name();
            assertThat(client.get(path + "?api-version=2021-04-01").statusCode()).isEqualTo(200);
            client.send("POST", "subscriptions/" + group.subscriptionId()
                    + "/providers/Microsoft.ContainerRegistry/checkNameAvailability?api-version=2023-07-01",
                    "{\"name\":\"somename01\",\"type\":\"Microsoft.ContainerRegistry/registries\"}");
            assertThat(server.armWriteCount()).isZero();

            client.send("PATCH", path + "?api-version=2021-04-01", "{\"tags\":{\"a\":\"b\"}}");
            client.send("DELETE", path + "/providers/Microsoft.ContainerRegistry/registries/nosuchregistry?api-version=2023-07-01", null);
            assertThat(server.armWriteCount()).as("refused or not, each reached ARM").isEqualTo(2);
            assertThat(server.requestCount()).isEqualTo(4);
        }
    }

    /**
     * The JDK server reads sun.net.httpserver.nodelay once, when its first instance is made; without it a client waits
     * for its own delayed ACK before the body of an answer comes (Nagle). No timing here: the setting is what matters.
     */
    @Test
    void answersAreSentWithoutNaglesDelay() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            assertThat(server.requestCount()).isZero();
            assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
        }
    }

    @Test
    void closeStopsServing() throws IOException {
        SandboxServer server = SandboxServer.start(SandboxConfig.defaults());
        int port = server.baseUrl().getPort();
        server.close();
        server.close(); // a second close is harmless
        try (Socket s = new Socket()) {
            assertThatThrownBy(() -> s.connect(new InetSocketAddress("127.0.0.1", port), 2000)).isInstanceOf(ConnectException.class);
        }
    }
}
