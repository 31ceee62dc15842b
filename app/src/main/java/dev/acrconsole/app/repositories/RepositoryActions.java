package dev.acrconsole.app.repositories;

import dev.acrconsole.app.dataplane.AcrPaths;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.DataPlaneRequests;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;

/** Deleting and locking a repository, as operations on the registry's data plane. */
public final class RepositoryActions {
    public static final String CONFIRM = "confirm";

    private RepositoryActions() {}

    /** What typing the repository's name to confirm its deletion must match. */
    public static FieldErrors confirm(Row repository, String typed) {
        return new FieldErrors().check(!repository.name().equals(typed), CONFIRM,
                "Type " + repository.name() + " exactly to confirm.");
    }

    /** Deletes the repository with every tag and manifest in it; {@code typed} must be its name. */
    public static OperationRequest delete(Row repository, String typed) {
        RegistryRequests.requireValid(confirm(repository, typed));
        RepositoryDetails d = repository.details(RepositoryDetails.class);
        return DataPlaneRequests.delete("repository.delete", "Delete repository " + d.name(), repository.id(),
                RepositoryKind.KIND, repository.tenantId(), d.registry(), AcrPaths.repository(d.name()));
    }

    public static OperationRequest lock(Row repository, boolean lock) {
        RepositoryDetails d = repository.details(RepositoryDetails.class);
        return DataPlaneRequests.patch(lock ? "repository.lock" : "repository.unlock",
                (lock ? "Lock repository " : "Unlock repository ") + d.name(), repository.id(), RepositoryKind.KIND,
                repository.tenantId(), d.registry(), AcrPaths.repository(d.name()), ContentLocks.body(lock));
    }

    public static boolean locked(Row repository) {
        return repository.details(RepositoryDetails.class).locks().locked();
    }
}
