package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** The HTTP front: counts, delays, authenticates, routes, and writes every answer the way ARM does. */
final class ExchangeHandler implements HttpHandler {

    private static final String CHALLENGE =
            "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", error=\"invalid_token\"";

    private final Router router;
    private final Operations operations;
    private final Faults faults;
    private final long latencyMs;
    private final RequestCounter requests;
    private final SandboxIdentity identity;
    private final Runnable beforeAnswer;
    private final Throttling throttling;

    /** {@code beforeAnswer} runs after each request is handled and before it is answered (the state file is saved). */
    ExchangeHandler(Router router, Operations operations, Faults faults, long latencyMs, RequestCounter requests,
                    SandboxIdentity identity, Runnable beforeAnswer, Throttling throttling) {
        this.throttling = throttling;
        this.router = router;
        this.operations = operations;
        this.faults = faults;
        this.latencyMs = latencyMs;
        this.requests = requests;
        this.identity = identity;
        this.beforeAnswer = beforeAnswer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.received(exchange.getRequestMethod(), true);
        try {
            delay();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Faults.Chaos fault = faults.nextChaos(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
            if (fault == Faults.Chaos.RESET) {
                return; // closed below with nothing sent: the client sees the connection end
            }
            if (fault == Faults.Chaos.MALFORMED) {
                writeRaw(exchange, 200, "{\"value\": [ this is not JSON".getBytes(StandardCharsets.UTF_8), -1);
                return;
            }
            if (fault == Faults.Chaos.STALL) {
                sleep(faults.stall().toMillis());
            }
            Response response;
            Map<String, String> rateLimits = Map.of(); // what the request's buckets have left, on every ARM answer
            try {
                if (fault == Faults.Chaos.THROTTLE) {
                    throw new ArmException(429, "SubscriptionRequestsThrottled", "Number of requests for subscription "
                            + "actor exceeded (sandbox chaos). Please try again after '1' seconds.", Map.of("Retry-After", "1"));
                }
                if (fault == Faults.Chaos.UNAVAILABLE) {
                    throw new ArmException(503, "ServiceUnavailable", "The service is temporarily unavailable (sandbox chaos).");
                }
                String token = authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
                Request request = request(exchange, body).withAccess(identity.access(token));
                rateLimits = throttling.charge(request);
                faults.checkThrottle(request);
                faults.checkDenied(request);
                operations.advance();
                response = operations.poll(request).orElseGet(() -> router.dispatch(request));
            } catch (ArmException e) {
                response = error(e);
            } catch (RuntimeException e) {
                response = error(new ArmException(500, "InternalServerError", "The sandbox failed: " + e));
            }
            beforeAnswer.run(); // an answered write is on disk: a sandbox killed after it still knows it
            if (fault == Faults.Chaos.TRUNCATED && response.body() != null) {
                truncated(exchange, response);
                return;
            }
            write(exchange, response, rateLimits);
        } finally {
            requests.answered();
            exchange.close();
        }
    }

    /** The answer's headers promise its whole body; half of it is sent, then the connection is dropped. */
    private static void truncated(HttpExchange exchange, Response response) throws IOException {
        byte[] whole = ArmJson.MAPPER.writeValueAsBytes(response.body());
        writeRaw(exchange, response.status(), Arrays.copyOf(whole, whole.length / 2), whole.length);
        // Closing short of the promised length makes the JDK's server drop the connection, as a broken link would.
        exchange.close();
    }

    private void delay() {
        sleep(latencyMs);
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends {@code bytes} as the body, promising {@code length} bytes (-1: exactly these). */
    private static void writeRaw(HttpExchange exchange, int status, byte[] bytes, long length) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, length < 0 ? bytes.length : length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
    }

    /** Returns the bearer token, or throws ARM's 401. */
    private static String authenticate(String authorization) {
        if (authorization == null) {
            throw unauthenticated("missing");
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || parts[1].isBlank()) {
            throw unauthenticated("invalid");
        }
        return parts[1].trim();
    }

    private static ArmException unauthenticated(String why) {
        return new ArmException(401, "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is " + why + ".", Map.of("WWW-Authenticate", CHALLENGE));
    }

    private static Request request(HttpExchange exchange, byte[] body) {
        URI uri = exchange.getRequestURI();
        return new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), tidy(uri.getPath()), tidy(uri.getRawPath()),
                query(uri.getRawQuery()), Map.of(), body);
    }

    /** ARM tolerates doubled and trailing slashes; so does the sandbox. */
    private static String tidy(String path) {
        String p = path == null || path.isEmpty() ? "/" : path.replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(decode(name).toLowerCase(Locale.ROOT), decode(value));
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a stray '%' is kept as sent
        }
    }

    private static Response error(ArmException e) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code());
        error.put("message", e.getMessage());
        return new Response(e.status(), body, e.headers());
    }

    private static void write(HttpExchange exchange, Response response, Map<String, String> rateLimits) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        Headers requestHeaders = exchange.getRequestHeaders();
        String correlation = requestHeaders.getFirst("x-ms-correlation-request-id");
        headers.set("Content-Type", "application/json; charset=utf-8");
        headers.set("Cache-Control", "no-cache");
        headers.set("x-ms-request-id", UUID.randomUUID().toString());
        headers.set("x-ms-correlation-request-id", correlation != null ? correlation : UUID.randomUUID().toString());
        String clientRequestId = requestHeaders.getFirst("x-ms-client-request-id");
        if (clientRequestId != null && "true".equalsIgnoreCase(requestHeaders.getFirst("x-ms-return-client-request-id"))) {
            headers.set("x-ms-client-request-id", clientRequestId); // ARM echoes it when asked; the SDK asks
        }
        rateLimits.forEach(headers::set);
        response.headers().forEach(headers::set);
        if (response.body() == null || exchange.getRequestMethod().equalsIgnoreCase("HEAD")) { // HEAD answers carry no body
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] bytes = ArmJson.MAPPER.writeValueAsBytes(response.body());
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
