package dev.acrconsole.sandbox.dataplane;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request to a registry's data plane.
 *
 * @param path    the decoded path, e.g. {@code /v2/samples/hello-world/manifests/latest}
 * @param query   decoded query parameters; a name may repeat ({@code scope} does, from Docker clients)
 * @param headers request headers, names lower-cased; a header sent more than once is joined with ", "
 */
public record DataRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
                          byte[] body) {

    public DataRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** Parses a raw query string ({@code a=1&b=2}), keeping repeated names in order. */
    public static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The form fields of an {@code application/x-www-form-urlencoded} body (the token endpoints'). */
    Map<String, List<String>> form() {
        return parseQuery(new String(body, StandardCharsets.UTF_8));
    }
}
