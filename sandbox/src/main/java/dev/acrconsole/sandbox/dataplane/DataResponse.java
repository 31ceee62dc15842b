package dev.acrconsole.sandbox.dataplane;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the data plane answers: a status, headers and the body's bytes (null: none). A HEAD answer keeps the body it
 * would have sent, so its {@code Content-Length} can be told; the front sends none of it.
 */
public record DataResponse(int status, Map<String, String> headers, byte[] body) {

    public DataResponse {
        headers = Map.copyOf(headers);
    }

    static DataResponse of(int status, String contentType, byte[] body, Map<String, String> more) {
        Map<String, String> h = new LinkedHashMap<>(more);
        if (contentType != null) {
            h.put("Content-Type", contentType);
        }
        return new DataResponse(status, h, body);
    }

    static DataResponse empty(int status) {
        return new DataResponse(status, Map.of(), null);
    }
}
