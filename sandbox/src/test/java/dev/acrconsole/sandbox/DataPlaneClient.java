package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Real HTTPS to one registry's data-plane host, trusting only the sandbox's certificate. */
final class DataPlaneClient {

    final URI base;
    final String loginServer;
    private final HttpClient http;

    DataPlaneClient(SandboxServer sandbox, String loginServer) {
        this.loginServer = loginServer;
        this.base = sandbox.dataPlaneUrl(loginServer).orElseThrow();
        this.http = HttpClient.newBuilder().sslContext(TestClient.trustOnly(sandbox.certificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<byte[]> send(String method, String pathAndQuery, String authorization, String accept, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (body != null) {
            b.header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String pathAndQuery, String authorization) {
        return send("GET", pathAndQuery, authorization, null, null);
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return TestClient.JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A refresh token for an Entra token, from {@code POST /oauth2/exchange}. */
    String exchange(String aadToken) {
        HttpResponse<byte[]> r = send("POST", "oauth2/exchange", null, null,
                "grant_type=access_token&service=" + enc(loginServer) + "&access_token=" + enc(aadToken));
        if (r.statusCode() != 200) {
            throw new AssertionError("exchange: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return json(r).path("refresh_token").asText();
    }

    /** "Bearer ..." with an access token for {@code scope}, from {@code POST /oauth2/token} with a refresh token. */
    String bearer(String refreshToken, String... scopes) {
        StringBuilder form = new StringBuilder("grant_type=refresh_token&service=" + enc(loginServer) + "&refresh_token=" + enc(refreshToken));
        for (String s : scopes) {
            form.append("&scope=").append(enc(s));
        }
        HttpResponse<byte[]> r = send("POST", "oauth2/token", null, null, form.toString());
        return "Bearer " + json(r).path("access_token").asText();
    }

    /** Full access as the sandbox's fixed Entra token. */
    String admin(String... scopes) {
        return bearer(exchange(SandboxServer.token()), scopes);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The claims of a JWT. */
    static JsonNode claims(String jwt) {
        String[] parts = jwt.replaceFirst("^Bearer ", "").split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a JWT: " + jwt);
        }
        try {
            return TestClient.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
