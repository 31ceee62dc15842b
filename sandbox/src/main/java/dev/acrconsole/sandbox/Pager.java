package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Splits list answers into ARM pages. The $skipToken carries the offset and a fingerprint of the list's path, so a
 * token from another list (or a made-up one) is refused rather than silently serving the wrong items.
 */
final class Pager {

    private final String base;
    private final int pageSize;
    private final long salt;

    Pager(URI baseUrl, int pageSize, long salt) {
        String s = baseUrl.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        this.pageSize = pageSize;
        this.salt = salt;
    }

    <T> Response page(Request request, List<T> items, Function<T, ? extends JsonNode> render) {
        return page(request, items, render, List.of());
    }

    /** As above; the query parameters named in {@code carried} (e.g. $filter, $top) are kept in the nextLink. */
    <T> Response page(Request request, List<T> items, Function<T, ? extends JsonNode> render, List<String> carried) {
        int from = offset(request);
        if (from > items.size()) {
            throw invalidToken(request.param("$skipToken"));
        }
        int to = Math.min(items.size(), from + pageSize);
        List<JsonNode> rendered = new ArrayList<>(to - from);
        for (T item : items.subList(from, to)) {
            rendered.add(render.apply(item));
        }
        String next = to < items.size() ? nextLink(request, to) + carry(request, carried) : null;
        return Response.ok(ArmJson.page(rendered, next));
    }

    private String nextLink(Request request, int offset) {
        return base + request.rawPath() + "?api-version=" + URLEncoder.encode(request.apiVersion(), StandardCharsets.UTF_8)
                + "&$skipToken=" + token(request.path(), offset);
    }

    private static String carry(Request request, List<String> names) {
        StringBuilder s = new StringBuilder();
        for (String name : names) {
            String value = request.param(name);
            if (value != null) {
                s.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return s.toString();
    }

    private String token(String path, int offset) {
        String plain = offset + "." + fingerprint(path);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private String fingerprint(String path) {
        long h = (path.toLowerCase(Locale.ROOT).hashCode() ^ salt) * 0x9E3779B97F4A7C15L;
        return Long.toHexString(h ^ (h >>> 29));
    }

    private int offset(Request request) {
        String token = request.param("$skipToken");
        if (token == null) {
            return 0;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int dot = plain.indexOf('.');
            int offset = Integer.parseInt(plain.substring(0, dot));
            if (offset > 0 && plain.substring(dot + 1).equals(fingerprint(request.path()))) {
                return offset;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // fall through: malformed tokens get the same answer as foreign ones
        }
        throw invalidToken(token);
    }

    private static ArmException invalidToken(String token) {
        return new ArmException(400, "InvalidSkipToken", "The skip token '" + token + "' is not valid for this request.");
    }
}
