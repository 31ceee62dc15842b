package dev.acrconsole.app.imports;

import com.azure.resourcemanager.containerregistry.models.ImportImageParameters;
import com.azure.resourcemanager.containerregistry.models.ImportMode;
import com.azure.resourcemanager.containerregistry.models.ImportSource;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Registries_ImportImage as an operation (ARM's long-running POST, 202 + Location). Its target is the registry; what
 * it changes is the registry's contents, which the caller re-reads when it succeeds ({@link ImportFollowUp}).
 */
public final class ImportActions {
    private ImportActions() {}

    public static OperationRequest importImage(ImportForm f) {
        RegistryRequests.requireValid(f.validate());
        ImageReference source = f.source();
        ImportSource from = new ImportSource().withSourceImage(source.toString());
        if (f.fromRegistry()) {
            from.withResourceId(f.sourceRegistryId());
        } else {
            from.withRegistryUri(f.sourceHost().strip());
        }
        List<String> targets = new ArrayList<>(f.targets().stream().map(ImageReference::toString).toList());
        if (targets.isEmpty()) {
            targets.add(source.repository() + ":" + source.tagOrLatest()); // the Portal's default: the source's repo:tag
        }
        ImportImageParameters body = new ImportImageParameters().withSource(from).withTargetTags(targets)
                .withMode(f.force() ? ImportMode.FORCE : ImportMode.NO_FORCE);
        String title = "Import " + source + " into " + ArmIds.name(f.registryId()) + " as " + String.join(", ", targets);
        try {
            return new OperationRequest("registry.import", title, f.registryId(), RegistryKind.KIND, f.tenantId(), "POST",
                    f.registryId() + "/importImage" + ApiVersions.query(ApiVersions.REGISTRY), body.toJsonString(),
                    Operation.After.none, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repositories an import request writes to (from its journaled body), for re-reading them after it. */
    public static List<String> targetRepositories(ImportForm f) {
        List<ImageReference> targets = f.targets();
        return targets.isEmpty() ? List.of(f.source().repository())
                : targets.stream().map(ImageReference::repository).distinct().toList();
    }
}
