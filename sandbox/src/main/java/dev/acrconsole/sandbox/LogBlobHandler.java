package dev.acrconsole.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Run logs the way Azure Storage serves an append blob behind a SAS URL: {@code GET} or {@code HEAD}
 * {@code /logs/{registry}/{runId}/rawtext.log?...&sig=...}, no bearer token, an HTTP {@code Range} honoured (206 with
 * Content-Range; 416 past the end), and the metadata {@code x-ms-meta-Complete: true} once the run has finished
 * writing it, which is how {@code az acr task logs} knows to stop.
 */
final class LogBlobHandler implements HttpHandler {

    private static final Pattern PATH = Pattern.compile("(?i)/logs/([^/]+)/([^/]+)/rawtext\\.log");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d*)");
    private static final int CHUNK = 1 << 20;

    private final Runs runs;

    LogBlobHandler(Runs runs) {
        this.runs = runs;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Matcher m = PATH.matcher(path);
            if (!method.equals("GET") && !method.equals("HEAD")) {
                error(exchange, 405, "UnsupportedHttpVerb", "The resource doesn't support the specified HTTP verb.");
                return;
            }
            if (!m.matches() || !runs.signed(path, query.get("se"), query.get("sig"))) {
                error(exchange, 403, "AuthenticationFailed",
                        "Server failed to authenticate the request. Make sure the value of the signature is formed correctly.");
                return;
            }
            Optional<LogBlob> blob = runs.log(m.group(1) + "/" + m.group(2));
            if (blob.isEmpty()) {
                error(exchange, 404, "BlobNotFound", "The specified blob does not exist.");
                return;
            }
            serve(exchange, blob.get(), method.equals("HEAD"));
        }
    }

    private static void serve(HttpExchange exchange, LogBlob blob, boolean head) throws IOException {
        boolean complete = blob.complete(); // asked first: a run that just ended has its last line in the length
        long length = blob.length();
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", "text/plain; charset=utf-8");
        h.set("Accept-Ranges", "bytes");
        h.set("x-ms-blob-type", "AppendBlob");
        h.set("ETag", "\"0x" + Long.toHexString(length) + "\"");
        if (complete) {
            h.set("x-ms-meta-Complete", "true");
        }
        long from = 0;
        long to = length;
        int status = 200;
        String range = exchange.getRequestHeaders().getFirst("Range");
        if (range == null) {
            range = exchange.getRequestHeaders().getFirst("x-ms-range");
        }
        if (range != null) {
            Matcher r = RANGE.matcher(range.trim());
            if (!r.matches()) {
                error(exchange, 400, "InvalidHeaderValue", "The value for the Range header is not valid.");
                return;
            }
            from = Long.parseLong(r.group(1));
            if (from >= length) {
                h.set("Content-Range", "bytes */" + length);
                error(exchange, 416, "InvalidRange", "The range specified is invalid for the current size of the resource.");
                return;
            }
            to = r.group(2).isEmpty() ? length : Math.min(length, Long.parseLong(r.group(2)) + 1);
            h.set("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + length);
            status = 206;
        }
        if (head) {
            h.set("Content-Length", String.valueOf(to - from));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, to - from == 0 ? -1 : to - from);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long at = from; at < to; at += CHUNK) {
                out.write(blob.read(at, Math.min(to, at + CHUNK)));
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.getResponseHeaders().set("x-ms-error-code", code);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
