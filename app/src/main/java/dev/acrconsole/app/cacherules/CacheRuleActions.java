package dev.acrconsole.app.cacherules;

import com.azure.resourcemanager.containerregistry.fluent.models.CacheRuleInner;
import com.azure.resourcemanager.containerregistry.models.CacheRuleUpdateParameters;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import dev.acrconsole.cache.Operation;

/** Create, update (its credential set) and delete a registry's cache rules, as operations (each an LRO at ARM). */
public final class CacheRuleActions {
    private CacheRuleActions() {}

    public static OperationRequest create(CacheRuleForm f) {
        RegistryRequests.requireValid(f.validate());
        CacheRuleInner body = new CacheRuleInner().withSourceRepository(f.sourceRepository().strip())
                .withTargetRepository(f.targetRepository().strip())
                .withCredentialSetResourceId(f.credentialSetId() == null || f.credentialSetId().isBlank() ? null : f.credentialSetId());
        return RegistryRequests.put("cacherule.create", "Create cache rule " + f.name().strip(), f.id(), CacheRuleKind.KIND,
                f.tenantId(), body);
    }

    /**
     * ARM's update changes only the credential set (CacheRuleUpdateProperties). None removes it: an explicit JSON null,
     * as {@code az acr cache update --remove-cred-set} sends (the SDK's model leaves a null out).
     */
    public static OperationRequest update(CacheRuleForm f) {
        RegistryRequests.requireValid(f.validate());
        if (f.credentialSetId() == null || f.credentialSetId().isBlank()) {
            return new OperationRequest("cacherule.update", "Remove the credential set of cache rule " + f.name().strip(),
                    f.id(), CacheRuleKind.KIND, f.tenantId(), "PATCH", f.id() + ApiVersions.query(ApiVersions.REGISTRY),
                    "{\"properties\":{\"credentialSetResourceId\":null}}", Operation.After.refresh, null);
        }
        CacheRuleUpdateParameters body = new CacheRuleUpdateParameters().withCredentialSetResourceId(f.credentialSetId());
        return RegistryRequests.patch("cacherule.update", "Update cache rule " + f.name().strip(), f.id(), CacheRuleKind.KIND,
                f.tenantId(), body);
    }

    public static OperationRequest delete(String cacheRuleId, String tenantId) {
        return RegistryRequests.delete("cacherule.delete", "Delete cache rule " + ArmIds.name(cacheRuleId), cacheRuleId,
                CacheRuleKind.KIND, tenantId);
    }
}
