package dev.acrconsole.app.tags;

import dev.acrconsole.app.dataplane.AcrPaths;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.repositories.ContentLocks;
import java.util.List;

/** Deleting (untagging) and locking tags, as operations on the registry's data plane. */
public final class TagActions {
    private TagActions() {}

    /** Removes the tag; the manifest it points at stays. */
    public static OperationRequest delete(Row tag) {
        TagDetails d = tag.details(TagDetails.class);
        return DataPlaneRequests.delete("tag.delete", "Delete tag " + d.repository() + ":" + d.name(), tag.id(),
                TagKind.KIND, tag.tenantId(), d.registry(), AcrPaths.tag(d.repository(), d.name()));
    }

    /** Locks (no delete, no write) or unlocks the tag. */
    public static OperationRequest lock(Row tag, boolean lock) {
        TagDetails d = tag.details(TagDetails.class);
        return DataPlaneRequests.patch(lock ? "tag.lock" : "tag.unlock", (lock ? "Lock tag " : "Unlock tag ")
                        + d.repository() + ":" + d.name(), tag.id(), TagKind.KIND, tag.tenantId(), d.registry(),
                AcrPaths.tag(d.repository(), d.name()), ContentLocks.body(lock));
    }

    /** Deletes many tags of one repository as one operation, each with its own outcome. */
    public static OperationRequest deleteAll(List<Row> tags) {
        return bulk(tags, "tags.delete", "Delete", "DELETE", null);
    }

    /** Locks or unlocks many tags of one repository as one operation. */
    public static OperationRequest lockAll(List<Row> tags, boolean lock) {
        return bulk(tags, lock ? "tags.lock" : "tags.unlock", lock ? "Lock" : "Unlock", "PATCH", ContentLocks.body(lock));
    }

    private static OperationRequest bulk(List<Row> tags, String kind, String verb, String method, String body) {
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("No tags selected");
        }
        TagDetails first = tags.getFirst().details(TagDetails.class);
        List<DataPlaneRequests.Item> items = tags.stream().map(t -> item(t, method, body)).toList();
        return DataPlaneRequests.bulk(kind, verb + " " + tags.size() + " tags of " + first.repository(),
                tags.getFirst().resource().parentId(), TagKind.KIND, tags.getFirst().tenantId(), first.registry(), items);
    }

    /** One tag as an item of a bulk operation (a clean-up's too), named as people pull it: repository:tag. */
    public static DataPlaneRequests.Item item(Row tag, String method, String body) {
        TagDetails d = tag.details(TagDetails.class);
        return new DataPlaneRequests.Item(method, AcrPaths.tag(d.repository(), d.name()), body, tag.id(),
                d.repository() + ":" + d.name());
    }

    public static boolean locked(Row tag) {
        return tag.details(TagDetails.class).locks().locked();
    }
}
