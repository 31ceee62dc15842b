package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.acrconsole.sandbox.dataplane.DataPlane;
import dev.acrconsole.sandbox.dataplane.DataRequest;
import dev.acrconsole.sandbox.dataplane.DataResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP front of one registry's data-plane host: counts, delays ({@code --latency-ms}), applies {@link Faults}
 * (chaos and throttling, answered in ACR's error shape), hands the request to the {@link DataPlane}, saves the state
 * before answering, and writes the answer.
 */
final class DataPlaneFront implements HttpHandler {

    private final DataPlane plane;
    private final String loginServer;
    private final URI base;
    private final Faults faults;
    private final long latencyMs;
    private final RequestCounter requests;
    private final Runnable beforeHandling;
    private final Runnable beforeAnswer;

    /**
     * {@code beforeHandling} runs first (ARM's operations whose time came end, so a token disabled by a PATCH is
     * disabled here too); {@code beforeAnswer} after the request was handled (the state file is saved).
     */
    DataPlaneFront(DataPlane plane, String loginServer, URI base, Faults faults, long latencyMs, RequestCounter requests,
                   Runnable beforeHandling, Runnable beforeAnswer) {
        this.plane = plane;
        this.loginServer = loginServer;
        this.base = base;
        this.faults = faults;
        this.latencyMs = latencyMs;
        this.requests = requests;
        this.beforeHandling = beforeHandling;
        this.beforeAnswer = beforeAnswer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        requests.received(exchange.getRequestMethod(), false);
        try {
            sleep(latencyMs);
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getPath().replaceAll("/{2,}", "/"); // an endpoint with a trailing slash
            Faults.Chaos fault = faults.nextChaos(method, path);
            if (fault == Faults.Chaos.RESET) {
                return;
            }
            if (fault == Faults.Chaos.MALFORMED) {
                write(exchange, method, new DataResponse(200, Map.of("Content-Type", "application/json"),
                        "{\"repositories\": [ this is not JSON".getBytes(StandardCharsets.UTF_8)), false);
                return;
            }
            if (fault == Faults.Chaos.STALL) {
                sleep(faults.stall().toMillis());
            }
            DataResponse response;
            if (fault == Faults.Chaos.THROTTLE) {
                response = error(429, "TOOMANYREQUESTS", "too many requests (sandbox chaos)", Map.of("Retry-After", "1"));
            } else if (fault == Faults.Chaos.UNAVAILABLE) {
                response = error(503, "UNAVAILABLE", "service unavailable (sandbox chaos)", Map.of());
            } else {
                response = answer(exchange, method, path, body);
            }
            beforeAnswer.run();
            write(exchange, method, response, fault == Faults.Chaos.TRUNCATED);
        } finally {
            requests.answered();
            exchange.close();
        }
    }

    private DataResponse answer(HttpExchange exchange, String method, String path, byte[] body) {
        try {
            faults.checkThrottle(new Request(method, path, path, Map.of(), Map.of(), body));
        } catch (ArmException e) {
            return error(e.status(), "TOOMANYREQUESTS", e.getMessage(), e.headers());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        beforeHandling.run();
        DataRequest request = new DataRequest(method, path, DataRequest.parseQuery(exchange.getRequestURI().getRawQuery()),
                headers, body);
        try {
            return plane.handle(loginServer, base, request);
        } catch (RuntimeException e) {
            return error(500, "UNKNOWN", "The sandbox failed: " + e, Map.of());
        }
    }

    /** A body in ACR's error shape, for what the front itself answers. */
    private static DataResponse error(int status, String code, String message, Map<String, String> more) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.putArray("errors").addObject().put("code", code).put("message", message);
        Map<String, String> headers = new LinkedHashMap<>(more);
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Docker-Distribution-Api-Version", "registry/2.0");
        return new DataResponse(status, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the answer. A HEAD answer tells its body's length and sends none; {@code truncated} promises the whole
     * body and sends half, then drops the connection.
     */
    private static void write(HttpExchange exchange, String method, DataResponse response, boolean truncated) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        byte[] bytes = response.body();
        if (bytes == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        if (method.equals("HEAD")) {
            headers.set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(truncated ? Arrays.copyOf(bytes, bytes.length / 2) : bytes);
        out.flush();
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
}
