package dev.acrconsole.app.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/**
 * Operation requests on a registry's data plane (its contents): a DELETE or an attribute PATCH, or a bulk of them as
 * one operation. The journal keeps the registry's login server in the path ({@code acr://<loginServer>/acr/v1/...}),
 * so a restart knows where to send it again; the host it answers on is looked up then (the sandbox's port changes).
 */
public final class DataPlaneRequests {
    static final String SCHEME = "acr://";
    public static final String BULK = "BULK";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One item of a bulk operation: its request, the cache row it is about, and how it is named to the user. */
    public record Item(String method, String path, String body, String targetId, String label) {}

    private DataPlaneRequests() {}

    public static OperationRequest delete(String kind, String title, String targetId, ResourceKind target, String tenantId,
                                          String loginServer, String path) {
        return new OperationRequest(kind, title, targetId, target, tenantId, "DELETE", SCHEME + loginServer + path, null,
                Operation.After.remove, null);
    }

    /** Changes attributes (the lock flags); the target is read again when it ends. */
    public static OperationRequest patch(String kind, String title, String targetId, ResourceKind target, String tenantId,
                                         String loginServer, String path, String jsonBody) {
        return new OperationRequest(kind, title, targetId, target, tenantId, "PATCH", SCHEME + loginServer + path, jsonBody,
                Operation.After.refresh, null);
    }

    /**
     * Many items of one registry as one operation ({@code parentId}: what they are in, e.g. the repository). Each item's
     * outcome is journaled as it is known; it can be canceled between items.
     */
    public static OperationRequest bulk(String kind, String title, String parentId, ResourceKind itemKind, String tenantId,
                                        String loginServer, List<Item> items) {
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode list = body.putArray("items");
        for (Item item : items) {
            ObjectNode i = list.addObject().put("method", item.method()).put("path", item.path())
                    .put("target", item.targetId()).put("label", item.label());
            if (item.body() != null) {
                i.put("body", item.body());
            }
        }
        String path = SCHEME + loginServer;
        // The cancel path only marks it as one that can be canceled: the console stops it between items.
        return new OperationRequest(kind, title, parentId, itemKind, tenantId, BULK, path, body.toString(),
                Operation.After.none, path);
    }

    static boolean isDataPlane(String path) {
        return path != null && path.startsWith(SCHEME);
    }

    static String loginServer(String path) {
        String rest = path.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    static String dataPlanePath(String path) {
        String rest = path.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? "/" : rest.substring(slash);
    }
}
