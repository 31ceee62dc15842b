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

    public static OperationRequest lock(Row manifest, boolean lock) {
        ManifestDetails d = manifest.details(ManifestDetails.class);
        return DataPlaneRequests.patch(lock ? "manifest.lock" : "manifest.unlock", (lock ? "Lock manifest " : "Unlock manifest ")
                        + d.repository() + "@" + Digests.shortForm(d.digest()), manifest.id(), ManifestKind.KIND,
                manifest.tenantId(), d.registry(), AcrPaths.manifest(d.repository(), d.digest()), ContentLocks.body(lock));
    }
}
