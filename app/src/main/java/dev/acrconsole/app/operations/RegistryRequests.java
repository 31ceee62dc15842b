package dev.acrconsole.app.operations;

import com.azure.json.JsonSerializable;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Operation requests on resources of the Registry API (2025-11-01): PUT and PATCH with the SDK's model as the body,
 * DELETE, and POST actions. The target is re-read into the cache when the operation ends (or removed, after a delete).
 */
public final class RegistryRequests {
    private RegistryRequests() {}

    public static OperationRequest put(String kind, String title, String id, ResourceKind target, String tenantId,
                                       JsonSerializable<?> body) {
        return write("PUT", kind, title, id, target, tenantId, body);
    }

    public static OperationRequest patch(String kind, String title, String id, ResourceKind target, String tenantId,
                                         JsonSerializable<?> body) {
        return write("PATCH", kind, title, id, target, tenantId, body);
    }

    public static OperationRequest delete(String kind, String title, String id, ResourceKind target, String tenantId) {
        return new OperationRequest(kind, title, id, target, tenantId, "DELETE", id + ApiVersions.query(ApiVersions.REGISTRY),
                null, Operation.After.remove, null);
    }

    /** A POST action on {@code id} (e.g. {@code deactivate}) with no body; the target is re-read when it ends. */
    public static OperationRequest action(String kind, String title, String id, ResourceKind target, String tenantId,
                                          String action) {
        return new OperationRequest(kind, title, id, target, tenantId, "POST",
                id + "/" + action + ApiVersions.query(ApiVersions.REGISTRY), null, Operation.After.refresh, null);
    }

    /**
     * Several ARM requests as one operation (ADR 0019), sent one at a time and each followed to its end; each item's
     * outcome is journaled. {@code targetId} is what they are all about (e.g. the registry imported into).
     */
    public static OperationRequest bulk(String kind, String title, String targetId, ResourceKind target, String tenantId,
                                        java.util.List<DataPlaneRequests.Item> items) {
        com.fasterxml.jackson.databind.node.ObjectNode body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        var list = body.putArray("items");
        for (DataPlaneRequests.Item item : items) {
            list.addObject().put("method", item.method()).put("path", item.path()).put("target", item.targetId())
                    .put("label", item.label()).put("body", item.body());
        }
        // The cancel path only marks it as one that can be canceled: the console stops it between items.
        return new OperationRequest(kind, title, targetId, target, tenantId, DataPlaneRequests.BULK, targetId, body.toString(),
                Operation.After.none, targetId);
    }

    /** Building a request from input that fails its checks is a programming error: dialogs check first. */
    public static void requireValid(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static OperationRequest write(String method, String kind, String title, String id, ResourceKind target,
                                          String tenantId, JsonSerializable<?> body) {
        try {
            return new OperationRequest(kind, title, id, target, tenantId, method,
                    id + ApiVersions.query(ApiVersions.REGISTRY), body.toJsonString(), Operation.After.refresh, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
