package dev.acrconsole.app.agentpools;

import com.azure.resourcemanager.containerregistry.fluent.models.AgentPoolInner;
import com.azure.resourcemanager.containerregistry.models.AgentPoolUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.OS;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.tasks.TaskActions;
import dev.acrconsole.cache.Operation;
import java.util.List;

/** Create, scale and delete dedicated agent pools (Premium registries), as operations. */
public final class AgentPoolActions {
    public static final String NAME = "name";
    public static final String COUNT = "count";
    public static final String SUBNET = "subnet";
    public static final List<String> TIERS = List.of("S1", "S2", "S3", "I6");
    public static final int MAX_COUNT = 100;

    private AgentPoolActions() {}

    public static FieldErrors validate(String name, String count, String subnet, boolean creating) {
        FieldErrors e = new FieldErrors();
        e.check(creating && (name == null || !name.matches("[a-zA-Z0-9-]{3,20}")), NAME,
                "Use 3 to 20 letters, digits and hyphens.");
        Integer n = number(count);
        e.check(n == null || n < 0 || n > MAX_COUNT, COUNT, "Use a whole number of agents from 0 to " + MAX_COUNT + ".");
        e.check(subnet != null && !subnet.isBlank() && !subnet.trim().matches("(?i)/subscriptions/[^/]+/resourceGroups/[^/]+"
                + "/providers/Microsoft.Network/virtualNetworks/[^/]+/subnets/[^/]+"), SUBNET,
                "Give the subnet's resource ID: /subscriptions/…/providers/Microsoft.Network/virtualNetworks/…/subnets/…, or leave it empty.");
        return e;
    }

    public static OperationRequest create(String registryId, String location, String tenantId, String name, String tier,
                                          String count, String subnet) {
        check(validate(name, count, subnet, true));
        String id = registryId + "/agentPools/" + name;
        AgentPoolInner body = new AgentPoolInner().withLocation(location).withTier(tier).withCount(number(count))
                .withOs(OS.LINUX).withVirtualNetworkSubnetResourceId(subnet == null || subnet.isBlank() ? null : subnet.trim());
        return new OperationRequest("agentPool.create", "Create agent pool " + name, id, AgentPoolKind.KIND, tenantId,
                "PUT", id + ApiVersions.query(ApiVersions.TASKS), TaskActions.json(body), Operation.After.refresh, null);
    }

    public static OperationRequest scale(String poolId, String tenantId, String count) {
        check(validate(null, count, null, false));
        return new OperationRequest("agentPool.scale", "Scale agent pool " + ArmIds.name(poolId) + " to " + number(count),
                poolId, AgentPoolKind.KIND, tenantId, "PATCH", poolId + ApiVersions.query(ApiVersions.TASKS),
                TaskActions.json(new AgentPoolUpdateParameters().withCount(number(count))), Operation.After.refresh, null);
    }

    public static OperationRequest delete(String poolId, String tenantId) {
        return new OperationRequest("agentPool.delete", "Delete agent pool " + ArmIds.name(poolId), poolId,
                AgentPoolKind.KIND, tenantId, "DELETE", poolId + ApiVersions.query(ApiVersions.TASKS), null,
                Operation.After.remove, null);
    }

    private static void check(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null; // not a number: the form's check says so beside the field
        }
    }
}
