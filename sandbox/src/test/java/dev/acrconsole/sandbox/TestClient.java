package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A real HTTPS client that trusts only the sandbox's certificate. */
final class TestClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxServer server;
    private final HttpClient http;

    TestClient(SandboxServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(trustOnly(server.certificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static SSLContext trustOnly(X509Certificate certificate) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("sandbox", certificate);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET with the sandbox token; {@code pathAndQuery} has no leading slash. */
    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(server.baseUrl().resolve(pathAndQuery))
                .header("Authorization", "Bearer " + SandboxServer.token()).GET());
    }

    /** A request with a JSON body (or none when {@code json} is null) and the sandbox token. */
    HttpResponse<String> send(String method, String pathAndQuery, String json) {
        return send(HttpRequest.newBuilder(server.baseUrl().resolve(pathAndQuery))
                .header("Authorization", "Bearer " + SandboxServer.token())
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + SandboxServer.token()).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path (no leading slash) of the sample registry with this name. */
    String registryPath(String name) {
        return registry(name).id().substring(1);
    }

    SandboxData.Registry registry(String name) {
        return server.data().registries().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** A query value as a client encodes it. */
    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    URI uri(String pathAndQuery) {
        return server.baseUrl().resolve(pathAndQuery);
    }

    /** Polls an Azure-AsyncOperation URL as a client should (Retry-After is 0 in tests) until a terminal status. */
    JsonNode pollStatus(String url) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode status = json(get(URI.create(url)));
            if (!status.get("status").asText().equals("InProgress")) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("operation did not end: " + url);
    }

    /**
     * A PUT as a client makes it: 200 or 201, then the Azure-AsyncOperation URL polled until Succeeded, then a GET.
     * {@code pathAndQuery} carries the api-version.
     */
    JsonNode putAndWait(String pathAndQuery, String json) throws InterruptedException {
        HttpResponse<String> put = send("PUT", pathAndQuery, json);
        org.assertj.core.api.Assertions.assertThat(put.statusCode()).as(put.body()).isIn(200, 201);
        JsonNode status = pollStatus(put.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        org.assertj.core.api.Assertions.assertThat(status.get("status").asText()).as(status.toString()).isEqualTo("Succeeded");
        return json(get(pathAndQuery));
    }

    /** ARM's error answer: the status, and a body {"error":{"code","message"}} with this code and some message. */
    static void assertArmError(HttpResponse<String> response, int status, String code) {
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        org.assertj.core.api.Assertions.assertThat(json(response).at("/error/code").asText()).as(response.body()).isEqualTo(code);
        org.assertj.core.api.Assertions.assertThat(json(response).at("/error/message").asText()).isNotBlank();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
