package dev.acrconsole.app.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads ARM collections as ARM's own JSON, a page at a time or every nextLink page, through the SDK's pipeline with its
 * retry policy ({@link ArmClients#reads()}: throttling and 5xx are retried as the SDK's typed clients would). The
 * cache keeps ARM's JSON verbatim, so nothing goes through a model that would drop read-only fields. A refusal is an
 * {@link ArmRequestException} with ARM's code and message; a 2xx page that is not a JSON collection fails too, never
 * reading as an empty page.
 */
public final class ArmPages {
    /** One page: its items' JSON, and ARM's nextLink (null on the last page). */
    public record Page(List<JsonNode> items, String nextLink) {}

    private final ArmHttp http;

    ArmPages(ArmHttp http) {
        this.http = http;
    }

    /** Every item of the collection at {@code firstPage} (an ARM path with its api-version). Blocks on the network. */
    public List<JsonNode> all(String firstPage) {
        List<JsonNode> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String page = firstPage; page != null; ) {
            if (!seen.add(page)) {
                throw new IllegalStateException("ARM's nextLink leads back to a page already read: " + page);
            }
            Page p = page(page);
            items.addAll(p.items());
            page = p.nextLink();
        }
        return items;
    }

    /** One page of a collection: an ARM path with its api-version, or a nextLink ARM handed out. */
    public Page page(String pathOrUrl) {
        ArmResponse r = http.get(pathOrUrl);
        if (!r.ok()) {
            throw new ArmRequestException(r);
        }
        JsonNode body = r.json();
        if (!body.path("value").isArray()) {
            throw new IllegalStateException("ARM sent a page without a list of resources: " + pathOrUrl);
        }
        List<JsonNode> items = new ArrayList<>();
        body.get("value").forEach(items::add);
        String next = body.path("nextLink").asText("");
        return new Page(items, next.isBlank() ? null : next);
    }
}
