package dev.acrconsole.app.replications;

import com.azure.resourcemanager.containerregistry.fluent.models.ReplicationInner;
import com.azure.resourcemanager.containerregistry.models.ReplicationUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.ZoneRedundancy;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;

/** Create, update and delete a registry's replications, as operations (ARM runs each as a long-running one). */
public final class ReplicationActions {
    private ReplicationActions() {}

    public static OperationRequest create(ReplicationForm f) {
        RegistryRequests.requireValid(f.validate());
        ReplicationInner body = new ReplicationInner().withLocation(f.name())
                .withTags(ReplicationRules.tags(f.tags()))
                .withRegionEndpointEnabled(f.regionEndpointEnabled())
                .withZoneRedundancy(f.zoneRedundant() ? ZoneRedundancy.ENABLED : ZoneRedundancy.DISABLED);
        return RegistryRequests.put("replication.create", "Create replication " + f.name() + " of "
                + ArmIds.name(f.registryId()), f.id(), ReplicationKind.KIND, f.tenantId(), body);
    }

    /** The regional endpoint and tags: a replica's region and zone redundancy are fixed once it exists. */
    public static OperationRequest update(String replicationId, String tenantId, ReplicationForm f) {
        RegistryRequests.requireValid(f.validate());
        ReplicationUpdateParameters body = new ReplicationUpdateParameters().withTags(ReplicationRules.tags(f.tags()))
                .withRegionEndpointEnabled(f.regionEndpointEnabled());
        return RegistryRequests.patch("replication.update", "Update replication " + ArmIds.name(replicationId),
                replicationId, ReplicationKind.KIND, tenantId, body);
    }

    public static OperationRequest delete(String replicationId, String tenantId) {
        return RegistryRequests.delete("replication.delete", "Delete replication " + ArmIds.name(replicationId),
                replicationId, ReplicationKind.KIND, tenantId);
    }
}
