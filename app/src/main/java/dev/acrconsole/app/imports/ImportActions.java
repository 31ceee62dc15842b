package dev.acrconsole.app.imports;

import com.azure.resourcemanager.containerregistry.models.ImportImageParameters;
import com.azure.resourcemanager.containerregistry.models.ImportMode;
import com.azure.resourcemanager.containerregistry.models.ImportSource;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Registries_ImportImage as an operation (ARM's long-running POST, 202 + Location); several images at once are one
 * bulk operation, an import per image, each with its outcome (ADR 0019). The target is the registry; what changes is
 * its contents, which the caller re-reads when it ends ({@link ImportFollowUp}).
 */
public final class ImportActions {
    private ImportActions() {}

    public static OperationRequest importImage(ImportForm f) {
        RegistryRequests.requireValid(f.validate());
        List<ImportForm.Copy> copies = f.copies();
        String path = f.registryId() + "/importImage" + ApiVersions.query(ApiVersions.REGISTRY);
        String registry = ArmIds.name(f.registryId());
        if (copies.size() == 1) {
            ImportForm.Copy c = copies.getFirst();
            return new OperationRequest("registry.import", title(c, registry), f.registryId(), RegistryKind.KIND,
                    f.tenantId(), "POST", path, body(f, c), Operation.After.none, null);
        }
        List<DataPlaneRequests.Item> items = copies.stream().map(c -> new DataPlaneRequests.Item("POST", path, body(f, c),
                f.registryId(), c.source() + " as " + String.join(", ", c.targetTags()))).toList();
        return RegistryRequests.bulk("registry.importBulk", "Import " + copies.size() + " images into " + registry,
                f.registryId(), RegistryKind.KIND, f.tenantId(), items);
    }

    private static String title(ImportForm.Copy c, String registry) {
        return "Import " + c.source() + " into " + registry + " as " + String.join(", ", c.targetTags());
    }

    private static String body(ImportForm f, ImportForm.Copy c) {
        ImportSource from = new ImportSource().withSourceImage(c.source().toString());
        if (f.fromRegistry()) {
            from.withResourceId(f.sourceRegistryId());
        } else {
            from.withRegistryUri(f.sourceHost().strip());
        }
        try {
            return new ImportImageParameters().withSource(from).withTargetTags(c.targetTags())
                    .withMode(f.force() ? ImportMode.FORCE : ImportMode.NO_FORCE).toJsonString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
