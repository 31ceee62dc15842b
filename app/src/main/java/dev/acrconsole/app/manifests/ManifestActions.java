package dev.acrconsole.app.manifests;

import dev.acrconsole.app.dataplane.AcrPaths;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.repositories.ContentLocks;

/** Deleting and locking manifests, as operations on the registry's data plane. */
public final class ManifestActions {
    private ManifestActions() {}

    /** Deletes the manifest and, with it, every tag that points at it (what ACR does). */
    public static OperationRequest delete(Row manifest) {
        ManifestDetails d = manifest.details(ManifestDetails.class);
        return DataPlaneRequests.delete("manifest.delete", "Delete manifest " + d.repository() + "@"
                        + Digests.shortForm(d.digest()), manifest.id(), ManifestKind.KIND, manifest.tenantId(), d.registry(),
                AcrPaths.manifestContent(d.repository(), d.digest()));
    }

    /** Deletes many manifests of one repository as one operation, each with its own outcome. */
    public static OperationRequest deleteAll(java.util.List<Row> manifests) {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("No manifests selected");
        }
        ManifestDetails first = manifests.getFirst().details(ManifestDetails.class);
        java.util.List<DataPlaneRequests.Item> items = manifests.stream().map(ManifestActions::deleteItem).toList();
        return DataPlaneRequests.bulk("manifests.delete", "Delete " + manifests.size() + " manifests of " + first.repository(),
                manifests.getFirst().resource().parentId(), ManifestKind.KIND, manifests.getFirst().tenantId(),
                first.registry(), items);
    }

    /** A manifest's delete as an item of a bulk operation (a clean-up's too): repository@short digest. */
    public static DataPlaneRequests.Item deleteItem(Row manifest) {
        ManifestDetails d = manifest.details(ManifestDetails.class);
        return new DataPlaneRequests.Item("DELETE", AcrPaths.manifestContent(d.repository(), d.digest()), null,
                manifest.id(), d.repository() + "@" + Digests.shortForm(d.digest()));
    }

    public static boolean locked(Row manifest) {
        return manifest.details(ManifestDetails.class).locks().locked();
    }

    public static OperationRequest lock(Row manifest, boolean lock) {
        ManifestDetails d = manifest.details(ManifestDetails.class);
        return DataPlaneRequests.patch(lock ? "manifest.lock" : "manifest.unlock", (lock ? "Lock manifest " : "Unlock manifest ")
                        + d.repository() + "@" + Digests.shortForm(d.digest()), manifest.id(), ManifestKind.KIND,
                manifest.tenantId(), d.registry(), AcrPaths.manifest(d.repository(), d.digest()), ContentLocks.body(lock));
    }
}
