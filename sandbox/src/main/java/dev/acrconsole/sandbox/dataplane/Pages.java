package dev.acrconsole.sandbox.dataplane;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The data plane's paging: {@code n} items after the one named {@code last}, and a {@code Link: <...>; rel="next"}
 * header while more follow, as the distribution spec and ACR page (ARM's nextLink and $skipToken do not apply here).
 */
final class Pages {

    /** What ACR answers without {@code n}. */
    static final int DEFAULT_SIZE = 100;

    /** One page, and the {@code last} of the next one (null when this is the last page). */
    record Page<T>(List<T> items, String nextLast, int size) {
    }

    private Pages() {
    }

    /**
     * The page of {@code ordered} that the request's {@code n} and {@code last} ask for. In a list sorted by key the page
     * starts after the first key greater than {@code last}, so a deleted {@code last} still pages on; in another order
     * (by time) it starts after the item whose key is {@code last} (none: an empty page).
     */
    static <T> Page<T> page(DataRequest r, List<T> ordered, Function<T, String> key, boolean sortedByKey) {
        int size = size(r.param("n"));
        String last = r.param("last");
        int from = 0;
        if (last != null && !last.isEmpty()) {
            from = ordered.size();
            for (int i = 0; i < ordered.size(); i++) {
                String k = key.apply(ordered.get(i));
                if (sortedByKey ? k.compareTo(last) > 0 : k.equals(last)) {
                    from = sortedByKey ? i : i + 1;
                    break;
                }
            }
        }
        int to = Math.min(ordered.size(), from + size);
        List<T> items = ordered.subList(from, to);
        String next = to < ordered.size() && !items.isEmpty() ? key.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, next, size);
    }

    /** The Link header of the next page, or none. */
    static Map<String, String> link(String path, Page<?> page, String orderby) {
        if (page.nextLast() == null) {
            return Map.of();
        }
        return Map.of("Link", "<" + path + "?last=" + encode(page.nextLast()) + "&n=" + page.size()
                + (orderby == null ? "" : "&orderby=" + encode(orderby)) + ">; rel=\"next\"");
    }

    private static int size(String n) {
        if (n == null || n.isEmpty()) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(n);
            if (size >= 1) {
                return size;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new AcrError(400, "PAGINATION_NUMBER_INVALID", "invalid number of results requested");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
