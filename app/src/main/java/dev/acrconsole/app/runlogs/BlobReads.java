package dev.acrconsole.app.runlogs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Ranged reads of a log blob through its SAS URL, with no ARM token (the signature is the credential). The URL is
 * never put in a message: errors say what happened, not where.
 */
final class BlobReads {
    /** What one read returned: new bytes (maybe none), whether the blob is complete, its HTTP status. */
    record Chunk(byte[] bytes, boolean complete, int status) {}

    private final HttpClient http;

    BlobReads(HttpClient http) {
        this.http = http;
    }

    /** Up to {@code max} bytes from {@code from}; past the end there are none (Azure answers 416 then). */
    Chunk read(URI sas, long from, int max) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sas).timeout(Duration.ofSeconds(30))
                .header("Range", "bytes=" + from + "-" + (from + max - 1)).header("x-ms-version", "2024-08-04").GET().build();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        boolean complete = r.headers().firstValue("x-ms-meta-complete").isPresent();
        return switch (r.statusCode()) {
            case 206 -> new Chunk(r.body(), complete, 206);
            case 200 -> new Chunk(from == 0 ? r.body() : tail(r.body(), from), complete, 200); // the range was ignored
            case 416 -> new Chunk(new byte[0], complete, 416);
            default -> throw new LogUnavailableException(r.statusCode(), r.headers().firstValue("x-ms-error-code").orElse(null));
        };
    }

    private static byte[] tail(byte[] all, long from) {
        return from >= all.length ? new byte[0] : java.util.Arrays.copyOfRange(all, (int) from, all.length);
    }

    /** The blob refused or lost: the link expired (403), or the log is gone (404). */
    static final class LogUnavailableException extends IOException {
        final int status;

        LogUnavailableException(int status, String code) {
            super("the log store answered HTTP " + status + (code == null ? "" : " " + code));
            this.status = status;
        }
    }
}
