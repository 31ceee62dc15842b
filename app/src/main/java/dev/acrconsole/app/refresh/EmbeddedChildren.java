package dev.acrconsole.app.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Resources ARM returns inside their parent: a registry's JSON carries its private endpoint connections, so every
 * registry read also refreshes them (and the pending-approvals view across all registries costs no extra calls).
 */
public final class EmbeddedChildren {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EmbeddedChildren() {}

    /** The child listings {@code parent} carries, to replace together with it; empty when it carries none. */
    public static List<ListingContent> of(CachedResource parent, Instant at) {
        if (parent.kind() != ResourceKind.REGISTRY) {
            return List.of();
        }
        JsonNode connections;
        try {
            connections = MAPPER.readTree(parent.json()).path("properties").path("privateEndpointConnections");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!connections.isArray()) {
            return List.of();
        }
        List<CachedResource> rows = new ArrayList<>();
        for (JsonNode c : connections) {
            if (c.hasNonNull("id")) {
                rows.add(ResourceRows.fromArm(parent.scope(), parent.tenantId(), ResourceKind.PRIVATE_ENDPOINT_CONNECTION,
                        c.toString(), at));
            }
        }
        return List.of(new ListingContent(ListingKeys.children(parent.id(), ResourceKind.PRIVATE_ENDPOINT_CONNECTION),
                ResourceKind.PRIVATE_ENDPOINT_CONNECTION, rows));
    }
}
