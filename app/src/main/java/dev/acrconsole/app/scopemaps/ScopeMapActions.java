package dev.acrconsole.app.scopemaps;

import com.azure.resourcemanager.containerregistry.fluent.models.ScopeMapInner;
import com.azure.resourcemanager.containerregistry.models.ScopeMapUpdateParameters;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;

/** Create, update and delete a registry's scope maps, as operations with the SDK's models as bodies. */
public final class ScopeMapActions {
    private ScopeMapActions() {}

    public static OperationRequest create(ScopeMapForm f) {
        RegistryRequests.requireValid(f.validate());
        ScopeMapInner body = new ScopeMapInner().withDescription(blankToNull(f.description()))
                .withActions(f.permissions().actions());
        return RegistryRequests.put("scopeMap.create", "Create scope map " + f.name().strip(), f.id(),
                ScopeMapKind.KIND, f.tenantId(), body);
    }

    public static OperationRequest update(ScopeMapForm f) {
        RegistryRequests.requireValid(f.validate());
        ScopeMapUpdateParameters body = new ScopeMapUpdateParameters()
                .withDescription(f.description() == null ? "" : f.description()).withActions(f.permissions().actions());
        return RegistryRequests.patch("scopeMap.update", "Update scope map " + f.name().strip(), f.id(),
                ScopeMapKind.KIND, f.tenantId(), body);
    }

    public static OperationRequest delete(String scopeMapId, String tenantId) {
        return RegistryRequests.delete("scopeMap.delete", "Delete scope map " + ArmIds.name(scopeMapId), scopeMapId,
                ScopeMapKind.KIND, tenantId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
